"""ComplaintStore: the one way the bot, console and worker read and write complaints.

Every method is one short transaction and speaks in the dataclasses of records.py; no ORM
object leaves. Failures raise StoreError, whose messages never hold customer data. Free text
(descriptions, outcomes, feedback, notes) passes through `redact` before it is written, so
nothing a caller forgets to redact lands raw; contact details arrive as vault tokens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import datetime, timezone

from sqlalchemy import or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.errors import StoreError
from bot.store.columns import utc_now
from bot.store.models import Complaint, ComplaintEvent, Feedback
from bot.store.records import (
    FEEDBACK_KINDS,
    STATUSES,
    ComplaintRecord,
    EventRecord,
    NewComplaint,
    SubmittedComplaint,
)
from bot.store.references import allocate_reference
from bot.store.rows import complaint_record, complaint_row, event_record, event_row
from bot.store.transactions import store_transaction

BOT_ACTOR = "bot"


def _canonical(reference: str) -> str:
    return reference.strip().upper()


class ComplaintStore:
    """Complaints, their event history and feedback on one database."""

    def __init__(self, engine: Engine, redact: Callable[[str], str]) -> None:
        """`redact` replaces personal data in free text (bot.pii's detector in production)."""
        self._engine = engine
        self._redact = redact
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        return self._engine

    def submit_complaint(self, new: NewComplaint) -> SubmittedComplaint:
        """Store the complaint and its `created` and `acknowledged` events, atomically.

        The reference's year is the year of `submitted_at` as the caller gave it.
        """
        if new.submitted_at.utcoffset() is None:
            raise StoreError("submitted_at must be timezone-aware")
        at = new.submitted_at.astimezone(timezone.utc)
        deadlines = {
            "acknowledge_due": new.acknowledge_due.isoformat() if new.acknowledge_due else None,
            "final_response_due": new.final_response_due.isoformat(),
        }
        complaint = complaint_row(new, "", "acknowledged", at, self._redact)
        with store_transaction(self._sessions, "could not store the complaint") as session:
            complaint.reference = allocate_reference(
                session, new.reference_prefix, new.submitted_at.year
            )
            session.add(complaint)
            session.flush()
            created = {"channel": new.channel, "policy_key": new.policy_key}
            session.add(
                event_row(complaint.id, "created", (None, "received"), BOT_ACTOR, at, created)
            )
            session.add(
                event_row(
                    complaint.id,
                    "acknowledged",
                    ("received", "acknowledged"),
                    BOT_ACTOR,
                    at,
                    deadlines,
                )
            )
        return SubmittedComplaint(
            id=complaint.id, reference=complaint.reference, status=complaint.status, created_at=at
        )

    def get_complaint(self, reference: str) -> ComplaintRecord | None:
        """The complaint (contacts as vault tokens), or None."""
        statement = select(Complaint).where(Complaint.reference == _canonical(reference))
        with store_transaction(self._sessions, "could not read the complaint") as session:
            complaint = session.execute(statement).scalar_one_or_none()
            return complaint_record(complaint) if complaint else None

    def complaints_holding(self, tokens: Iterable[str]) -> list[ComplaintRecord]:
        """Complaints whose contact is any of these vault tokens (subject-access, erasure)."""
        wanted = list(set(tokens))
        if not wanted:
            return []
        statement = (
            select(Complaint)
            .where(
                or_(
                    Complaint.customer_name_token.in_(wanted),
                    Complaint.contact_email_token.in_(wanted),
                    Complaint.contact_phone_token.in_(wanted),
                )
            )
            .order_by(Complaint.id)
        )
        with store_transaction(self._sessions, "could not read the complaints") as session:
            return [complaint_record(row) for row in session.execute(statement).scalars()]

    def closed_before(self, cutoff: datetime) -> list[ComplaintRecord]:
        """Closed complaints whose closing is older than `cutoff` (for retention)."""
        statement = select(Complaint).where(
            Complaint.status == "closed", Complaint.closed_at < cutoff
        )
        with store_transaction(self._sessions, "could not read the complaints") as session:
            return [complaint_record(row) for row in session.execute(statement).scalars()]

    def conversations_in_use(self, closed_since: datetime) -> set[str]:
        """Conversations of complaints still open, or closed after `closed_since`."""
        statement = select(Complaint.conversation_id).where(
            or_(Complaint.status != "closed", Complaint.closed_at >= closed_since)
        )
        with store_transaction(self._sessions, "could not read the complaints") as session:
            return set(session.execute(statement).scalars())

    def mark_contact_erased(self, complaint_ids: Iterable[int], actor: str, reason: str) -> int:
        """Drop the (now deleted) vault tokens from complaints and log a tombstone event."""
        ids = sorted(set(complaint_ids))
        now = utc_now()
        statement = select(Complaint).where(Complaint.id.in_(ids)).with_for_update()
        with store_transaction(self._sessions, "could not record the erasure") as session:
            for complaint in session.execute(statement).scalars():
                complaint.customer_name_token = None
                complaint.contact_email_token = None
                complaint.contact_phone_token = None
                complaint.contact_erased_at = now
                complaint.updated_at = now
                transition = (complaint.status, complaint.status)
                detail = {"reason": reason}
                session.add(
                    event_row(complaint.id, "contact_erased", transition, actor, now, detail)
                )
        return len(ids)

    def change_status(
        self, reference: str, new_status: str, actor: str, note: str | None = None
    ) -> bool:
        """Move a complaint to `new_status` and log it; False when it already had that status.

        `note` is redacted before it goes into the event's detail.
        """
        if new_status not in STATUSES:
            raise StoreError("unknown complaint status")
        if not actor.strip():
            raise StoreError("a status change needs an actor")
        statement = (
            select(Complaint).where(Complaint.reference == _canonical(reference)).with_for_update()
        )
        with store_transaction(self._sessions, "could not change the complaint status") as session:
            complaint = session.execute(statement).scalar_one_or_none()
            if complaint is None:
                raise StoreError("no complaint with that reference")
            previous = complaint.status
            if previous == new_status:
                return False
            now = utc_now()
            complaint.status = new_status
            complaint.updated_at = now
            complaint.closed_at = now if new_status == "closed" else None
            detail = {"note": self._redact(note)} if note else {}
            transition = (previous, new_status)
            session.add(event_row(complaint.id, "status_changed", transition, actor, now, detail))
        return True

    def events_for(self, reference: str) -> list[EventRecord]:
        """The complaint's history, oldest first; empty for an unknown reference."""
        statement = (
            select(ComplaintEvent)
            .join(Complaint, ComplaintEvent.complaint_id == Complaint.id)
            .where(Complaint.reference == _canonical(reference))
            .order_by(ComplaintEvent.id)
        )
        with store_transaction(self._sessions, "could not read the complaint history") as session:
            return [event_record(event) for event in session.execute(statement).scalars()]

    def record_feedback(
        self, kind: str, text: str, channel: str, conversation_id: str, language: str
    ) -> int:
        """Store a compliment, suggestion or remark; returns its id."""
        if kind not in FEEDBACK_KINDS:
            raise StoreError("unknown feedback kind")
        with store_transaction(self._sessions, "could not store the feedback") as session:
            feedback = Feedback(
                kind=kind,
                text=self._redact(text),
                channel=channel,
                conversation_id=conversation_id,
                language=language,
                created_at=utc_now(),
            )
            session.add(feedback)
            session.flush()
            return int(feedback.id)
