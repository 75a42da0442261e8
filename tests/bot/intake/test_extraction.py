"""What one customer message fills in: every field it mentions, or nothing when they leave."""

from __future__ import annotations

import pytest

from bot.intake.context import IntakeContext
from bot.intake.extraction import extract_candidates, story_text
from tests.bot.intake.examples import complete_slots, said

LONG_COMPLAINT = (
    "I want to make a complaint about my broadband. It has dropped out every evening since "
    "3 November and the engineer never turned up. I want a refund for the days without "
    "service. My name is Sam Example and my email is Sam.Example@EXAMPLE.com"
)


def test_when_one_long_message_tells_everything_then_every_field_is_a_candidate(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(said(LONG_COMPLAINT, "complain"), None, {}, context)

    assert candidates["product"] == "Broadband"
    assert candidates["incident_date"] == "2026-11-03"
    assert candidates["desired_outcome"] == "a refund for the days without service"
    assert candidates["customer_name"] == "Sam Example"
    assert candidates["contact_email"] == "Sam.Example@example.com"
    assert candidates["description"].startswith("my broadband. It has dropped out every evening")
    assert "make a complaint" not in candidates["description"]
    assert "contact_phone" not in candidates


@pytest.mark.parametrize(
    ("text", "story"),
    [
        (
            "I want to make a complaint about my broadband dropping out",
            "my broadband dropping out",
        ),
        (
            "Hi, I'd like to make a formal complaint regarding my credit card statement",
            "my credit card statement",
        ),
        (
            "Dear Sir or Madam, I am writing to complain about the hotel room",
            "the hotel room",
        ),
        (
            "Hello, I want to complain: the courier left my parcel in the rain",
            "the courier left my parcel in the rain",
        ),
        ("Complaint about my mortgage application", "my mortgage application"),
        ("My broadband keeps dropping out", "My broadband keeps dropping out"),
    ],
)
def test_when_story_starts_with_a_complaint_preamble_then_only_the_story_is_kept(
    text: str, story: str
) -> None:
    assert story_text(text) == story


@pytest.mark.parametrize(
    "text",
    [
        "Complaints about my broadband have gone nowhere and nobody ever calls me back",
        "Complained twice already about my broadband dropping out every single evening",
    ],
)
def test_when_story_starts_with_a_longer_complain_word_then_no_word_fragment_is_left(
    text: str,
) -> None:
    words = set(text.lower().split())

    fragments = [word for word in story_text(text).lower().split() if word not in words]

    assert fragments == []


def test_when_first_message_is_only_a_preamble_then_it_is_not_taken_as_the_description(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(
        said("I want to make a complaint about my broadband", "complain"), None, {}, context
    )

    assert candidates == {"product": "Broadband"}


@pytest.mark.parametrize(
    ("requested", "answer", "expected"),
    [
        ("customer_name", "  Sam Example ", "Sam Example"),
        ("product", "the telly thing", "the telly thing"),
        ("incident_date", "the third", "the third"),
        ("desired_outcome", "an apology", "an apology"),
        ("description", "It broke.", "It broke."),
        ("contact_email", "sam.example at example dot com", "sam.example at example dot com"),
        ("consent", "maybe", "maybe"),
    ],
)
def test_when_a_field_was_asked_for_then_the_whole_answer_is_its_candidate(
    context: IntakeContext, requested: str, answer: str, expected: str
) -> None:
    candidates = extract_candidates(said(answer), requested, {}, context)

    assert candidates == {requested: expected}


def test_when_phone_is_given_to_the_email_question_then_it_answers_the_contact_question(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(said("07700 900123"), "contact_email", {}, context)

    assert candidates == {"contact_phone": "+447700900123"}


@pytest.mark.parametrize(
    ("text", "intent", "expected"),
    [
        ("yes", "affirm", True),
        ("yeah go ahead", "inform", True),
        ("submit", None, True),
        ("no", "deny", False),
        ("nope", None, False),
        ("hmm", "affirm", True),
        ("hmm", "deny", False),
    ],
)
def test_when_confirmation_is_answered_then_yes_or_no_is_the_candidate(
    context: IntakeContext, text: str, intent: str | None, expected: bool
) -> None:
    candidates = extract_candidates(
        said(text, intent), "complaint_confirmed", complete_slots(), context
    )

    assert candidates == {"complaint_confirmed": expected}


def test_when_a_correction_is_made_at_confirmation_then_it_is_not_read_as_a_yes_or_no(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(
        said("no, change my email to jo.test@example.com", "deny"),
        "complaint_confirmed",
        complete_slots(),
        context,
    )

    assert candidates == {"contact_email": "jo.test@example.com"}


@pytest.mark.parametrize("intent", ["cancel", "request_human"])
@pytest.mark.parametrize("confidence", [0.6, 0.97])
@pytest.mark.parametrize("requested", [None, "customer_name", "complaint_confirmed"])
def test_when_customer_confidently_asks_to_leave_then_nothing_is_extracted(
    context: IntakeContext, intent: str, confidence: float, requested: str | None
) -> None:
    message = said("stop, I want to speak to someone about my broadband", intent, confidence)

    assert extract_candidates(message, requested, {}, context) == {}


def test_when_model_is_unsure_about_cancel_then_the_text_answers_the_question(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(said("cancel", "cancel", 0.59), "description", {}, context)

    assert candidates == {"description": "cancel"}


def test_when_leaving_message_carries_contact_details_then_they_are_still_taken(
    context: IntakeContext,
) -> None:
    message = said("cancel that, email me at sam.example@example.com", "cancel", 0.9)

    candidates = extract_candidates(message, "contact_email", {}, context)

    assert candidates == {"contact_email": "sam.example@example.com"}


def test_when_customer_accepts_the_offer_then_their_earlier_remark_is_read(
    context: IntakeContext,
) -> None:
    remark = "Your train was forty minutes late yesterday and nobody told us why it was delayed"

    candidates = extract_candidates(
        said("yes", "affirm"), None, {}, context, activation_text=remark
    )

    assert candidates == {
        "description": remark,
        "product": "Train ticket",
        "incident_date": "2026-11-22",
    }


def test_when_form_is_already_running_then_the_earlier_remark_is_ignored(
    context: IntakeContext,
) -> None:
    remark = "Your train was forty minutes late yesterday and nobody told us why it was delayed"

    candidates = extract_candidates(
        said("Sam Example"), "customer_name", {}, context, activation_text=remark
    )

    assert candidates == {"customer_name": "Sam Example"}


def test_when_a_field_is_already_filled_then_a_passing_mention_does_not_replace_it(
    context: IntakeContext,
) -> None:
    filled = {"product": "Broadband", "incident_date": "2026-11-03"}
    message = said("They also charged my credit card twice on 14 November for nothing at all")

    candidates = extract_candidates(message, "desired_outcome", filled, context)

    assert "product" not in candidates
    assert "incident_date" not in candidates


def test_when_a_filled_field_is_explicitly_corrected_then_the_correction_is_a_candidate(
    context: IntakeContext,
) -> None:
    candidates = extract_candidates(
        said("the date should be 14 November"), "complaint_confirmed", complete_slots(), context
    )

    assert candidates == {"incident_date": "14 November"}
