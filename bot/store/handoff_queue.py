"""HandoffQueue: conversations waiting for a person, and the agents working them.

Claiming is one conditional UPDATE (`... WHERE status = 'waiting'`), so when two agents click
the same conversation the database lets exactly one of them have it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.errors import StoreError
from bot.store.columns import utc_now
from bot.store.models import Handoff, HandoffMessage
from bot.store.transactions import store_transaction

# Lower is more urgent.
PRIORITIES = {"self_harm": 0, "distress_high": 1, "request": 2, "misunderstood": 2}


@dataclass(frozen=True)
class HandoffRecord:
    id: int
    conversation_id: str
    channel: str
    priority: int
    reason: str
    signals: tuple[str, ...]
    language: str
    complaint_reference: str | None
    status: str
    claimed_by: str | None
    created_at: datetime


def _record(row: Handoff) -> HandoffRecord:
    return HandoffRecord(
        id=row.id,
        conversation_id=row.conversation_id,
        channel=row.channel,
        priority=row.priority,
        reason=row.reason,
        signals=tuple(row.signals or ()),
        language=row.language,
        complaint_reference=row.complaint_reference,
        status=row.status,
        claimed_by=row.claimed_by,
        created_at=row.created_at,
    )


class HandoffQueue:
    def __init__(self, engine: Engine, redact: Callable[[str], str]) -> None:
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)
        self._redact = redact

    def open(
        self,
        conversation_id: str,
        channel: str,
        reason: str,
        signals: tuple[str, ...] = (),
        language: str = "und",
        complaint_reference: str | None = None,
    ) -> HandoffRecord:
        """Queue the conversation; an already open handoff for it is returned, not doubled."""
        if reason not in PRIORITIES:
            raise StoreError("unknown handoff reason")
        open_statuses = ("waiting", "claimed")
        existing = select(Handoff).where(
            Handoff.conversation_id == conversation_id, Handoff.status.in_(open_statuses)
        )
        with store_transaction(self._sessions, "could not queue the handoff") as session:
            row = session.execute(existing).scalars().first()
            if row is None:
                row = Handoff(
                    conversation_id=conversation_id,
                    channel=channel,
                    priority=PRIORITIES[reason],
                    reason=reason,
                    signals=list(signals),
                    language=language,
                    complaint_reference=complaint_reference,
                    status="waiting",
                    created_at=utc_now(),
                )
                session.add(row)
            elif PRIORITIES[reason] < row.priority:
                row.priority, row.reason = PRIORITIES[reason], reason  # it got more urgent
            session.flush()
            return _record(row)

    def waiting(self) -> list[HandoffRecord]:
        """The queue: most urgent first, then longest waiting."""
        statement = (
            select(Handoff)
            .where(Handoff.status == "waiting")
            .order_by(Handoff.priority, Handoff.created_at, Handoff.id)
        )
        with store_transaction(self._sessions, "could not read the queue") as session:
            return [_record(row) for row in session.execute(statement).scalars()]

    def claim(self, handoff_id: int, agent: str) -> bool:
        """True for the one agent who gets it; False when someone else already has."""
        statement = (
            update(Handoff)
            .where(Handoff.id == handoff_id, Handoff.status == "waiting")
            .values(status="claimed", claimed_by=agent, claimed_at=utc_now())
            .execution_options(synchronize_session=False)
        )
        with store_transaction(self._sessions, "could not claim the handoff") as session:
            return bool(session.execute(statement).rowcount)

    def close(self, handoff_id: int, agent: str, outcome: str, summary: str | None = None) -> bool:
        """Hand back to the bot or resolve; only the agent holding it may. Summary redacted."""
        if outcome not in ("handed_back", "resolved"):
            raise StoreError("a handoff ends handed back or resolved")
        statement = (
            update(Handoff)
            .where(
                Handoff.id == handoff_id, Handoff.status == "claimed", Handoff.claimed_by == agent
            )
            .values(
                status=outcome,
                closed_at=utc_now(),
                resolution_summary=self._redact(summary) if summary else None,
            )
            .execution_options(synchronize_session=False)
        )
        with store_transaction(self._sessions, "could not close the handoff") as session:
            return bool(session.execute(statement).rowcount)

    def open_for(self, conversation_id: str) -> HandoffRecord | None:
        """The conversation's waiting or claimed handoff: while there is one, the bot is paused."""
        statement = select(Handoff).where(
            Handoff.conversation_id == conversation_id,
            Handoff.status.in_(("waiting", "claimed")),
        )
        with store_transaction(self._sessions, "could not read the handoff") as session:
            row = session.execute(statement).scalars().first()
            return _record(row) if row else None

    def add_message(self, handoff_id: int, sender: str, text: str) -> None:
        """A customer's or agent's message during the handoff, stored redacted."""
        if sender not in ("customer", "agent"):
            raise StoreError("a handoff message comes from the customer or the agent")
        message = HandoffMessage(
            handoff_id=handoff_id, sender=sender, text=self._redact(text), created_at=utc_now()
        )
        with store_transaction(self._sessions, "could not store the message") as session:
            session.add(message)

    def messages(self, handoff_id: int) -> list[tuple[str, str]]:
        """(sender, redacted text), oldest first."""
        statement = (
            select(HandoffMessage.sender, HandoffMessage.text)
            .where(HandoffMessage.handoff_id == handoff_id)
            .order_by(HandoffMessage.id)
        )
        with store_transaction(self._sessions, "could not read the messages") as session:
            return [(sender, text) for sender, text in session.execute(statement).all()]

    def get(self, handoff_id: int) -> HandoffRecord | None:
        with store_transaction(self._sessions, "could not read the handoff") as session:
            row = session.get(Handoff, handoff_id)
            return _record(row) if row else None
