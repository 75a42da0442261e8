"""Deleting old conversations from Rasa's SQL tracker store (its `events` table).

The Redis tracker store needs no purge: its keys expire after CONVERSATION_RETENTION_DAYS.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import column, func, inspect, select, table
from sqlalchemy.engine import Engine

EVENTS = table("events", column("sender_id"), column("timestamp"))


def stale_conversations(engine: Engine, last_activity_before: datetime) -> set[str]:
    """Conversations whose newest event is older than the cut-off."""
    if not inspect(engine).has_table("events"):
        return set()
    statement = (
        select(EVENTS.c.sender_id)
        .group_by(EVENTS.c.sender_id)
        .having(func.max(EVENTS.c.timestamp) < last_activity_before.timestamp())
    )
    with engine.connect() as connection:
        return {str(sender) for sender in connection.execute(statement).scalars()}


def delete_conversations(engine: Engine, sender_ids: Iterable[str]) -> int:
    wanted = sorted(set(sender_ids))
    if not wanted:
        return 0
    with engine.begin() as connection:
        deleted = 0
        for start in range(0, len(wanted), 500):
            batch = wanted[start : start + 500]
            result = connection.execute(EVENTS.delete().where(EVENTS.c.sender_id.in_(batch)))
            deleted += int(result.rowcount or 0)
        return deleted
