"""The summary the customer checks before submitting: every field, readable, not too long."""

from __future__ import annotations

import pytest

from bot.intake.summary import MAX_SHOWN_CHARS, confirmation_summary
from tests.bot.intake.examples import STORY, complete_slots


def test_when_every_field_is_collected_then_each_is_shown_with_its_label() -> None:
    slots = complete_slots(contact_phone="+447700900123")

    lines = confirmation_summary(slots).splitlines()

    assert lines[0] == "Here is your complaint as I have it:"
    assert lines[1:8] == [
        "- Name: Sam Example",
        "- Email: sam.example@example.com",
        "- Phone: +447700900123",
        "- Product or service: Broadband",
        "- When it happened: 03 November 2026",
        f"- What happened: {STORY}",
        "- What you would like us to do: A refund for the days without service",
    ]
    assert lines[8].startswith("Shall I submit it? Reply yes to submit")
    assert "cancel" in lines[8]


@pytest.mark.parametrize(
    ("missing", "label"), [("contact_phone", "Phone"), ("contact_email", "Email")]
)
@pytest.mark.parametrize("empty", [None, ""])
def test_when_a_contact_detail_was_not_given_then_it_has_no_line(
    missing: str, label: str, empty: str | None
) -> None:
    slots = complete_slots(**{"contact_phone": "+447700900123", missing: empty})

    summary = confirmation_summary(slots)

    assert f"- {label}:" not in summary
    assert "- Name: Sam Example" in summary


def test_when_description_is_long_then_it_is_cut_short_with_an_ellipsis() -> None:
    description = "The engineer never came. " * 40

    summary = confirmation_summary(complete_slots(description=description))

    shown = next(line for line in summary.splitlines() if line.startswith("- What happened: "))
    text = shown.removeprefix("- What happened: ")
    assert len(text) == MAX_SHOWN_CHARS
    assert text.endswith("…")
    assert description.startswith(text[:-1])


def test_when_description_fits_exactly_then_it_is_shown_whole() -> None:
    description = "x" * MAX_SHOWN_CHARS

    summary = confirmation_summary(complete_slots(description=description))

    assert f"- What happened: {description}\n" in summary
    assert "…" not in summary
