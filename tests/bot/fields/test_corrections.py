"""Corrections at any point in the form: which field, and the new raw value."""

from __future__ import annotations

import pytest

from bot.fields import parse_correction


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("change my email to kim.new@example.com", ("contact_email", "kim.new@example.com")),
        ("Change my email to kim.new@example.com.", ("contact_email", "kim.new@example.com")),
        ("change my e-mail address to a@example.com", ("contact_email", "a@example.com")),
        ("replace my email with sam2@example.com", ("contact_email", "sam2@example.com")),
        ("update my mail address to sam@example.com", ("contact_email", "sam@example.com")),
        ("wrong email, it's sam@example.com", ("contact_email", "sam@example.com")),
        ("my email is wrong, it should be sam@example.com", ("contact_email", "sam@example.com")),
        ("sorry, my email should be sam@example.com", ("contact_email", "sam@example.com")),
        ("actually my phone number is 07700 900124", ("contact_phone", "07700 900124")),
        ("Wrong number - it's 07700 900125", ("contact_phone", "07700 900125")),
        ("could you please change my mobile to 07700 900126 thanks",
         ("contact_phone", "07700 900126")),
        ("I would like to change my number to 07700 900127", ("contact_phone", "07700 900127")),
        ("the date should be last Monday", ("incident_date", "last Monday")),
        ("The date is wrong, it should be 3 March", ("incident_date", "3 March")),
        ("change the date to yesterday", ("incident_date", "yesterday")),
        ("when should be yesterday", ("incident_date", "yesterday")),
        ("Actually it happened last Tuesday", ("incident_date", "last Tuesday")),
        ("set product to broadband", ("product", "broadband")),
        ("no, change the product to credit card", ("product", "credit card")),
        ("the service should be Broadband", ("product", "Broadband")),
        ("change the description to The engineer never came and I lost a day's pay",
         ("description", "The engineer never came and I lost a day's pay")),
        ("update the details to the router was faulty from day one",
         ("description", "the router was faulty from day one")),
        ("change my story to say the engineer was rude",
         ("description", "the engineer was rude")),
        ("my name is actually Sam Example", ("customer_name", "Sam Example")),
        ("actually, my name is Jo Test", ("customer_name", "Jo Test")),
        ("my name should be spelled Sam Example", ("customer_name", "Sam Example")),
        ("change my name to Kim Sample", ("customer_name", "Kim Sample")),
        ("update the outcome to a full refund", ("desired_outcome", "a full refund")),
        ("The resolution should be a replacement", ("desired_outcome", "a replacement")),
        ("change what I want to an apology", ("desired_outcome", "an apology")),
    ],
)  # fmt: skip
def test_when_customer_corrects_a_field_then_slot_and_value_are_returned(
    text: str, expected: tuple[str, str]
) -> None:
    assert parse_correction(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my email is sam@example.com",
        "My name is Sam Example",
        "I want to complain about my broadband",
        "change my phone to a new model",
        "I want to change my broadband provider to someone else",
        "wrong email",
        "yes",
        "no",
        "the engineer should be sacked",
        "I changed my mind",
        "It happened because of the storm",
        "",
    ],
)
def test_when_message_is_not_a_correction_then_none_is_returned(text: str) -> None:
    assert parse_correction(text) is None
