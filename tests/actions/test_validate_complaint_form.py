"""validate_complaint_form: every message fills what it can; leaving rejects the form."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.validate_complaint_form import ValidateComplaintForm
from bot.fields import email
from bot.intake import validation
from bot.intake.turn import HUMAN_OFFER
from bot.vault.contact_vault import ContactVault
from bot.vault.tokens import is_token, new_token
from tests.actions.trackers import make_tracker, slot_changes, texts

LONG_COMPLAINT = (
    "I want to make a complaint about my broadband. It dropped out all evening yesterday and "
    "the engineer never turned up. I want a refund for the days without service. My name is "
    "Sam Example and my email is sam.example@example.com"
)
# Contacts collected earlier are vault tokens by now.
NAME_TOKEN, EMAIL_TOKEN = new_token(), new_token()
COLLECTED: dict[str, Any] = {
    "description": "The connection drops every evening and the engineer never turned up.",
    "product": "Broadband",
    "incident_date": "2026-11-03",
    "desired_outcome": "A refund",
    "customer_name": NAME_TOKEN,
    "contact_email": EMAIL_TOKEN,
}


async def validate(domain: dict[str, Any], **tracker: Any) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    events = await ValidateComplaintForm().run(dispatcher, make_tracker(**tracker), domain)
    return events, texts(dispatcher)


async def test_when_one_message_tells_everything_then_every_field_is_set_and_consent_asked(
    domain: dict[str, Any], vault: ContactVault
) -> None:
    events, messages = await validate(domain, text=LONG_COMPLAINT, intent="complain")

    changes = slot_changes(events)
    assert messages == []
    assert changes["product"] == "Broadband"
    assert changes["incident_date"] == (date.today() - timedelta(days=1)).isoformat()
    assert changes["desired_outcome"] == "a refund for the days without service"
    assert vault.reveal(changes["customer_name"]) == "Sam Example"
    assert vault.reveal(changes["contact_email"]) == "sam.example@example.com"
    assert changes["description"].startswith("my broadband. It dropped out all evening")
    assert changes["requested_slot"] == "consent"
    assert events[-1] == {
        "event": "slot",
        "timestamp": None,
        "name": "requested_slot",
        "value": "consent",
    }


async def test_when_first_message_has_no_details_then_the_story_is_asked_for(
    domain: dict[str, Any],
) -> None:
    events, messages = await validate(domain, text="I want to make a complaint", intent="complain")

    assert slot_changes(events) == {"requested_slot": "description"}
    assert messages == []


@pytest.mark.parametrize(("intent", "text"), [("cancel", "cancel"), ("request_human", "agent")])
@pytest.mark.parametrize("requested", ["description", "consent", "complaint_confirmed"])
async def test_when_customer_confidently_leaves_then_no_events_so_rasa_rejects_the_form(
    domain: dict[str, Any], intent: str, text: str, requested: str
) -> None:
    events, messages = await validate(
        domain,
        text=text,
        intent=intent,
        confidence=0.93,
        slots={**COLLECTED, "requested_slot": requested},
    )

    assert events == []
    assert messages == []


async def test_when_model_is_unsure_about_cancel_then_the_form_carries_on(
    domain: dict[str, Any],
) -> None:
    events, messages = await validate(
        domain, text="cancel", intent="cancel", confidence=0.4, slots={"requested_slot": "product"}
    )

    assert events != []
    assert slot_changes(events)["requested_slot"] == "description"
    assert messages[0].startswith("I couldn't match that to one of our products")


async def test_when_email_is_invalid_then_the_old_one_is_kept_and_the_problem_said(
    domain: dict[str, Any],
) -> None:
    slots = {**COLLECTED, "requested_slot": "contact_email"}

    events, messages = await validate(domain, text="sam.example@example", slots=slots)

    assert messages == [email.DOMAIN_NEEDS_DOT]
    assert slot_changes(events) == {
        "contact_email": EMAIL_TOKEN,
        "field_failures": {"contact_email": 1},
        "requested_slot": "consent",
    }


async def test_when_a_field_fails_for_the_third_time_then_a_person_is_offered(
    domain: dict[str, Any],
) -> None:
    slots = {"requested_slot": "description", "field_failures": {"description": 2}}

    events, messages = await validate(domain, text="it broke", slots=slots)

    assert len(messages) == 1
    assert messages[0].endswith(HUMAN_OFFER)
    assert slot_changes(events)["field_failures"] == {"description": 3}


async def test_when_customer_accepts_the_offer_then_the_form_starts_from_their_remark(
    domain: dict[str, Any],
) -> None:
    remark = "Your train was forty minutes late yesterday and nobody told us why it was delayed"
    slots = {"pending_text": remark, "pending_kind": "remark"}

    events, messages = await validate(domain, text="yes", intent="affirm", slots=slots)

    assert messages == []
    assert slot_changes(events) == {
        "description": remark,
        "product": "Train ticket",
        "incident_date": (date.today() - timedelta(days=1)).isoformat(),
        "pending_text": None,
        "pending_kind": None,
        "requested_slot": "desired_outcome",
    }


async def test_when_form_starts_from_a_new_message_then_the_old_remark_is_dropped(
    domain: dict[str, Any],
) -> None:
    slots = {"pending_text": "The app is rubbish and slow", "pending_kind": "remark"}

    events, _ = await validate(
        domain, text="I want to complain about my gas bill", intent="complain", slots=slots
    )

    changes = slot_changes(events)
    assert changes["product"] == "Gas"
    assert "description" not in changes
    assert changes["pending_text"] is None
    assert changes["pending_kind"] is None


@pytest.mark.parametrize(
    ("text", "intent", "confirmed", "message", "asked"),
    [
        ("yes", "affirm", True, None, None),
        ("no", "deny", None, validation.WHAT_TO_CHANGE, "complaint_confirmed"),
    ],
)
async def test_when_summary_is_answered_then_yes_finishes_and_no_asks_what_to_change(
    domain: dict[str, Any],
    text: str,
    intent: str,
    confirmed: bool | None,
    message: str | None,
    asked: str | None,
) -> None:
    slots = {**COLLECTED, "consent": True, "requested_slot": "complaint_confirmed"}

    events, messages = await validate(domain, text=text, intent=intent, slots=slots)

    changes = slot_changes(events)
    assert changes["complaint_confirmed"] is confirmed
    assert changes["requested_slot"] == asked
    assert messages == ([message] if message else [])


async def test_when_email_is_changed_at_confirmation_then_the_summary_is_shown_again(
    domain: dict[str, Any], vault: ContactVault
) -> None:
    old_email = vault.put("email", "sam.example@example.com")
    slots = {
        **COLLECTED,
        "contact_email": old_email,
        "consent": True,
        "requested_slot": "complaint_confirmed",
    }

    events, messages = await validate(
        domain, text="change my email to jo.test@example.com", slots=slots
    )

    changes = slot_changes(events)
    assert messages == []
    assert is_token(changes["contact_email"])
    assert vault.reveal(changes["contact_email"]) == "jo.test@example.com"
    assert vault.reveal(old_email) is None  # the replaced address is not kept
    assert changes == {
        "contact_email": changes["contact_email"],
        "complaint_confirmed": None,
        "requested_slot": "complaint_confirmed",
    }


async def test_when_a_message_shows_low_distress_then_it_is_acknowledged_once_with_a_person(
    domain: dict[str, Any],
) -> None:
    distress = {"level": "low", "score": 0.45, "signals": ["bereavement"]}
    text = "My husband passed away and the bank keeps writing to him"
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text=text, intent="complain", distress=distress)

    events = await ValidateComplaintForm().run(dispatcher, tracker, domain)

    assert texts(dispatcher)[0].startswith("I'm sorry to hear what you're going through")
    assert 'type "agent"' in texts(dispatcher)[0]
    assert slot_changes(events)["distress_acknowledged"] is True

    again = CollectingDispatcher()
    tracker = make_tracker(
        text=text, intent="complain", distress=distress, slots={"distress_acknowledged": True}
    )
    await ValidateComplaintForm().run(again, tracker, domain)
    assert not any("going through" in message for message in texts(again))
