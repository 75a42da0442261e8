"""Store fixtures: every store test runs on a fresh SQLite file AND a fresh PostgreSQL database.

PostgreSQL comes from TEST_DATABASE_URL (trust auth on the local server by default). Each
test gets its own `cbtest_<random>` database, created through an AUTOCOMMIT connection to
that URL's database and dropped afterwards, so parallel and repeated runs never collide.
An unreachable server fails the test: silently skipping would hide the production backend.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import NoReturn

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import Engine, make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.pii import get_detector
from bot.store.engine import create_engine_for, sqlite_url_for
from bot.store.migrate import upgrade
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys

DEFAULT_TEST_DATABASE_URL = "postgresql+psycopg2://root@127.0.0.1:5432/test"
BACKENDS = ["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)]


def postgres_admin_url() -> str:
    return os.environ.get("TEST_DATABASE_URL", "").strip() or DEFAULT_TEST_DATABASE_URL


def _unreachable(admin_url: str, err: Exception) -> NoReturn:
    shown = make_url(admin_url).render_as_string(hide_password=True)
    pytest.fail(
        f"PostgreSQL for the store tests is not usable at {shown} ({type(err).__name__}). "
        "Start it (scripts/ensure_services.sh) or point TEST_DATABASE_URL at a server where "
        "this user may CREATE DATABASE.",
        pytrace=False,
    )


def create_postgres_database() -> str:
    """A new, empty database; returns its URL. Drop it with drop_postgres_database."""
    admin_url = postgres_admin_url()
    name = f"cbtest_{uuid.uuid4().hex[:16]}"
    admin = create_engine(admin_url, future=True, isolation_level="AUTOCOMMIT")
    failure: SQLAlchemyError | None = None
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as err:
        failure = err
    finally:
        admin.dispose()
    if failure is not None:
        _unreachable(admin_url, failure)
    return make_url(admin_url).set(database=name).render_as_string(hide_password=False)


def drop_postgres_database(url: str) -> None:
    name = make_url(url).database
    admin = create_engine(postgres_admin_url(), future=True, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture
def postgres_url() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test only."""
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture(params=BACKENDS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """An empty database on each backend (no tables yet)."""
    if request.param == "sqlite":
        yield sqlite_url_for(tmp_path / "complaints.db")
        return
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


@pytest.fixture
def engine(database_url: str) -> Iterator[Engine]:
    """An engine on a database migrated to head."""
    upgrade(database_url)
    engine = create_engine_for(database_url)
    try:
        yield engine
    finally:
        engine.dispose()


def redact_text(text: str) -> str:
    return get_detector().redact(text).text


@pytest.fixture
def store(engine: Engine) -> ComplaintStore:
    return ComplaintStore(engine, redact=redact_text)


@pytest.fixture
def vault(engine: Engine) -> ContactVault:
    return ContactVault(engine, parse_keys(os.environ["VAULT_KEYS"]))
