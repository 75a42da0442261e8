"""Complaint references (`CMP-2026-000123`): allocation from per-year counters, and parsing.

Allocation increments one counter row per (prefix, year) inside the caller's transaction,
so concurrent submits queue on that row and never share a number. PostgreSQL does it in
one `UPDATE ... RETURNING`; SQLite (whose SQLAlchemy 1.4 dialect has no RETURNING) updates
then reads back, which is just as atomic because our SQLite transactions hold the single
database write lock from BEGIN IMMEDIATE until commit (see engine.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from sqlalchemy import select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from bot.errors import ReferenceAllocationError
from bot.store.models import ReferenceCounter

DEFAULT_PREFIX = "CMP"
MAX_SEQUENCE = 999_999
_PREFIX = re.compile(r"[A-Z][A-Z0-9]{0,15}")


def _checked_prefix(prefix: str) -> str:
    if not _PREFIX.fullmatch(prefix):
        raise ReferenceAllocationError(
            "reference prefix must be up to 16 capital letters or digits, starting with a letter"
        )
    return prefix


def format_reference(prefix: str, year: int, number: int) -> str:
    return f"{prefix}-{year:04d}-{number:06d}"


@lru_cache(maxsize=16)
def reference_pattern(prefix: str) -> re.Pattern[str]:
    """Matches a reference exactly as we print it, e.g. `CMP-2026-000123`."""
    return re.compile(rf"{re.escape(prefix)}-(\d{{4}})-(\d{{6}})")


REFERENCE_PATTERN = reference_pattern(DEFAULT_PREFIX)


@lru_cache(maxsize=16)
def loose_reference_pattern(prefix: str) -> re.Pattern[str]:
    """References as customers type them: any case; "-", spaces or nothing between the parts."""
    return re.compile(
        rf"(?<![A-Za-z0-9]){re.escape(prefix)}\s*-?\s*(\d{{4}})\s*-?\s*(\d{{6}})(?!\d)",
        re.IGNORECASE,
    )


def normalise_reference(text: str, prefix: str = DEFAULT_PREFIX) -> str | None:
    """The first reference written in `text`, in canonical form; None when there is none.

    Accepts "cmp-2026-000123", "CMP 2026 000123" and "CMP2026000123".
    """
    match = loose_reference_pattern(prefix.upper()).search(text)
    if not match:
        return None
    return format_reference(prefix.upper(), int(match.group(1)), int(match.group(2)))


def _insert_counter_if_missing(connection: Session | Connection, prefix: str, year: int) -> None:
    dialect = _dialect_name(connection)
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    statement = (
        insert(ReferenceCounter.__table__)
        .values(prefix=prefix, year=year, last_value=0)
        .on_conflict_do_nothing(index_elements=["prefix", "year"])
    )
    connection.execute(statement)


def _dialect_name(connection: Session | Connection) -> str:
    bind = connection.get_bind() if isinstance(connection, Session) else connection
    return str(bind.dialect.name)


def allocate_reference(connection: Session | Connection, prefix: str, year: int) -> str:
    """The next reference for `prefix` in `year`, allocated in the caller's transaction.

    The counter row stays locked until that transaction ends, so keep it short; a rollback
    returns the number, so committed references have no gaps.
    """
    prefix = _checked_prefix(prefix)
    if not 1 <= year <= 9999:
        raise ReferenceAllocationError("reference year must have four digits")
    table = ReferenceCounter.__table__
    match_row = (table.c.prefix == prefix) & (table.c.year == year)
    increment = update(table).where(match_row).values(last_value=table.c.last_value + 1)
    try:
        _insert_counter_if_missing(connection, prefix, year)
        if _dialect_name(connection) == "postgresql":
            number = connection.execute(increment.returning(table.c.last_value)).scalar_one()
        else:
            connection.execute(increment)
            number = connection.execute(select(table.c.last_value).where(match_row)).scalar_one()
    except SQLAlchemyError as err:
        raise ReferenceAllocationError("could not allocate a complaint reference") from err
    if number > MAX_SEQUENCE:
        raise ReferenceAllocationError("the reference sequence for this year is exhausted")
    return format_reference(prefix, year, int(number))
