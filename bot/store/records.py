"""Plain values that cross the store's boundary; ORM objects never leave the repository."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

STATUSES = ("received", "acknowledged", "in_progress", "resolved", "closed")
FEEDBACK_KINDS = ("compliment", "suggestion", "remark")


@dataclass(frozen=True)
class NewComplaint:
    """A confirmed complaint as the intake form collected it; contacts are vault tokens."""

    customer_name_token: str | None
    contact_email_token: str | None
    contact_phone_token: str | None
    product: str
    description: str
    incident_date: date | None
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
    """A stored complaint; its contact details are vault tokens (None once erased)."""

    id: int
    reference: str
    status: str
    customer_name_token: str | None
    contact_email_token: str | None
    contact_phone_token: str | None
    product: str
    description: str
    incident_date: date | None
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
    closed_at: datetime | None = None
    contact_erased_at: datetime | None = None

    @property
    def contact_tokens(self) -> tuple[str, ...]:
        tokens = (self.customer_name_token, self.contact_email_token, self.contact_phone_token)
        return tuple(token for token in tokens if token)


@dataclass(frozen=True)
class EventRecord:
    id: int
    event_type: str
    from_status: str | None
    to_status: str | None
    actor: str
    created_at: datetime
    detail: dict[str, Any] = field(default_factory=dict)
