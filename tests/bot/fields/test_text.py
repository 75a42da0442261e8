"""Names, descriptions, desired outcomes and yes/no answers."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import bot
from bot.errors import InvalidField
from bot.fields import (
    Catalogue,
    check_description,
    check_desired_outcome,
    clean_name,
    find_desired_outcome,
    find_email,
    find_incident_date,
    find_name,
    find_phone,
    parse_consent,
)
from bot.fields import text as text_module


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Sam Example", "Sam Example"),
        ("sam example", "Sam Example"),
        ("SAM EXAMPLE", "Sam Example"),
        ("  Sam   Example  ", "Sam Example"),
        ("my name is Sam Example", "Sam Example"),
        ("My name's Jo Test.", "Jo Test"),
        ("It's Sam.", "Sam"),
        ("it is sam", "Sam"),
        ("I'm Alex Example!", "Alex Example"),
        ("i am kim sample", "Kim Sample"),
        ("this is Sam Example speaking", "Sam Example"),
        ("Sam here", "Sam"),
        ("hi, I'm Sam", "Sam"),
        ("call me Jo", "Jo"),
        ("o'brien", "O'Brien"),
        ("mary-jane example", "Mary-Jane Example"),
        ("J. R. Example", "J. R. Example"),
        ("Zoë Example", "Zoë Example"),
        ("McExample", "McExample"),
        ('"Sam Example"', "Sam Example"),
    ],
)
def test_when_name_is_given_then_it_is_cleaned(raw: str, expected: str) -> None:
    assert clean_name(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected_message"),
    [
        ("", text_module.NAME_EMPTY),
        ("   ", text_module.NAME_EMPTY),
        ("my name is", text_module.NAME_EMPTY),
        ("sam.example@example.com", text_module.NAME_IS_EMAIL),
        ("Sam Example 2", text_module.NAME_HAS_DIGITS),
        ("07700 900123", text_module.NAME_HAS_DIGITS),
        ("Q" * 81, text_module.NAME_TOO_LONG),
        ("S", text_module.NAME_INITIAL),
        ("S.", text_module.NAME_INITIAL),
        ("no", text_module.NAME_REFUSED),
        ("I'd rather not say", text_module.NAME_REFUSED),
        ("anonymous", text_module.NAME_REFUSED),
        ("<script>", text_module.NAME_CHARACTERS),
        ("Sam_Example", text_module.NAME_CHARACTERS),
        ("Sam; drop", text_module.NAME_CHARACTERS),
        ("I want to make a complaint about my broadband", text_module.NAME_SENTENCE),
    ],
)
def test_when_name_is_not_usable_then_message_says_why(raw: str, expected_message: str) -> None:
    with pytest.raises(InvalidField) as problem:
        clean_name(raw)
    assert str(problem.value) == expected_message
    if len(raw.strip()) > 2:
        assert raw.strip() not in str(problem.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hi, my name is Sam Example and I want to complain", "Sam Example"),
        ("my name is sam example, my email is sam@example.com", "Sam Example"),
        ("My name is Sam and my email is sam@example.com", "Sam"),
        ("Name's Jo.", "Jo"),
        ("Name: Alex Example", "Alex Example"),
        ("I'm Sam Example and I was charged twice", "Sam Example"),
        ("I am Sam.", "Sam"),
        ("Hello, this is Kim Sample speaking.", "Kim Sample"),
        ("I'm really fed up.\n\nRegards,\nSam Example", "Sam Example"),
        ("Please sort this out.\nThanks,\nJo Test", "Jo Test"),
        ("Nobody called back. Kind regards Sam Example", "Sam Example"),
        ("Fix it.\nBest wishes,\nSam", "Sam"),
        ("Cheers, Alex Example", "Alex Example"),
        ("Yours sincerely,\nSam Example\n07700 900123\nsam@example.com", "Sam Example"),
    ],
)
def test_when_customer_states_their_name_then_it_is_found(text: str, expected: str) -> None:
    assert find_name(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I am angry about my bill",
        "I am Disappointed with the service",
        "I'm writing to complain about my broadband",
        "I'm Very Angry",
        "Hello, I am a customer of yours",
        "Thanks for nothing",
        "Thanks Sam",  # may be thanking an agent
        "thanks, bye",
        "I waited and waited. Regards",
        "This is ridiculous",
        "My son Sam Example set up the account",
        "Sam Example",  # a bare answer is for clean_name, not a cue in free text
        "My name is spelled wrong on the letter",
        "My name is on the account",
        "",
    ],
)
def test_when_no_explicit_name_cue_then_no_name_is_found(text: str) -> None:
    assert find_name(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (
            "My broadband has been dropping out every evening and the engineer never turned up",
            "My broadband has been dropping out every evening and the engineer never turned up",
        ),
        (
            "  The parcel   arrived damaged\n\n\n\nand nobody will replace it for me, sadly.  ",
            "The parcel arrived damaged\n\nand nobody will replace it for me, sadly.",
        ),
    ],
)
def test_when_description_is_long_enough_then_it_is_tidied_and_kept(
    raw: str, expected: str
) -> None:
    assert check_description(raw) == expected


@pytest.mark.parametrize(
    ("raw", "min_words"),
    [
        ("", 8),
        ("it broke", 8),
        ("my broadband is not working", 8),
        ("1 2 3 4 5 6 7 8 9 10", 8),
        ("!!!! ???? .... ----", 1),
        ("The parcel never arrived at all", 10),
    ],
)
def test_when_description_is_too_short_then_customer_is_asked_for_more(
    raw: str, min_words: int
) -> None:
    with pytest.raises(InvalidField) as problem:
        check_description(raw, min_words=min_words)
    assert str(problem.value) == "Could you tell me a bit more — what happened, and when?"


def test_when_min_words_is_lowered_then_a_short_story_is_accepted() -> None:
    assert check_description("my broadband is not working", min_words=4)


def test_when_description_is_too_long_then_customer_is_asked_to_shorten_it() -> None:
    with pytest.raises(InvalidField, match="shorten"):
        check_description("word " * 2000)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yes", True),
        ("Yes!", True),
        ("y", True),
        ("yeah sure", True),
        ("Yep.", True),
        ("ok", True),
        ("Okay", True),
        ("I agree", True),
        ("Yes I consent to that", True),
        ("of course", True),
        ("go ahead", True),
        ("that's fine", True),
        ("that’s fine", True),
        ("no problem", True),
        ("I don't mind", True),
        ("yes please", True),
        ("👍", True),
        ("yes, but change my email", True),
        ("no", False),
        ("No.", False),
        ("n", False),
        ("nope", False),
        ("nah", False),
        ("No thanks", False),
        ("I don't agree", False),
        ("I do not consent", False),
        ("not really", False),
        ("no, wait", False),
        ("I'd rather not", False),
        ("maybe", None),
        ("not sure", None),
        ("what?", None),
        ("why do you need it", None),
        ("hmm", None),
        ("", None),
        ("my broadband is broken", None),
    ],
)
def test_when_customer_answers_yes_or_no_then_it_is_understood(
    text: str, expected: bool | None
) -> None:
    assert parse_consent(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("My router broke. I want a full refund and an apology.", "a full refund and an apology"),
        ("I want the fees refunded.", "the fees refunded"),
        ("I want the charge removed.", "the charge removed"),
        ("Please correct the bill.", "correct the bill"),
        ("Please find attached my bill. Please refund the overcharge.", "refund the overcharge"),
        ("I would like to cancel my contract because it is useless", "cancel my contract"),
        ("I'd like my money back please", "my money back"),
        ("I’d like a replacement", "a replacement"),
        ("I don't want an apology, I want a replacement.", "a replacement"),
        ("I expect compensation for the days without service", "compensation for the days "
         "without service"),
        ("Can you please send an engineer to fix it?", "an engineer to fix it"),
        ("What I'd like is a refund", "a refund"),
        ("I am asking for an explanation of the charges", "an explanation of the charges"),
        ("I want to know why I was charged twice", "know why I was charged twice"),
        ("I'd appreciate a credit on my account", "a credit on my account"),
    ],
)  # fmt: skip
def test_when_customer_says_what_they_want_then_the_outcome_is_found(
    text: str, expected: str
) -> None:
    assert find_desired_outcome(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I want to make a complaint about my broadband",
        "I want to complain that my refund never arrived",
        "I was promised a refund but it never came",
        "I wanted a refund but got nothing",
        "I needed a fix weeks ago",
        "Please help",
        "I like the product.",
        "I need to speak to someone",
        "Please find attached the bill I was sent",
        "The engineer never turned up",
        "",
    ],
)
def test_when_no_outcome_is_asked_for_then_none_is_found(text: str) -> None:
    assert find_desired_outcome(text) is None


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("a refund", "a refund"),
        ("refund", "refund"),
        ("  a replacement   please ", "a replacement please"),
        ("a refund for the days without service", "a refund for the days without service"),
        ("£50 compensation", "£50 compensation"),
        ("nothing, I just want it on record", "nothing, I just want it on record"),
    ],
)
def test_when_outcome_says_something_then_it_is_accepted(raw: str, expected: str) -> None:
    assert check_desired_outcome(raw) == expected


@pytest.mark.parametrize(
    "raw", ["?", "??", "idk", "IDK", "dunno", "I don't know", "not sure", "a", "", "£50", "ok"]
)
def test_when_outcome_is_unclear_then_message_gives_examples(raw: str) -> None:
    with pytest.raises(InvalidField) as problem:
        check_desired_outcome(raw)
    message = str(problem.value)
    assert "a refund" in message and "an apology" in message


def test_when_outcome_is_too_long_then_customer_is_asked_to_sum_it_up() -> None:
    with pytest.raises(InvalidField, match="sum up"):
        check_desired_outcome("a refund " * 100)


# One long message, every finder in the package: what extraction sees on the first turn.
PARAGRAPHS = [
    (
        "Hi, my name is Sam Example. On 3 March my broadband stopped working and the engineer "
        "never turned up, although I've been a customer for 10 years and pay £30 a month "
        "(ref CMP-2026-000123). I want a full refund and an apology. You can call me on "
        "07700 900123 or email sam.example@example.com.",
        {
            "name": "Sam Example",
            "email": "sam.example@example.com",
            "phone": "+447700900123",
            "date": date(2026, 3, 3),
            "product": "Broadband",
            "outcome": "a full refund and an apology",
        },
    ),
    (
        "I am writing to complain about my credit card. Last Tuesday I was charged a late fee "
        "twice even though I paid on time, and nobody has answered my 4 messages since. "
        "I would like the fees refunded and an explanation.\n\n"
        "Kind regards,\nJo Test\n07700 900124\njo.test@example.com",
        {
            "name": "Jo Test",
            "email": "jo.test@example.com",
            "phone": "+447700900124",
            "date": date(2026, 11, 17),
            "product": "Credit card",
            "outcome": "the fees refunded and an explanation",
        },
    ),
    (
        "I'm Alex Example and my parcel was left in the rain by the courier two weeks ago. "
        "Everything inside was ruined. Please replace the items or give me my money back. "
        "Ring me on +44 7700 900125 - alex.example@example.com",
        {
            "name": "Alex Example",
            "email": "alex.example@example.com",
            "phone": "+447700900125",
            "date": date(2026, 11, 9),
            "product": "Parcel delivery",
            "outcome": "replace the items or give me my money back",
        },
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARAGRAPHS)
def test_when_a_long_complaint_holds_every_field_then_each_finder_finds_its_own(
    text: str, expected: dict[str, object]
) -> None:
    catalogue = Catalogue.from_yaml(Path(bot.__file__).parent / "defaults" / "products.yml")
    product = catalogue.find_in(text)
    assert find_name(text) == expected["name"]
    assert find_email(text) == expected["email"]
    assert find_phone(text, "GB") == expected["phone"]
    assert find_incident_date(text, date(2026, 11, 23)) == expected["date"]
    assert product is not None and product.label == expected["product"]
    assert find_desired_outcome(text) == expected["outcome"]
