"""ORM guard for the event log: complaint events are written once and never changed.

The initial migration also installs database triggers that reject UPDATE and DELETE, so
raw SQL is refused as well; this guard fails earlier, inside any Session, with StoreError.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import ORMExecuteState, Session

from bot.errors import StoreError

APPEND_ONLY_MESSAGE = "audit logs are append-only: their entries cannot be changed or deleted"


def _refuse(mapper: Any, connection: Any, target: Any) -> None:
    raise StoreError(APPEND_ONLY_MESSAGE)


def _bulk_guard(table_names: frozenset[str]) -> Any:
    def refuse_bulk(state: ORMExecuteState) -> None:
        if not (state.is_update or state.is_delete):
            return
        table = getattr(state.statement, "table", None)
        if getattr(table, "name", None) in table_names:
            raise StoreError(APPEND_ONLY_MESSAGE)

    return refuse_bulk


def make_append_only(mapped_class: Any) -> Any:
    """Class decorator: flushes that update or delete rows, and ORM bulk UPDATE/DELETE
    statements aimed at the table, raise StoreError in every Session."""
    event.listen(mapped_class, "before_update", _refuse)
    event.listen(mapped_class, "before_delete", _refuse)
    event.listen(Session, "do_orm_execute", _bulk_guard(frozenset({mapped_class.__tablename__})))
    return mapped_class
