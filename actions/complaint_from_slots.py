"""The NewComplaint the form's slots describe: complete at confirmation, or whatever has been
collected so far when a distressed customer is handed to a person."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from rasa_sdk import Tracker

from actions.services import complaint_policy
from actions.tracker_views import channel_of
from bot.language import detect_language
from bot.settings import get_settings
from bot.store.records import NewComplaint

# A confirmed complaint has all of these; a partial one may lack any but the description.
REQUIRED_SLOTS = ("product", "description", "incident_date", "desired_outcome")


class IncompleteComplaint(ValueError):
    """Submitted without a field the form always collects; names the slots, not their values."""


def complaint_from_slots(
    slots: dict[str, Any],
    tracker: Tracker,
    received: datetime,
    *,
    partial: bool = False,
    vulnerable: bool = False,
) -> NewComplaint:
    missing = [slot for slot in REQUIRED_SLOTS if slots.get(slot) in (None, "")]
    if missing and not partial:
        raise IncompleteComplaint(f"complaint lacks {', '.join(missing)}")
    settings = get_settings()
    policy = complaint_policy()
    description = str(slots.get("description") or "")
    incident = slots.get("incident_date")
    return NewComplaint(
        customer_name_token=slots.get("customer_name"),
        contact_email_token=slots.get("contact_email"),
        contact_phone_token=slots.get("contact_phone"),
        product=str(slots.get("product") or ""),
        description=description,
        incident_date=date.fromisoformat(str(incident)) if incident else None,
        desired_outcome=str(slots.get("desired_outcome") or ""),
        consent=bool(slots.get("consent")),
        channel=channel_of(tracker),
        conversation_id=tracker.sender_id,
        language=detect_language(description, settings.langdetect_min_chars).code,
        policy_key=policy.key,
        acknowledge_due=policy.acknowledge.due_from(received.date()),
        final_response_due=policy.final_response.due_from(received.date()),
        reference_prefix=settings.reference_prefix,
        submitted_at=received,
        vulnerable=vulnerable,
    )
