"""Phone numbers: E.164 out, specific re-prompts, fictional test ranges accepted."""

from __future__ import annotations

import re

import pytest

from bot.errors import InvalidField
from bot.fields import find_phone, normalise_phone


@pytest.mark.parametrize(
    ("raw", "region", "expected"),
    [
        ("07700 900123", "GB", "+447700900123"),
        ("+44 7700 900123", "GB", "+447700900123"),
        ("(202) 555-0143", "US", "+12025550143"),
        ("+1 202 555 0143", "US", "+12025550143"),
        ("+1 202 555 0143", "GB", "+12025550143"),
        ("+44 7700 900123", "US", "+447700900123"),
        ("07700900123", "GB", "+447700900123"),
        ("07700-900-123", "GB", "+447700900123"),
        ("0044 7700 900123", "GB", "+447700900123"),
        ("+44 (0)7700 900123", "GB", "+447700900123"),
        ("my mobile number is 07700 900124.", "GB", "+447700900124"),
        ("it's 07700 900125 thanks", "GB", "+447700900125"),
        ("tel: 020 7946 0958", "GB", "+442079460958"),
        ("0113 496 0123", "GB", "+441134960123"),
        ("202.555.0143", "US", "+12025550143"),
        ("1-202-555-0199", "US", "+12025550199"),
        ("202-555-0100", "us", "+12025550100"),
    ],
)
def test_when_number_is_acceptable_then_it_is_returned_in_e164(
    raw: str, region: str, expected: str
) -> None:
    assert normalise_phone(raw, region) == expected


@pytest.mark.parametrize(
    ("raw", "region", "expected_fragment"),
    [
        ("12345", "GB", "too short"),
        ("0771", "GB", "too short"),
        ("555-0187", "US", "too short"),
        ("+44 1234", "US", "too short"),
        ("077009001234567", "GB", "too many digits"),
        ("07700 9001234", "GB", "too many digits"),
        ("1234567890123456789", "GB", "too many digits"),
        ("202-555-0143", "GB", "isn't a valid UK phone number"),
        ("0800 123", "GB", "isn't a valid UK phone number"),
        ("+999 123456", "GB", "country code"),
        ("call me", "GB", "doesn't look like a phone number"),
        ("", "GB", "doesn't look like a phone number"),
        ("07700 abc 123", "GB", "digits only"),
        ("07700 900123 or sam@example.com", "GB", "digits only"),
    ],
)
def test_when_number_is_wrong_then_message_says_why_without_repeating_it(
    raw: str, region: str, expected_fragment: str
) -> None:
    with pytest.raises(InvalidField) as problem:
        normalise_phone(raw, region)
    message = str(problem.value)
    assert expected_fragment in message
    if raw:
        assert raw not in message


@pytest.mark.parametrize(
    ("region", "example"),
    [("GB", "07700 900123"), ("US", "(202) 555-0143")],
)
def test_when_number_is_too_short_then_message_shows_a_local_example(
    region: str, example: str
) -> None:
    with pytest.raises(InvalidField, match=re.escape(example)):
        normalise_phone("12", region)


@pytest.mark.parametrize(
    ("text", "region", "expected"),
    [
        ("Call me on 07700 900123 after 5pm", "GB", "+447700900123"),
        ("my number: +44 7700 900126, email sam@example.com", "GB", "+447700900126"),
        ("Ring (202) 555-0143 any time", "US", "+12025550143"),
        ("You can call +1 202-555-0199", "GB", "+12025550199"),
        ("020 7946 0958 is my landline", "GB", "+442079460958"),
        (
            "On 3 March I was charged £30 twice (ref CMP-2026-000123). I've been a customer "
            "for 10 years. Please call me back on 07700 900127 or email jo.test@example.com.",
            "GB",
            "+447700900127",
        ),
    ],
)
def test_when_text_contains_a_number_then_it_is_found(
    text: str, region: str, expected: str
) -> None:
    assert find_phone(text, region) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("My reference is CMP-2026-000123", "GB"),
        ("It happened on 12/03/2026 at 10:30", "GB"),
        ("It happened on 2026-03-03", "US"),
        ("I was charged £1234567890 by mistake", "GB"),
        ("My order number is 123456789", "GB"),
        ("I have called 12345 times", "GB"),
        ("Call (202) 555-0143", "GB"),  # a US number is not valid as a UK one
        ("no number here at all", "GB"),
        ("account AB-07700900123", "GB"),
    ],
)
def test_when_text_has_no_usable_number_then_nothing_is_found(text: str, region: str) -> None:
    assert find_phone(text, region) is None
