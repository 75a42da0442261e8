"""One real bot (trained model, rasa server, action server, SQLite store) for the session."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from bot.store.engine import create_engine_for
from bot.store.migrate import upgrade
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from tests.conversation.servers import RunningBot, running_bot


@pytest.fixture(scope="session")
def bot(trained_model: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[RunningBot]:
    folder = tmp_path_factory.mktemp("bot")
    database_url = f"sqlite:///{folder / 'complaintbot.db'}"
    upgrade(database_url)
    with running_bot(trained_model, database_url, folder / "logs") as running:
        yield running


@pytest.fixture
def sender() -> str:
    return f"test-{uuid.uuid4().hex[:12]}"


def rows(database_url: str, sql: str, **params: object) -> list[dict]:
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            return [dict(row._mapping) for row in connection.execute(text(sql), params)]
    finally:
        engine.dispose()


def revealed(database_url: str, token: str | None) -> str | None:
    """The vault's value for `token` (the servers share the tests' VAULT_KEYS)."""
    engine = create_engine_for(database_url)
    try:
        return ContactVault(engine, parse_keys(os.environ["VAULT_KEYS"])).reveal(token)
    finally:
        engine.dispose()
