"""Which candidate values are accepted, how they are stored, and what a rejection says."""

from __future__ import annotations

from typing import Any

import pytest

from bot.errors import InvalidField
from bot.fields import dates, email, phone, text
from bot.intake import validation
from bot.intake.context import IntakeContext
from bot.intake.validation import validate_field
from tests.bot.intake.examples import STORY


@pytest.mark.parametrize(
    ("slot", "raw", "stored"),
    [
        ("product", "brodband", "Broadband"),
        ("product", "it's about my credt card", "Credit card"),
        ("product", "Mortgages please", "Mortgage"),
        ("customer_name", "sam example", "Sam Example"),
        ("customer_name", "my name is Jo Test", "Jo Test"),
        ("contact_email", "my email is Sam.Example@EXAMPLE.com", "Sam.Example@example.com"),
        ("contact_phone", "07700 900123", "+447700900123"),
        ("contact_phone", "+44 7700 900456", "+447700900456"),
        ("incident_date", "3 November", "2026-11-03"),
        ("incident_date", "yesterday", "2026-11-22"),
        ("incident_date", "last Tuesday", "2026-11-17"),
        ("incident_date", "03/11/2026", "2026-11-03"),
        ("description", f"  {STORY}  ", STORY),
        ("desired_outcome", "a full refund  and an apology", "a full refund and an apology"),
        ("consent", True, True),
        ("complaint_confirmed", True, True),
    ],
)
def test_when_value_is_acceptable_then_it_is_stored_in_its_canonical_form(
    context: IntakeContext, slot: str, raw: Any, stored: Any
) -> None:
    assert validate_field(slot, raw, context) == stored


@pytest.mark.parametrize(
    ("slot", "raw", "message"),
    [
        ("product", "xyzzy plugh", "I couldn't match that to one of our products or services."),
        (
            "product",
            "insurance",
            "I couldn't match that to one of our products or services. "
            "Did you mean Car insurance or Home insurance?",
        ),
        (
            "product",
            "phone",
            "I couldn't match that to one of our products or services. "
            "Did you mean Mobile phone contract or Landline?",
        ),
        ("customer_name", "no", text.NAME_REFUSED),
        ("customer_name", "sam.example@example.com", text.NAME_IS_EMAIL),
        ("contact_email", "sam.example@example", email.DOMAIN_NEEDS_DOT),
        ("contact_email", "sam.example@", email.INCOMPLETE),
        ("contact_phone", "07700", phone.TOO_SHORT.format(example=", like 07700 900123")),
        ("incident_date", "next Tuesday", dates.FUTURE),
        ("incident_date", "31 February", dates.NO_SUCH_DAY),
        ("incident_date", "the 3", dates.NEEDS_MONTH),
        ("description", "It broke.", text.DESCRIPTION_TOO_SHORT),
        ("desired_outcome", "dunno", text.OUTCOME_UNCLEAR),
        ("consent", False, validation.CONSENT_REFUSED),
        ("consent", "maybe later", validation.YES_OR_NO),
        ("complaint_confirmed", False, validation.WHAT_TO_CHANGE),
        ("complaint_confirmed", "hmm", validation.YES_OR_NO),
    ],
)
def test_when_value_is_not_acceptable_then_the_message_says_what_to_do(
    context: IntakeContext, slot: str, raw: Any, message: str
) -> None:
    with pytest.raises(InvalidField) as problem:
        validate_field(slot, raw, context)

    assert str(problem.value) == message


def test_when_a_rejected_value_is_shown_then_the_customer_text_is_not_repeated(
    context: IntakeContext,
) -> None:
    with pytest.raises(InvalidField) as problem:
        validate_field("contact_email", "sam.secret-name@example", context)

    assert "secret" not in str(problem.value)


def test_when_the_field_is_unknown_then_it_is_a_programming_error(
    context: IntakeContext,
) -> None:
    with pytest.raises(KeyError):
        validate_field("favourite_colour", "blue", context)
