"""Intake fixtures: the default product catalogue, UK phone numbers, a fixed "today"."""

from __future__ import annotations

import pytest

from bot.fields import Catalogue
from bot.intake.context import IntakeContext
from bot.settings import DEFAULTS_DIR
from tests.bot.intake.examples import TODAY


@pytest.fixture(scope="session")
def catalogue() -> Catalogue:
    return Catalogue.from_yaml(DEFAULTS_DIR / "products.yml")


@pytest.fixture
def context(catalogue: Catalogue) -> IntakeContext:
    return IntakeContext(catalogue=catalogue, phone_region="GB", today=TODAY)
