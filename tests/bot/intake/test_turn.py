"""One turn of the complaint form: what is kept, what the customer is told, what is asked next."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import pytest

from bot.fields import email, text
from bot.intake import validation
from bot.intake.context import IntakeContext
from bot.intake.turn import HUMAN_OFFER, next_slot_to_ask, process_turn
from tests.bot.intake.examples import STORY, complete_slots, said

LONG_COMPLAINT = (
    "Hello, I'd like to make a complaint about my broadband. It has dropped out every evening "
    "since 3 November and the engineer never turned up. I want a refund for the days without "
    "service. My name is Sam Example and you can reach me on 07700 900123."
)


def test_when_one_message_tells_everything_then_only_consent_is_left_to_ask(
    context: IntakeContext,
) -> None:
    result = process_turn(said(LONG_COMPLAINT, "complain"), {}, context)

    assert result.messages == []
    assert result.leaving is False
    assert result.updates["product"] == "Broadband"
    assert result.updates["incident_date"] == "2026-11-03"
    assert result.updates["desired_outcome"] == "a refund for the days without service"
    assert result.updates["customer_name"] == "Sam Example"
    assert result.updates["contact_phone"] == "+447700900123"
    assert result.updates["description"].startswith("my broadband. It has dropped out")
    assert result.next_slot == "consent"


@pytest.mark.parametrize(
    ("intent", "confidence"), [("cancel", 0.6), ("cancel", 0.99), ("request_human", 0.8)]
)
@pytest.mark.parametrize("requested", [None, "product", "consent", "complaint_confirmed"])
def test_when_customer_confidently_asks_to_leave_then_the_form_is_left_untouched(
    context: IntakeContext, intent: str, confidence: float, requested: str | None
) -> None:
    slots = complete_slots(requested_slot=requested)

    result = process_turn(said("cancel", intent, confidence), slots, context)

    assert result.leaving is True
    assert result.updates == {}
    assert result.messages == []


def test_when_model_is_unsure_the_customer_wants_to_cancel_then_the_form_carries_on(
    context: IntakeContext,
) -> None:
    slots = {"requested_slot": "description"}

    result = process_turn(said("cancel", "cancel", 0.59), slots, context)

    assert result.leaving is False
    assert result.messages == [text.DESCRIPTION_TOO_SHORT]
    assert result.next_slot == "description"


@pytest.mark.parametrize(("word", "intent"), [("cancel", "cancel"), ("agent", "request_human")])
def test_when_unsure_escape_word_answers_the_name_question_then_it_is_not_the_name(
    context: IntakeContext, word: str, intent: str
) -> None:
    result = process_turn(said(word, intent, 0.4), {"requested_slot": "customer_name"}, context)

    assert result.updates.get("customer_name") in (None, "")


@pytest.mark.parametrize(
    ("answer", "message"),
    [
        ("sam.example@example", email.DOMAIN_NEEDS_DOT),
        ("sam.example@", email.INCOMPLETE),
        ("sam..example@example.com", email.DOUBLE_DOT),
        ("sam@@example.com", email.TWO_AT_SIGNS),
    ],
)
def test_when_new_email_is_invalid_then_the_valid_one_is_kept_and_the_problem_named(
    context: IntakeContext, answer: str, message: str
) -> None:
    slots = {"requested_slot": "contact_email", "contact_email": "sam.example@example.com"}

    result = process_turn(said(answer), slots, context)

    assert result.updates["contact_email"] == "sam.example@example.com"
    assert result.messages == [message]


@pytest.mark.parametrize("previous", [None, "sam.example@example.com"])
def test_when_email_is_typed_with_a_space_then_its_tail_is_not_stored_as_the_address(
    context: IntakeContext, previous: str | None
) -> None:
    slots = {"requested_slot": "contact_email", "contact_email": previous}

    result = process_turn(said("jo test@example.com"), slots, context)

    assert result.updates["contact_email"] == previous
    assert result.messages == [email.SPACES]


def test_when_a_bad_correction_is_made_at_confirmation_then_the_old_value_stays(
    context: IntakeContext,
) -> None:
    result = process_turn(said("change my email to sam.example@"), complete_slots(), context)

    assert result.updates["contact_email"] == "sam.example@example.com"
    assert result.messages == [email.INCOMPLETE]
    assert "field_failures" not in result.updates
    assert result.next_slot == "complaint_confirmed"


@pytest.mark.parametrize(
    ("attempt", "offers_person"), [(1, False), (2, False), (3, True), (4, True)]
)
def test_when_a_field_keeps_failing_then_a_person_is_offered_from_the_last_attempt(
    context: IntakeContext, attempt: int, offers_person: bool
) -> None:
    slots: dict[str, Any] = {"requested_slot": "product"}
    result = None
    for _ in range(attempt):
        result = process_turn(said("xyzzy plugh"), slots, context)
        slots = {**slots, **result.updates}

    assert result is not None
    assert result.updates["field_failures"] == {"product": attempt}
    assert len(result.messages) == 1
    assert result.messages[0].startswith("I couldn't match that to one of our products")
    assert result.messages[0].endswith(HUMAN_OFFER) is offers_person
    assert ('"agent"' in result.messages[0]) is offers_person


def test_when_max_attempts_is_configured_lower_then_a_person_is_offered_sooner(
    context: IntakeContext,
) -> None:
    strict = replace(context, max_field_attempts=2)
    slots = {"requested_slot": "desired_outcome", "field_failures": {"desired_outcome": 1}}

    result = process_turn(said("dunno"), slots, strict)

    assert result.messages == [f"{text.OUTCOME_UNCLEAR} {HUMAN_OFFER}"]


def test_when_different_fields_fail_then_each_is_counted_on_its_own(
    context: IntakeContext,
) -> None:
    slots = {
        "requested_slot": "contact_email",
        "field_failures": {"product": 2, "description": 1},
    }

    result = process_turn(said("sam.example@example"), slots, context)

    assert result.updates["field_failures"] == {"product": 2, "description": 1, "contact_email": 1}
    assert result.messages == [email.DOMAIN_NEEDS_DOT]


def test_when_a_field_is_accepted_then_no_failure_is_recorded(context: IntakeContext) -> None:
    slots = {"requested_slot": "product", "field_failures": {"product": 2}}

    result = process_turn(said("broadband"), slots, context)

    assert result.updates == {"product": "Broadband"}
    assert result.messages == []


@pytest.mark.parametrize(
    ("missing", "asked"),
    [
        (
            (
                "description",
                "product",
                "incident_date",
                "desired_outcome",
                "customer_name",
                "contact_email",
                "consent",
                "complaint_confirmed",
            ),
            "description",
        ),
        (("product", "incident_date", "consent", "complaint_confirmed"), "product"),
        (("incident_date", "desired_outcome", "consent", "complaint_confirmed"), "incident_date"),
        (("desired_outcome", "customer_name", "complaint_confirmed"), "desired_outcome"),
        (("customer_name", "contact_email", "consent", "complaint_confirmed"), "customer_name"),
        (("contact_email", "consent", "complaint_confirmed"), "contact_email"),
        (("consent", "complaint_confirmed"), "consent"),
        (("complaint_confirmed",), "complaint_confirmed"),
        ((), None),
    ],
)
def test_when_fields_are_missing_then_they_are_asked_for_in_order(
    missing: tuple[str, ...], asked: str | None
) -> None:
    slots = complete_slots(**{"complaint_confirmed": True, **dict.fromkeys(missing)})

    assert next_slot_to_ask(slots) == asked


@pytest.mark.parametrize(
    ("contact", "asked"),
    [
        ({"contact_email": "sam.example@example.com", "contact_phone": None}, "consent"),
        ({"contact_email": None, "contact_phone": "+447700900123"}, "consent"),
        ({"contact_email": "", "contact_phone": "+447700900123"}, "consent"),
        ({"contact_email": None, "contact_phone": None}, "contact_email"),
        ({"contact_email": "", "contact_phone": ""}, "contact_email"),
    ],
)
def test_when_email_or_phone_is_known_then_contact_is_not_asked_again(
    contact: dict[str, str | None], asked: str
) -> None:
    slots = complete_slots(consent=None, **contact)

    assert next_slot_to_ask(slots) == asked


def test_when_phone_answers_the_email_question_then_consent_is_asked_next(
    context: IntakeContext,
) -> None:
    slots = complete_slots(contact_email=None, consent=None, requested_slot="contact_email")

    result = process_turn(said("it's 07700 900123"), slots, context)

    assert result.updates == {"contact_phone": "+447700900123"}
    assert result.messages == []
    assert result.next_slot == "consent"


@pytest.mark.parametrize(
    ("answer", "intent", "consent", "message"),
    [
        ("yes", "affirm", True, None),
        ("I agree", "inform", True, None),
        ("no", "deny", None, validation.CONSENT_REFUSED),
        ("no way", "inform", None, validation.CONSENT_REFUSED),
        ("maybe, why?", "inform", None, validation.YES_OR_NO),
    ],
)
def test_when_consent_is_answered_then_only_a_yes_is_accepted(
    context: IntakeContext, answer: str, intent: str, consent: bool | None, message: str | None
) -> None:
    slots = complete_slots(consent=None, requested_slot="consent")

    result = process_turn(said(answer, intent), slots, context)

    assert result.updates["consent"] is consent
    assert result.messages == ([message] if message else [])
    assert result.next_slot == ("complaint_confirmed" if consent else "consent")


def test_when_summary_is_confirmed_then_the_complaint_is_ready_to_submit(
    context: IntakeContext,
) -> None:
    result = process_turn(said("yes please", "affirm"), complete_slots(), context)

    assert result.updates == {"complaint_confirmed": True}
    assert result.messages == []
    assert result.next_slot is None


def test_when_summary_is_rejected_then_the_customer_is_asked_what_to_change(
    context: IntakeContext,
) -> None:
    result = process_turn(said("no", "deny"), complete_slots(), context)

    assert result.updates["complaint_confirmed"] is None
    assert result.messages == [validation.WHAT_TO_CHANGE]
    assert result.next_slot == "complaint_confirmed"


@pytest.mark.parametrize(
    ("correction", "slot", "value"),
    [
        ("change my email to jo.test@example.com", "contact_email", "jo.test@example.com"),
        ("No, my email should be Jo.Test@Example.com", "contact_email", "Jo.Test@example.com"),
        ("the date should be 14 November", "incident_date", "2026-11-14"),
        ("actually my phone number is 07700 900456", "contact_phone", "+447700900456"),
        ("change my name to Jo Test", "customer_name", "Jo Test"),
    ],
)
def test_when_a_field_is_corrected_at_confirmation_then_the_summary_is_asked_again(
    context: IntakeContext, correction: str, slot: str, value: str
) -> None:
    result = process_turn(said(correction, "inform"), complete_slots(), context)

    assert result.updates[slot] == value
    assert result.updates["complaint_confirmed"] is None
    assert result.messages == []
    assert result.next_slot == "complaint_confirmed"


@pytest.mark.parametrize(
    ("requested", "message", "slot", "value"),
    [
        ("desired_outcome", "sorry, the date should be 14 November", "incident_date", "2026-11-14"),
        ("desired_outcome", "my email is jo.test@example.com", "contact_email",
         "jo.test@example.com"),
        ("customer_name", "sorry, the date should be 14 November", "incident_date", "2026-11-14"),
        ("customer_name", "change the product to mobile phone contract", "product",
         "Mobile phone contract"),
    ],
)  # fmt: skip
def test_when_a_correction_is_made_while_another_question_is_open_then_it_is_not_the_answer(
    context: IntakeContext, requested: str, message: str, slot: str, value: str
) -> None:
    slots = {
        "requested_slot": requested,
        "description": STORY,
        "product": "Broadband",
        "incident_date": "2026-11-03",
        "desired_outcome": "A refund" if requested != "desired_outcome" else None,
    }

    result = process_turn(said(message), slots, context)

    assert result.updates[slot] == value
    assert result.updates.get(requested) is None
    assert result.messages == []
    assert result.next_slot == requested


def test_when_customer_accepts_the_offer_then_the_form_starts_from_their_remark(
    context: IntakeContext,
) -> None:
    remark = "Your train was forty minutes late yesterday and nobody told us why it was delayed"

    result = process_turn(said("yes", "affirm"), {}, context, activation_text=remark)

    assert result.updates == {
        "description": remark,
        "product": "Train ticket",
        "incident_date": "2026-11-22",
    }
    assert result.messages == []
    assert result.next_slot == "desired_outcome"


def test_when_a_field_fails_then_fields_already_collected_are_not_touched(
    context: IntakeContext,
) -> None:
    slots = complete_slots(desired_outcome=None, requested_slot="desired_outcome")

    result = process_turn(said("hmm"), slots, context)

    assert set(result.updates) == {"desired_outcome", "field_failures"}
    assert result.next_slot == "desired_outcome"
