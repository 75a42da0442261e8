"""Engines for the complaint store: a shared SQLite file locally, PostgreSQL in production.

The rasa server and the action server open the same SQLite file, so every SQLite
connection waits for locks (busy timeout), uses WAL (other readers never block the writer)
and enforces foreign keys, which SQLite leaves off by default. Our transactions start with
BEGIN IMMEDIATE: they take the write lock up front, so a read-then-write (a status change,
a reference allocation) can never act on a value another writer has just changed, and
DDL in migrations is transactional. pysqlite's own implicit BEGIN is switched off for this.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import create_engine, event
from sqlalchemy.engine import Engine, make_url

from bot.errors import ConfigurationError

SQLITE_BUSY_TIMEOUT_SECONDS = 30
SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def sqlite_url_for(path: str | Path) -> str:
    """The SQLAlchemy URL of a SQLite file (absolute, so the working directory never matters)."""
    return f"sqlite:///{Path(path).expanduser().resolve()}"


def _configure_sqlite_connection(dbapi_connection: Any, connection_record: Any) -> None:
    dbapi_connection.isolation_level = None  # we emit BEGIN ourselves (see _begin_immediate)
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {SQLITE_BUSY_TIMEOUT_SECONDS * 1000}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def _begin_immediate(connection: Any) -> None:
    connection.exec_driver_sql("BEGIN IMMEDIATE")


def create_engine_for(url: str) -> Engine:
    """A 2.0-style engine for `url`; raises ConfigurationError for unsupported databases."""
    try:
        parsed = make_url(url)
    except Exception as err:  # sqlalchemy raises ArgumentError; never echo the URL (password)
        raise ConfigurationError("DATABASE_URL is not a valid database URL") from err
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise ConfigurationError(f"DATABASE_URL: unsupported database '{backend}'")
    if backend == "sqlite":
        engine = create_engine(
            parsed, future=True, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_SECONDS}
        )
        event.listen(engine, "connect", _configure_sqlite_connection)
        event.listen(engine, "begin", _begin_immediate)
        return engine
    return create_engine(parsed, future=True, pool_pre_ping=True)
