"""Schema migrations run from code: `upgrade(url)` at start-up, no alembic.ini needed.

For a new revision: `alembic.command.revision(alembic_config(url), "message",
autogenerate=True)`; then add anything autogenerate cannot see (triggers) by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from sqlalchemy.engine import Connection

from bot.errors import StoreError
from bot.store.engine import create_engine_for

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(database_url: str) -> Config:
    """An Alembic config pointing at the bundled scripts and at `database_url`."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    # Passed as an attribute, not an option: configparser would mangle '%' in passwords.
    config.attributes["database_url"] = database_url
    return config


def _run(database_url: str, action: str, revision: str) -> None:
    engine = create_engine_for(database_url)
    try:
        with (
            engine.connect() as connection,
            _foreign_keys_off_on_sqlite(connection),
            connection.begin(),
        ):
            config = alembic_config(database_url)
            config.attributes["connection"] = connection
            if action == "upgrade":
                command.upgrade(config, revision)
            else:
                command.downgrade(config, revision)
            _check_foreign_keys(connection)
    except StoreError:
        raise
    except Exception as err:  # alembic and drivers raise many types; the URL stays out
        raise StoreError(f"database {action} to '{revision}' failed") from err
    finally:
        engine.dispose()


@contextmanager
def _foreign_keys_off_on_sqlite(connection: Connection) -> Iterator[None]:
    """SQLite rebuilds a table to alter it; with foreign keys enforced, dropping the old
    copy would cascade into the tables that reference it. SQLite's documented procedure:
    switch enforcement off outside the transaction, check afterwards (_check_foreign_keys)."""
    if connection.dialect.name != "sqlite":
        yield
        return
    cursor = connection.connection.cursor()
    cursor.execute("PRAGMA foreign_keys = OFF")
    try:
        yield
    finally:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.close()


def _check_foreign_keys(connection: Connection) -> None:
    sqlite = connection.dialect.name == "sqlite"
    if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
        raise StoreError("the migration left rows that break foreign keys; rolled back")


def upgrade(database_url: str, revision: str = "head") -> None:
    """Bring the schema up to `revision` (default: the newest)."""
    _run(database_url, "upgrade", revision)


def downgrade(database_url: str, revision: str) -> None:
    """Take the schema back to `revision` ("base" removes every table we created)."""
    _run(database_url, "downgrade", revision)


def current_revision(database_url: str) -> str | None:
    """The revision the database is at, or None before the first upgrade."""
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()
