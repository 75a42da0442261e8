"""Action fixtures: settings from a clean environment and a real, migrated SQLite store.

Every action test starts with the lazily built services reset, and by default points
DATABASE_URL at a file that cannot exist, so a test that forgets to ask for a store fails
instead of writing to runtime/complaintbot.db.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.engine import Engine

from actions.services import (
    complaint_policy,
    complaint_store,
    contact_vault,
    database_engine,
    handoff_queue,
    redact_text,
)
from bot.settings import get_settings
from bot.store.engine import create_engine_for, sqlite_url_for
from bot.store.migrate import upgrade
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from tests.actions.trackers import load_domain

CLEARED = (
    "COMPLAINT_POLICIES_FILE",
    "PRODUCT_CATALOGUE_FILE",
    "DATE_DAY_FIRST",
    "MAX_FIELD_ATTEMPTS",
    "MIN_DESCRIPTION_WORDS",
    "LANGDETECT_MIN_CHARS",
)


def reset_services() -> None:
    if database_engine.cache_info().currsize:
        database_engine().dispose()
    for cached in (
        database_engine,
        complaint_store,
        contact_vault,
        handoff_queue,
        complaint_policy,
    ):
        cached.cache_clear()
    get_settings.cache_clear()


@pytest.fixture(autouse=True)
def clean_settings(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    for name in CLEARED:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COMPLAINT_REFERENCE_PREFIX", "CMP")
    monkeypatch.setenv("COMPLAINT_POLICY", "fca_disp")
    monkeypatch.setenv("PHONE_DEFAULT_REGION", "GB")
    monkeypatch.setenv("DATABASE_URL", sqlite_url_for(tmp_path / "no-store-here" / "unused.db"))
    reset_services()
    yield
    reset_services()


@pytest.fixture
def domain() -> dict[str, Any]:
    return load_domain()


@pytest.fixture
def database_url(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> str:
    """A migrated SQLite complaint store the actions use through DATABASE_URL."""
    url = sqlite_url_for(tmp_path / "complaints.db")
    upgrade(url)
    monkeypatch.setenv("DATABASE_URL", url)
    reset_services()
    return url


@pytest.fixture
def store(database_url: str) -> Iterator[ComplaintStore]:
    """The same database, opened separately to set up and check what the actions did."""
    engine = create_engine_for(database_url)
    try:
        yield ComplaintStore(engine, redact=redact_text)
    finally:
        engine.dispose()


@pytest.fixture
def vault(database_url: str) -> Iterator[ContactVault]:
    """The vault the actions write to, opened separately to check it."""
    engine = create_engine_for(database_url)
    try:
        yield ContactVault(engine, parse_keys(os.environ["VAULT_KEYS"]))
    finally:
        engine.dispose()


@pytest.fixture
def engine_without_tables(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[Engine]:
    """DATABASE_URL points at a database that was never migrated: every write fails."""
    url = sqlite_url_for(tmp_path / "empty.db")
    monkeypatch.setenv("DATABASE_URL", url)
    reset_services()
    engine = create_engine_for(url)
    try:
        yield engine
    finally:
        engine.dispose()
