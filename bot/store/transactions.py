"""One short transaction, with database failures turned into StoreError.

Shared by every repository on the complaint store's database; the failure text says what
could not be done and never holds customer data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import StoreError


@contextmanager
def store_transaction(sessions: sessionmaker, failure: str) -> Iterator[Session]:
    try:
        with sessions.begin() as session:
            yield session
    except SQLAlchemyError as err:
        raise StoreError(failure) from err
