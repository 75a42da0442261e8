"""Engines: SQLite set up for a file shared by two servers; PostgreSQL checked before use."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from bot.errors import ConfigurationError
from bot.store.engine import SQLITE_BUSY_TIMEOUT_SECONDS, create_engine_for, sqlite_url_for


def test_when_a_sqlite_connection_opens_then_wal_foreign_keys_and_busy_timeout_are_on(
    tmp_path: Path,
) -> None:
    engine = create_engine_for(sqlite_url_for(tmp_path / "shared.db"))
    try:
        with engine.connect() as connection:
            pragma = {
                name: connection.execute(text(f"PRAGMA {name}")).scalar()
                for name in ("journal_mode", "foreign_keys", "busy_timeout")
            }
    finally:
        engine.dispose()

    assert pragma == {
        "journal_mode": "wal",
        "foreign_keys": 1,
        "busy_timeout": SQLITE_BUSY_TIMEOUT_SECONDS * 1000,
    }


def test_when_sqlite_url_is_built_from_a_relative_path_then_it_is_absolute(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    assert sqlite_url_for("runtime/complaints.db") == f"sqlite:///{tmp_path}/runtime/complaints.db"


@pytest.mark.postgres
def test_when_postgresql_url_is_given_then_connections_are_pinged_before_use(
    postgres_url: str,
) -> None:
    engine = create_engine_for(postgres_url)
    try:
        with engine.connect() as connection:
            assert connection.execute(text("SELECT 1")).scalar() == 1
        assert engine.pool._pre_ping
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    "url", ["mysql://user:secret@localhost/complaints", "not a url", "oracle://scott:tiger@db"]
)
def test_when_the_database_is_unsupported_then_configuration_error_without_password(
    url: str,
) -> None:
    with pytest.raises(ConfigurationError) as raised:
        create_engine_for(url)

    assert "secret" not in str(raised.value) and "tiger" not in str(raised.value)
