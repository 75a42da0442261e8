"""action_handoff: the conversation goes to a person and nothing the customer said is lost."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.handoff import Handoff
from tests.actions.trackers import make_tracker, slot_changes, texts


async def test_when_customer_asks_for_a_person_then_the_form_ends_but_details_are_kept(
    domain: dict[str, Any],
) -> None:
    dispatcher = CollectingDispatcher()
    slots = {
        "product": "Broadband",
        "customer_name": "Sam Example",
        "contact_email": "sam.example@example.com",
        "requested_slot": "incident_date",
    }
    tracker = make_tracker("agent", "request_human", slots=slots)

    events = await Handoff().run(dispatcher, tracker, domain)

    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    assert slot_changes(events) == {"requested_slot": None, "handoff_requested": True}
    assert len(texts(dispatcher)) == 1
    assert "member of our team" in texts(dispatcher)[0]
    assert "won't need to repeat it" in texts(dispatcher)[0]
