"""Migrations: upgrade to head, back to base, and up again, on SQLite and PostgreSQL."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from bot.errors import StoreError
from bot.store.engine import create_engine_for
from bot.store.migrate import current_revision, downgrade, upgrade
from bot.store.models import metadata

HEAD = "0004"

OUR_TABLES = {
    "vault_entries",
    "complaints",
    "feedback",
    "complaint_events",
    "reference_counters",
    "privacy_audit",
    "handoffs",
    "handoff_messages",
    "console_users",
    "console_sessions",
    "console_login_failures",
}


def tables_in(database_url: str) -> set[str]:
    engine = create_engine_for(database_url)
    try:
        return set(inspect(engine).get_table_names())
    finally:
        engine.dispose()


def test_when_upgraded_to_head_then_every_table_exists_at_the_newest_revision(
    database_url: str,
) -> None:
    upgrade(database_url)

    assert tables_in(database_url) >= OUR_TABLES
    assert current_revision(database_url) == HEAD


def test_when_downgraded_to_base_then_tables_are_gone_and_upgrade_works_again(
    database_url: str,
) -> None:
    upgrade(database_url)
    downgrade(database_url, "base")

    assert tables_in(database_url) & OUR_TABLES == set()
    assert current_revision(database_url) is None

    upgrade(database_url)
    assert tables_in(database_url) >= OUR_TABLES


def test_when_upgraded_twice_then_the_second_run_changes_nothing(database_url: str) -> None:
    upgrade(database_url)
    upgrade(database_url)

    assert current_revision(database_url) == HEAD


def test_when_migrated_then_the_schema_matches_the_models(database_url: str) -> None:
    upgrade(database_url)
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, metadata)
    finally:
        engine.dispose()

    assert differences == []


def test_when_the_database_cannot_be_opened_then_store_error_names_no_url(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'missing-folder' / 'secret-name.db'}"

    with pytest.raises(StoreError) as raised:
        upgrade(url)

    assert "secret-name" not in str(raised.value)
