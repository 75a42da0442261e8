"""Shared fixtures: the trained model (once per session) and where tests keep runtime files."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from bot.settings import PROJECT_ROOT

# Every process the tests start (action server included) shares one throwaway vault key.
os.environ.setdefault("VAULT_KEYS", Fernet.generate_key().decode("ascii"))

TEST_MODELS_DIR = PROJECT_ROOT / "runtime" / "test-models"


@pytest.fixture(scope="session")
def trained_model() -> Path:
    """The real model trained from data/, retrained only when data, domain or config changed."""
    from bot.model import train_model

    return train_model(PROJECT_ROOT, TEST_MODELS_DIR, if_changed=True)
