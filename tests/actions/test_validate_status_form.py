"""validate_status_form: the reference and contact are read from whatever the customer types."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.ask_lookup_reference import AskLookupReference
from actions.validate_status_form import ValidateStatusForm
from bot.intake.status_lookup import CONTACT_NEEDED
from bot.vault.contact_vault import ContactVault
from tests.actions.trackers import make_tracker, slot_changes, texts


async def validate(
    domain: dict[str, Any],
    text: str,
    intent: str = "inform",
    confidence: float = 0.95,
    **slots: Any,
) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent, confidence, slots=slots, active_loop="status_form")
    events = await ValidateStatusForm().run(dispatcher, tracker, domain)
    return events, texts(dispatcher)


@pytest.mark.parametrize("text", ["cmp 2026 000042", "CMP-2026-000042", "it's CMP2026000042"])
async def test_when_reference_is_given_then_it_is_normalised_and_contact_asked(
    domain: dict[str, Any], text: str
) -> None:
    events, messages = await validate(domain, text, requested_slot="lookup_reference")

    assert messages == []
    assert slot_changes(events) == {
        "lookup_reference": "CMP-2026-000042",
        "requested_slot": "lookup_contact",
    }


async def test_when_reference_and_contact_come_together_then_nothing_more_is_asked(
    domain: dict[str, Any], vault: ContactVault
) -> None:
    events, _ = await validate(
        domain, "CMP-2026-000042 and my number is 07700 900123", "check_status"
    )

    changes = slot_changes(events)
    assert vault.reveal(changes.pop("lookup_contact")) == "+447700900123"
    assert changes == {"lookup_reference": "CMP-2026-000042", "requested_slot": None}


async def test_when_reference_is_not_recognised_then_an_example_of_this_year_is_shown(
    domain: dict[str, Any],
) -> None:
    events, messages = await validate(domain, "no idea sorry", requested_slot="lookup_reference")

    assert messages == [
        "That doesn't look like a complaint reference. It looks like "
        f"CMP-{date.today().year}-000123."
    ]
    assert slot_changes(events) == {"lookup_reference": None, "requested_slot": "lookup_reference"}


async def test_when_contact_is_missing_then_the_customer_is_told_what_is_needed(
    domain: dict[str, Any],
) -> None:
    events, messages = await validate(
        domain,
        "I can't remember",
        requested_slot="lookup_contact",
        lookup_reference="CMP-2026-000042",
    )

    assert messages == [CONTACT_NEEDED]
    assert slot_changes(events)["requested_slot"] == "lookup_contact"


@pytest.mark.parametrize(("text", "intent"), [("stop", "cancel"), ("agent", "request_human")])
async def test_when_customer_confidently_leaves_then_no_events_so_rasa_rejects_the_form(
    domain: dict[str, Any], text: str, intent: str
) -> None:
    events, messages = await validate(domain, text, intent, 0.9, requested_slot="lookup_contact")

    assert events == []
    assert messages == []


async def test_when_a_leaving_message_holds_the_contact_then_it_is_still_taken(
    domain: dict[str, Any], vault: ContactVault
) -> None:
    events, _ = await validate(
        domain,
        "cancel that, it's sam.example@example.com",
        "cancel",
        0.9,
        requested_slot="lookup_contact",
        lookup_reference="CMP-2026-000042",
    )

    changes = slot_changes(events)
    assert vault.reveal(changes.pop("lookup_contact")) == "sam.example@example.com"
    assert changes == {"requested_slot": None}


async def test_when_reference_is_asked_for_then_an_example_of_this_year_is_shown(
    domain: dict[str, Any],
) -> None:
    dispatcher = CollectingDispatcher()

    events = await AskLookupReference().run(dispatcher, make_tracker(), domain)

    assert events == []
    assert texts(dispatcher) == [
        f"What is your complaint reference? It looks like CMP-{date.today().year}-000123."
    ]
