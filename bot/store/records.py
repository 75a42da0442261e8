"""Plain values that cross the store's boundary; ORM objects never leave the repository."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

STATUSES = ("received", "acknowledged", "in_progress", "resolved", "closed")
FEEDBACK_KINDS = ("compliment", "suggestion", "remark")


@dataclass(frozen=True)
class NewComplaint:
    """A confirmed complaint as the intake form collected it."""

    customer_name: str
    contact_email: str | None
    contact_phone: str | None
    product: str
    description: str
    incident_date: date
    desired_outcome: str
    consent: bool
    channel: str
    conversation_id: str
    language: str
    policy_key: str
    acknowledge_due: date | None
    final_response_due: date
    reference_prefix: str
    submitted_at: datetime
    vulnerable: bool = False


@dataclass(frozen=True)
class SubmittedComplaint:
    id: int
    reference: str
    status: str
    created_at: datetime


@dataclass(frozen=True)
class ComplaintRecord:
    """A stored complaint with its contact details."""

    id: int
    reference: str
    status: str
    customer_name: str | None
    contact_email: str | None
    contact_phone: str | None
    product: str
    description: str
    incident_date: date
    desired_outcome: str
    consent: bool
    consent_at: datetime | None
    channel: str
    conversation_id: str
    language: str
    policy_key: str
    acknowledge_due: date | None
    final_response_due: date
    vulnerable: bool
    created_at: datetime
    updated_at: datetime


@dataclass(frozen=True)
class EventRecord:
    id: int
    event_type: str
    from_status: str | None
    to_status: str | None
    actor: str
    created_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)
