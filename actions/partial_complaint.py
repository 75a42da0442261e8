"""Records a complaint with the fields collected so far, when the customer is handed to a
person before the form is finished (high distress): nothing they said is lost."""

from __future__ import annotations

import asyncio
from datetime import date, datetime, timezone
from typing import Any

from rasa_sdk import Tracker

from actions.services import complaint_policy, complaint_store
from actions.tracker_views import channel_of
from bot.language import detect_language
from bot.settings import get_settings
from bot.store.records import NewComplaint


def partial_complaint_from(
    slots: dict[str, Any], tracker: Tracker, received: datetime, vulnerable: bool
) -> NewComplaint:
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


async def record_partial_complaint(
    slots: dict[str, Any], tracker: Tracker, vulnerable: bool
) -> str | None:
    """The new reference, or None when there is no story to record yet."""
    if not slots.get("description"):
        return None
    received = datetime.now(timezone.utc)
    new = partial_complaint_from(slots, tracker, received, vulnerable)
    submitted = await asyncio.to_thread(complaint_store().submit_complaint, new)
    return submitted.reference
