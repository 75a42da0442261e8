"""Shared fixtures: the trained model (once per session) and where tests keep runtime files."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import PROJECT_ROOT

TEST_MODELS_DIR = PROJECT_ROOT / "runtime" / "test-models"


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The real model trained from data/, retrained only when data, domain or config changed."""
    from bot.model import train_model

    return train_model(PROJECT_ROOT, TEST_MODELS_DIR, if_changed=True)
