"""action_ask_complaint_confirmed: the customer sees what will be submitted, with buttons."""

from __future__ import annotations

from typing import Any

from rasa_sdk.executor import CollectingDispatcher

from actions.ask_complaint_confirmed import AskComplaintConfirmed
from bot.vault.contact_vault import ContactVault
from tests.actions.trackers import make_tracker

SLOTS = {
    "description": "The connection drops every evening and the engineer never turned up.",
    "product": "Broadband",
    "incident_date": "2026-11-03",
    "desired_outcome": "A refund for the days without service",
    "customer_name": "Sam Example",
    "contact_phone": "+447700900123",
    "consent": True,
    "requested_slot": "complaint_confirmed",
}


async def test_when_confirmation_is_asked_then_the_summary_shows_every_field(
    domain: dict[str, Any], vault: ContactVault
) -> None:
    dispatcher = CollectingDispatcher()
    # As the form leaves them: the contact slots hold vault tokens, shown decrypted.
    slots = {
        **SLOTS,
        "customer_name": vault.put("name", SLOTS["customer_name"]),
        "contact_phone": vault.put("phone", SLOTS["contact_phone"]),
    }

    events = await AskComplaintConfirmed().run(dispatcher, make_tracker(slots=slots), domain)

    assert events == []
    assert len(dispatcher.messages) == 1
    lines = dispatcher.messages[0]["text"].splitlines()
    assert lines[0] == "Here is your complaint as I have it:"
    for line in (
        "- Name: Sam Example",
        "- Phone: +447700900123",
        "- Product or service: Broadband",
        "- When it happened: 03 November 2026",
        f"- What happened: {SLOTS['description']}",
        "- What you would like us to do: A refund for the days without service",
    ):
        assert line in lines
    assert not any(line.startswith("- Email:") for line in lines)
    assert lines[-1].startswith("Shall I submit it?")


async def test_when_confirmation_is_asked_then_submit_and_cancel_buttons_are_offered(
    domain: dict[str, Any],
) -> None:
    dispatcher = CollectingDispatcher()

    await AskComplaintConfirmed().run(dispatcher, make_tracker(slots=SLOTS), domain)

    assert dispatcher.messages[0]["buttons"] == [
        {"title": "Submit", "payload": "/affirm"},
        {"title": "Cancel", "payload": "/cancel"},
    ]
