"""action_submit_complaint: a confirmed complaint is stored and the customer gets a reference."""

from __future__ import annotations

import re
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.form_slots import INTAKE_SLOTS
from actions.submit_complaint import SAVE_FAILED, SubmitComplaint
from bot.store.engine import sqlite_url_for
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from tests.actions.stored import utc_today
from tests.actions.trackers import SENDER_ID, make_tracker, slot_changes, texts

REFERENCE = re.compile(r"\bCMP-(\d{4})-(\d{6})\b")
CONFIRMED: dict[str, Any] = {
    "description": "The connection drops every evening and the engineer never turned up.",
    "product": "Broadband",
    "incident_date": "2026-11-03",
    "desired_outcome": "A refund for the days without service",
    "customer_name": "Sam Example",
    "contact_email": "sam.example@example.com",
    "contact_phone": None,
    "consent": True,
    "complaint_confirmed": True,
    "field_failures": {"contact_email": 1},
}


def in_vault(vault: ContactVault, slots: dict[str, Any]) -> dict[str, Any]:
    """The slots as the form leaves them: contact values replaced by vault tokens."""
    kinds = {"customer_name": "name", "contact_email": "email", "contact_phone": "phone"}
    return {
        slot: vault.put(kinds[slot], value) if slot in kinds and value else value
        for slot, value in slots.items()
    }


async def submit(
    domain: dict[str, Any], vault: ContactVault | None = None, **slots: Any
) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    values = {**CONFIRMED, **slots}
    values = in_vault(vault, values) if vault else values
    tracker = make_tracker("yes", "affirm", slots=values, channel="socketio")
    events = await SubmitComplaint().run(dispatcher, tracker, domain)
    return events, texts(dispatcher)


async def test_when_complaint_is_submitted_then_the_customer_gets_reference_and_deadline(
    domain: dict[str, Any], store: ComplaintStore, vault: ContactVault
) -> None:
    _, messages = await submit(domain, vault)

    assert len(messages) == 1
    found = REFERENCE.search(messages[0])
    assert found is not None
    assert found.group(1) == str(utc_today().year)
    assert messages[0].startswith("Thank you, Sam. I've logged your complaint.")
    assert "8 weeks" in messages[0]
    assert f"{utc_today() + timedelta(days=56):%d %B %Y}" in messages[0]
    assert "Financial Ombudsman Service" in messages[0]


async def test_when_complaint_is_submitted_then_the_form_is_cleared_and_reference_kept(
    domain: dict[str, Any], store: ComplaintStore, vault: ContactVault
) -> None:
    events, messages = await submit(domain, vault)

    changes = slot_changes(events)
    reference = REFERENCE.search(messages[0])
    assert reference is not None
    assert changes["complaint_reference"] == reference.group(0)
    assert {slot: changes[slot] for slot in (*INTAKE_SLOTS, "requested_slot")} == dict.fromkeys(
        (*INTAKE_SLOTS, "requested_slot")
    )


@pytest.mark.parametrize(
    ("contact", "stored_email", "stored_phone"),
    [
        ({}, "sam.example@example.com", None),
        ({"contact_email": None, "contact_phone": "+447700900123"}, None, "+447700900123"),
    ],
)
async def test_when_complaint_is_submitted_then_every_field_is_stored(
    domain: dict[str, Any],
    store: ComplaintStore,
    vault: ContactVault,
    contact: dict[str, Any],
    stored_email: str | None,
    stored_phone: str | None,
) -> None:
    events, _ = await submit(domain, vault, **contact)

    record = store.get_complaint(slot_changes(events)["complaint_reference"])
    assert record is not None
    assert record.status == "acknowledged"
    assert vault.reveal(record.customer_name_token) == "Sam Example"
    assert vault.reveal(record.contact_email_token) == stored_email
    assert vault.reveal(record.contact_phone_token) == stored_phone
    assert record.product == "Broadband"
    assert record.description == CONFIRMED["description"]
    assert record.incident_date == date(2026, 11, 3)
    assert record.desired_outcome == "A refund for the days without service"
    assert record.consent is True
    assert record.channel == "socketio"
    assert record.conversation_id == SENDER_ID
    assert record.language == "en"
    assert record.policy_key == "fca_disp"
    assert record.final_response_due == utc_today() + timedelta(days=56)


async def test_when_two_complaints_are_submitted_then_they_get_different_references(
    domain: dict[str, Any], store: ComplaintStore, vault: ContactVault
) -> None:
    first, _ = await submit(domain, vault)
    second, _ = await submit(domain, vault, customer_name="Jo Test")

    references = [slot_changes(events)["complaint_reference"] for events in (first, second)]
    assert references[0] != references[1]
    assert [reference[-6:] for reference in references] == ["000001", "000002"]


@pytest.mark.parametrize("problem", ["missing folder", "not migrated"])
async def test_when_the_store_fails_then_the_customer_is_told_and_nothing_is_lost(
    domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path, problem: str
) -> None:
    folder = tmp_path / "missing" if problem == "missing folder" else tmp_path
    monkeypatch.setenv("DATABASE_URL", sqlite_url_for(folder / "complaints.db"))

    events, messages = await submit(domain)

    assert messages == [SAVE_FAILED]
    assert "Nothing you told me is lost" in messages[0]
    assert not any(REFERENCE.search(message) for message in messages)
    assert events == [
        {"event": "slot", "timestamp": None, "name": "complaint_confirmed", "value": None},
        {"event": "followup", "timestamp": None, "name": "complaint_form"},
    ]


async def test_when_the_story_holds_personal_data_then_the_stored_description_is_redacted(
    domain: dict[str, Any], store: ComplaintStore, vault: ContactVault
) -> None:
    story = "The engineer never came. Write to me at sam.example@example.com or 07700 900123."

    events, _ = await submit(domain, vault, description=story)

    record = store.get_complaint(slot_changes(events)["complaint_reference"])
    assert record is not None
    assert record.description == (
        "The engineer never came. Write to me at <EMAIL_ADDRESS> or <PHONE_NUMBER>."
    )


async def test_when_a_required_field_is_missing_at_submit_then_nothing_is_stored(
    domain: dict[str, Any], store: ComplaintStore, vault: ContactVault
) -> None:
    events, messages = await submit(domain, vault, incident_date=None)

    assert messages == [SAVE_FAILED]
    assert slot_changes(events) == {"complaint_confirmed": None}
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == 0
