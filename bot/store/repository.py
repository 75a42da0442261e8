"""ComplaintStore: the one way the bot, console and worker read and write complaints.

Every method is one short transaction and speaks in the dataclasses of records.py; no ORM
object leaves. Failures raise StoreError, whose messages never hold customer data.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timezone

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from bot.errors import StoreError
from bot.store.columns import utc_now
from bot.store.contact_match import contact_matches
from bot.store.models import Complaint, ComplaintEvent, Contact, Feedback
from bot.store.records import (
    FEEDBACK_KINDS,
    STATUSES,
    ComplaintRecord,
    EventRecord,
    NewComplaint,
    SubmittedComplaint,
)
from bot.store.references import allocate_reference
from bot.store.rows import complaint_record, complaint_row, contact_row, event_record, event_row

BOT_ACTOR = "bot"


def _canonical(reference: str) -> str:
    return reference.strip().upper()


class ComplaintStore:
    """Complaints, their contacts, event history and feedback on one database."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    @property
    def engine(self) -> Engine:
        return self._engine

    @contextmanager
    def _transaction(self, failure: str) -> Iterator[Session]:
        try:
            with self._sessions.begin() as session:
                yield session
        except StoreError:
            raise
        except SQLAlchemyError as err:
            raise StoreError(failure) from err

    def submit_complaint(self, new: NewComplaint) -> SubmittedComplaint:
        """Store contact, complaint, and its `created` and `acknowledged` events, atomically.

        The reference's year is the year of `submitted_at` as the caller gave it.
        """
        if new.submitted_at.utcoffset() is None:
            raise StoreError("submitted_at must be timezone-aware")
        at = new.submitted_at.astimezone(timezone.utc)
        deadlines = {
            "acknowledge_due": new.acknowledge_due.isoformat() if new.acknowledge_due else None,
            "final_response_due": new.final_response_due.isoformat(),
        }
        with self._transaction("could not store the complaint") as session:
            contact = contact_row(new, at)
            session.add(contact)
            session.flush()
            reference = allocate_reference(session, new.reference_prefix, new.submitted_at.year)
            complaint = complaint_row(new, reference, "acknowledged", contact.id, at)
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
            id=complaint.id, reference=reference, status=complaint.status, created_at=at
        )

    def get_complaint(self, reference: str) -> ComplaintRecord | None:
        """The complaint with its contact details, or None."""
        statement = (
            select(Complaint, Contact)
            .outerjoin(Contact, Complaint.contact_id == Contact.id)
            .where(Complaint.reference == _canonical(reference))
        )
        with self._transaction("could not read the complaint") as session:
            row = session.execute(statement).first()
            return complaint_record(row[0], row[1]) if row else None

    def change_status(
        self, reference: str, new_status: str, actor: str, note: str | None = None
    ) -> bool:
        """Move a complaint to `new_status` and log it; False when it already had that status.

        `note` goes into the event's detail as given: pass redacted text only.
        """
        if new_status not in STATUSES:
            raise StoreError("unknown complaint status")
        if not actor.strip():
            raise StoreError("a status change needs an actor")
        statement = (
            select(Complaint).where(Complaint.reference == _canonical(reference)).with_for_update()
        )
        with self._transaction("could not change the complaint status") as session:
            complaint = session.execute(statement).scalar_one_or_none()
            if complaint is None:
                raise StoreError("no complaint with that reference")
            previous = complaint.status
            if previous == new_status:
                return False
            now = utc_now()
            complaint.status = new_status
            complaint.updated_at = now
            detail = {"note": note} if note else {}
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
        with self._transaction("could not read the complaint history") as session:
            return [event_record(event) for event in session.execute(statement).scalars()]

    def record_feedback(
        self, kind: str, text: str, channel: str, conversation_id: str, language: str
    ) -> int:
        """Store a compliment, suggestion or remark; returns its id."""
        if kind not in FEEDBACK_KINDS:
            raise StoreError("unknown feedback kind")
        with self._transaction("could not store the feedback") as session:
            feedback = Feedback(
                kind=kind,
                text=text,
                channel=channel,
                conversation_id=conversation_id,
                language=language,
                created_at=utc_now(),
            )
            session.add(feedback)
            session.flush()
            return int(feedback.id)

    def find_status_for_contact(
        self, reference: str, email: str | None = None, phone: str | None = None
    ) -> str | None:
        """The status, only if the reference exists and the email or phone is its contact's.

        Unknown reference and wrong contact run the same query and comparisons and both give
        None, so neither the answer nor its timing tells a prober which references exist.
        """
        statement = (
            select(Complaint.status, Contact.email, Contact.phone)
            .outerjoin(Contact, Complaint.contact_id == Contact.id)
            .where(Complaint.reference == _canonical(reference))
        )
        with self._transaction("could not look up the complaint") as session:
            row = session.execute(statement).first()
        status, stored_email, stored_phone = row if row else (None, None, None)
        matches = contact_matches(email, phone, stored_email, stored_phone)
        return status if matches else None
