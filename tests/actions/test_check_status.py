"""action_check_status: the status only for the right contact; nothing tells references apart."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.check_status import MAX_FAILED_LOOKUPS, TOO_MANY, CancelStatusLookup, CheckStatus
from bot.intake.status_lookup import NO_MATCH, STATUS_TEXT
from bot.store.engine import sqlite_url_for
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from tests.actions.stored import EMAIL, PHONE, example_complaint
from tests.actions.trackers import make_tracker, slot_changes, texts

CLEARED = {"lookup_reference": None, "lookup_contact": None}


@pytest.fixture
def reference(store: ComplaintStore, vault: ContactVault) -> str:
    return store.submit_complaint(example_complaint(vault)).reference


async def check(
    domain: dict[str, Any],
    reference: str,
    contact: str,
    failures: int | None = None,
    vault: ContactVault | None = None,
) -> tuple[list[dict], list[str]]:
    """Runs the action as the form leaves it: the contact given is already in the vault."""
    dispatcher = CollectingDispatcher()
    token = vault.put("lookup", contact) if vault else None
    slots = {"lookup_reference": reference, "lookup_contact": token, "lookup_failures": failures}
    tracker = make_tracker("", slots=slots, active_loop=None)
    events = await CheckStatus().run(dispatcher, tracker, domain)
    return events, texts(dispatcher)


@pytest.mark.parametrize("contact", [EMAIL, "SAM.Example@Example.com", PHONE])
async def test_when_contact_matches_then_the_status_is_revealed(
    domain: dict[str, Any], reference: str, vault: ContactVault, contact: str
) -> None:
    events, messages = await check(domain, reference, contact, vault=vault)

    assert messages == [STATUS_TEXT["acknowledged"]]
    assert slot_changes(events) == CLEARED


async def test_when_status_has_moved_on_then_the_new_status_is_told(
    domain: dict[str, Any], store: ComplaintStore, reference: str, vault: ContactVault
) -> None:
    store.change_status(reference, "in_progress", "agent:test")

    _, messages = await check(domain, reference, EMAIL, vault=vault)

    assert messages == ["Your complaint is being investigated."]


async def test_when_reference_is_unknown_or_contact_wrong_then_the_answers_are_identical(
    domain: dict[str, Any], reference: str, vault: ContactVault
) -> None:
    wrong_contact_events, wrong_contact = await check(
        domain, reference, "jo.test@example.com", vault=vault
    )
    unknown_events, unknown_reference = await check(domain, "CMP-2026-999999", EMAIL, vault=vault)
    wrong_phone_events, wrong_phone = await check(domain, reference, "+447700900456", vault=vault)

    assert wrong_contact == unknown_reference == wrong_phone == [NO_MATCH]
    assert wrong_contact_events == unknown_events == wrong_phone_events
    assert slot_changes(unknown_events) == {**CLEARED, "lookup_failures": 1}


async def test_when_lookups_keep_failing_then_the_right_contact_is_refused_afterwards(
    domain: dict[str, Any], reference: str, vault: ContactVault
) -> None:
    failures = None
    for _ in range(MAX_FAILED_LOOKUPS):
        events, messages = await check(
            domain, reference, "jo.test@example.com", failures, vault=vault
        )
        assert messages == [NO_MATCH]
        failures = slot_changes(events)["lookup_failures"]

    events, messages = await check(domain, reference, EMAIL, failures, vault=vault)

    assert failures == 3
    assert messages == [TOO_MANY]
    assert STATUS_TEXT["acknowledged"] not in messages
    assert slot_changes(events) == CLEARED


async def test_when_fewer_lookups_failed_then_the_right_contact_still_gets_the_status(
    domain: dict[str, Any], reference: str, vault: ContactVault
) -> None:
    events, messages = await check(domain, reference, EMAIL, MAX_FAILED_LOOKUPS - 1, vault=vault)

    assert messages == [STATUS_TEXT["acknowledged"]]
    assert "lookup_failures" not in slot_changes(events)


async def test_when_the_store_fails_then_the_customer_is_told_and_no_attempt_is_counted(
    domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url_for(tmp_path / "missing" / "complaints.db"))

    events, messages = await check(domain, "CMP-2026-000001", EMAIL)

    assert messages == ["Sorry, I can't check complaints just now. Please try again shortly."]
    assert slot_changes(events) == CLEARED


async def test_when_customer_stops_the_lookup_then_the_form_ends_and_details_are_cleared(
    domain: dict[str, Any],
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(
        "stop",
        "cancel",
        slots={"lookup_reference": "CMP-2026-000001", "requested_slot": "lookup_contact"},
        active_loop="status_form",
    )

    events = await CancelStatusLookup().run(dispatcher, tracker, domain)

    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    assert slot_changes(events) == {**CLEARED, "requested_slot": None}
    assert texts(dispatcher) == ["OK, I've stopped. Is there anything else I can help with?"]


async def test_when_the_lookup_is_done_then_the_contact_given_is_deleted_from_the_vault(
    domain: dict[str, Any], reference: str, vault: ContactVault
) -> None:
    token = vault.put("lookup", EMAIL)
    tracker = make_tracker(
        "", slots={"lookup_reference": reference, "lookup_contact": token}, active_loop=None
    )

    await CheckStatus().run(CollectingDispatcher(), tracker, domain)

    assert vault.reveal(token) is None
