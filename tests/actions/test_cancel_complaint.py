"""action_cancel_complaint: the form stops, nothing is submitted, collected details are dropped."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.cancel_complaint import CancelComplaint
from tests.actions.trackers import make_tracker, slot_changes, texts

COLLECTED = {
    "description": "The connection drops every evening and the engineer never turned up.",
    "product": "Broadband",
    "customer_name": "Sam Example",
    "contact_email": "sam.example@example.com",
    "field_failures": {"incident_date": 2},
    "pending_text": "The app is slow",
    "pending_kind": "remark",
    "requested_slot": "incident_date",
}
FORM_SLOTS = (
    "description",
    "product",
    "incident_date",
    "desired_outcome",
    "customer_name",
    "contact_email",
    "contact_phone",
    "consent",
    "complaint_confirmed",
)


async def test_when_customer_cancels_then_the_form_ends_and_every_detail_is_cleared(
    domain: dict[str, Any],
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("cancel", "cancel", slots=COLLECTED)

    events = await CancelComplaint().run(dispatcher, tracker, domain)

    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    cleared = (*FORM_SLOTS, "field_failures", "pending_text", "pending_kind", "requested_slot")
    assert slot_changes(events) == dict.fromkeys(cleared)
    assert texts(dispatcher) == [
        "OK, I've stopped and nothing has been submitted. If you change your mind, just tell "
        "me what went wrong and we can start again."
    ]
