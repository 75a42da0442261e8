"""Translation between ORM rows and the plain records that cross the store's boundary."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from bot.store.models import Complaint, ComplaintEvent, Contact
from bot.store.records import ComplaintRecord, EventRecord, NewComplaint


def contact_row(new: NewComplaint, at: datetime) -> Contact:
    return Contact(
        name=new.customer_name, email=new.contact_email, phone=new.contact_phone, created_at=at
    )


def complaint_row(
    new: NewComplaint, reference: str, status: str, contact_id: int, at: datetime
) -> Complaint:
    return Complaint(
        reference=reference,
        status=status,
        contact_id=contact_id,
        product=new.product,
        description=new.description,
        incident_date=new.incident_date,
        desired_outcome=new.desired_outcome,
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


def complaint_record(complaint: Complaint, contact: Contact | None) -> ComplaintRecord:
    return ComplaintRecord(
        id=complaint.id,
        reference=complaint.reference,
        status=complaint.status,
        customer_name=contact.name if contact else None,
        contact_email=contact.email if contact else None,
        contact_phone=contact.phone if contact else None,
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
    )
