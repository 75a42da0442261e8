"""Translation between ORM rows and the plain records that cross the store's boundary."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from bot.store.models import Complaint, ComplaintEvent
from bot.store.records import ComplaintRecord, EventRecord, NewComplaint


def complaint_row(
    new: NewComplaint, reference: str, status: str, at: datetime, redact: Callable[[str], str]
) -> Complaint:
    return Complaint(
        reference=reference,
        status=status,
        customer_name_token=new.customer_name_token,
        contact_email_token=new.contact_email_token,
        contact_phone_token=new.contact_phone_token,
        product=new.product,  # a catalogue name, never free text
        description=redact(new.description),
        incident_date=new.incident_date,
        desired_outcome=redact(new.desired_outcome),
        consent=new.consent,
        consent_at=at if new.consent else None,
        channel=new.channel,
        conversation_id=new.conversation_id,
        language=new.language,
        policy_key=new.policy_key,
        acknowledge_due=new.acknowledge_due,
        final_response_due=new.final_response_due,
        vulnerable=new.vulnerable,
        created_at=at,
        updated_at=at,
    )


def event_row(
    complaint_id: int,
    event_type: str,
    transition: tuple[str | None, str | None],
    actor: str,
    at: datetime,
    detail: dict[str, Any] | None = None,
) -> ComplaintEvent:
    return ComplaintEvent(
        complaint_id=complaint_id,
        event_type=event_type,
        from_status=transition[0],
        to_status=transition[1],
        actor=actor,
        detail=detail or {},
        created_at=at,
    )


def event_record(event: ComplaintEvent) -> EventRecord:
    return EventRecord(
        id=event.id,
        event_type=event.event_type,
        from_status=event.from_status,
        to_status=event.to_status,
        actor=event.actor,
        created_at=event.created_at,
        detail=dict(event.detail or {}),
    )


def complaint_record(complaint: Complaint) -> ComplaintRecord:
    return ComplaintRecord(
        id=complaint.id,
        reference=complaint.reference,
        status=complaint.status,
        customer_name_token=complaint.customer_name_token,
        contact_email_token=complaint.contact_email_token,
        contact_phone_token=complaint.contact_phone_token,
        product=complaint.product,
        description=complaint.description,
        incident_date=complaint.incident_date,
        desired_outcome=complaint.desired_outcome,
        consent=complaint.consent,
        consent_at=complaint.consent_at,
        channel=complaint.channel,
        conversation_id=complaint.conversation_id,
        language=complaint.language,
        policy_key=complaint.policy_key,
        acknowledge_due=complaint.acknowledge_due,
        final_response_due=complaint.final_response_due,
        vulnerable=complaint.vulnerable,
        created_at=complaint.created_at,
        updated_at=complaint.updated_at,
        closed_at=complaint.closed_at,
        contact_erased_at=complaint.contact_erased_at,
    )
