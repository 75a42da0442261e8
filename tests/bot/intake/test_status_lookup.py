"""Status lookup turns: the reference and the contact detail that unlocks it."""

from __future__ import annotations

from typing import Any

import pytest

from bot.intake.status_lookup import (
    CONTACT_NEEDED,
    NO_MATCH,
    REFERENCE_NOT_FOUND,
    STATUS_TEXT,
    mentions_lookup_details,
    process_lookup_turn,
    status_answer,
)

YEAR = 2026


def lookup(text: str, **slots: Any):
    return process_lookup_turn(text, slots, "CMP", "GB", YEAR)


@pytest.mark.parametrize(
    "text",
    [
        "CMP-2026-000123",
        "cmp-2026-000123",
        "CMP 2026 000123",
        "cmp2026000123",
        "my reference is CMP-2026-000123, thanks",
    ],
)
def test_when_reference_is_given_in_any_spelling_then_it_is_normalised(text: str) -> None:
    turn = lookup(text, requested_slot="lookup_reference")

    assert turn.updates == {"lookup_reference": "CMP-2026-000123"}
    assert turn.messages == []
    assert turn.next_slot == "lookup_contact"


@pytest.mark.parametrize(
    ("text", "contact"),
    [
        ("sam.example@example.com", "sam.example@example.com"),
        ("it's Sam.Example@EXAMPLE.com", "Sam.Example@example.com"),
        ("07700 900123", "+447700900123"),
        ("my number is +44 7700 900123", "+447700900123"),
    ],
)
def test_when_contact_is_given_then_it_is_found_and_nothing_more_is_asked(
    text: str, contact: str
) -> None:
    turn = lookup(text, requested_slot="lookup_contact", lookup_reference="CMP-2026-000123")

    assert turn.updates == {"lookup_contact": contact}
    assert turn.messages == []
    assert turn.next_slot is None


def test_when_reference_and_contact_come_together_then_both_are_taken() -> None:
    turn = lookup("CMP-2026-000123, email sam.example@example.com", requested_slot=None)

    assert turn.updates == {
        "lookup_reference": "CMP-2026-000123",
        "lookup_contact": "sam.example@example.com",
    }
    assert turn.next_slot is None


@pytest.mark.parametrize("text", ["I've lost it", "CMP-26-123", "ABC-2026-000123"])
def test_when_reference_is_not_recognised_then_an_example_is_shown(text: str) -> None:
    turn = lookup(text, requested_slot="lookup_reference")

    assert turn.updates == {"lookup_reference": None}
    assert turn.messages == [REFERENCE_NOT_FOUND.format(example="CMP-2026-000123")]
    assert "CMP-2026-000123" in turn.messages[0]
    assert turn.next_slot == "lookup_reference"


def test_when_contact_is_not_given_then_the_customer_is_told_what_is_needed() -> None:
    turn = lookup(
        "I don't remember", requested_slot="lookup_contact", lookup_reference="CMP-2026-000123"
    )

    assert turn.updates == {"lookup_contact": None}
    assert turn.messages == [CONTACT_NEEDED]
    assert turn.next_slot == "lookup_contact"


def test_when_a_new_reference_is_given_at_the_contact_question_then_it_replaces_the_old() -> None:
    turn = lookup(
        "sorry, it's CMP-2026-000456",
        requested_slot="lookup_contact",
        lookup_reference="CMP-2026-000123",
    )

    assert turn.updates == {"lookup_reference": "CMP-2026-000456"}
    assert turn.messages == []
    assert turn.next_slot == "lookup_contact"


def test_when_reference_is_typed_with_spaces_then_its_digits_are_not_the_contact() -> None:
    turn = lookup("CMP 2030 123456", requested_slot="lookup_reference")

    assert turn.updates == {"lookup_reference": "CMP-2030-123456"}
    assert turn.next_slot == "lookup_contact"


@pytest.mark.parametrize(
    ("text", "mentions"),
    [
        ("stop, my reference is CMP-2026-000123", True),
        ("cancel, it was sam.example@example.com", True),
        ("agent please, 07700 900123", True),
        ("stop", False),
        ("I want to talk to a person", False),
    ],
)
def test_when_message_may_be_leaving_then_lookup_details_are_recognised(
    text: str, mentions: bool
) -> None:
    assert mentions_lookup_details(text, "CMP", "GB") is mentions


def test_when_nothing_matches_then_unknown_reference_and_wrong_contact_read_the_same() -> None:
    assert status_answer(None) == NO_MATCH
    assert "reference" in NO_MATCH and "contact details" in NO_MATCH


@pytest.mark.parametrize(
    ("status", "answer"),
    [
        ("received", STATUS_TEXT["received"]),
        (
            "acknowledged",
            "We have acknowledged your complaint and it is waiting to be investigated.",
        ),
        ("in_progress", "Your complaint is being investigated."),
        ("resolved", STATUS_TEXT["resolved"]),
        ("closed", "Your complaint is closed."),
        ("on_hold", "Your complaint's status is: on hold."),
    ],
)
def test_when_complaint_is_found_then_its_status_is_explained(status: str, answer: str) -> None:
    assert status_answer(status) == answer
