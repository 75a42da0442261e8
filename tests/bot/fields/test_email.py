"""Email addresses: found in free text, normalised, and rejected with a reason that helps."""

from __future__ import annotations

import pytest

from bot.errors import InvalidField
from bot.fields import email as email_module
from bot.fields import find_email, normalise_email


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("sam@example.com", "sam@example.com"),
        ("Sam.Example@EXAMPLE.COM", "Sam.Example@example.com"),
        ("  sam@example.com.  ", "sam@example.com"),
        ("my email is sam@example.com", "sam@example.com"),
        ("My email address is jo.test@example.com", "jo.test@example.com"),
        ("it's jo.test@example.com thanks", "jo.test@example.com"),
        ("<sam@example.com>", "sam@example.com"),
        ("mailto:sam@example.com", "sam@example.com"),
        ("sam+complaints@example.co.uk", "sam+complaints@example.co.uk"),
        ("sam@example.com is my email", "sam@example.com"),
        ("you can email me at sam@example.com please", "sam@example.com"),
        ("o'neill@example.com", "o'neill@example.com"),
    ],
)
def test_when_address_is_valid_then_it_is_normalised(raw: str, expected: str) -> None:
    assert normalise_email(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected_message"),
    [
        ("sam.quill@", email_module.INCOMPLETE),
        ("sam.quill", email_module.INCOMPLETE),
        ("sam.quill at example dot org", email_module.INCOMPLETE),
        ("@example.org", email_module.NOTHING_BEFORE_AT),
        ("sam.quill@example", email_module.DOMAIN_NEEDS_DOT),
        ("sam.quill@localhost", email_module.DOMAIN_NEEDS_DOT),
        ("sam.quill@example.o", email_module.DOMAIN_ENDING),
        ("sam.quill@example.o2", email_module.DOMAIN_ENDING),
        ("sam quill@example.org", email_module.SPACES),
        ("sam.quill@ example.org", email_module.SPACES),
        ("sam.quill@@example.org", email_module.TWO_AT_SIGNS),
        ("sam@quill@example.org", email_module.TWO_AT_SIGNS),
        ("sam..quill@example.org", email_module.DOUBLE_DOT),
        ("sam.quill@example..org", email_module.DOUBLE_DOT),
        ("sam.quill@example.test", email_module.RESERVED_DOMAIN),
        ("sam.quill@exam_ple.org", email_module.NOT_VALID),
        ("sam<quill>@example.org", email_module.NOT_VALID),
        ("", email_module.EMPTY),
        ("   ", email_module.EMPTY),
    ],
)
def test_when_address_is_invalid_then_message_says_what_is_wrong(
    raw: str, expected_message: str
) -> None:
    with pytest.raises(InvalidField) as problem:
        normalise_email(raw)
    assert str(problem.value) == expected_message
    if raw.strip():
        assert raw.strip() not in str(problem.value)
        assert "quill" not in str(problem.value)


def test_when_address_is_incomplete_then_message_shows_what_a_valid_one_looks_like() -> None:
    with pytest.raises(InvalidField, match="name@example.com"):
        normalise_email("alex.example@")


def test_when_different_mistakes_are_made_then_messages_differ() -> None:
    messages = set()
    for raw in ("sam.quill@", "@example.org", "sam.quill@example", "sam quill@example.org"):
        with pytest.raises(InvalidField) as problem:
            normalise_email(raw)
        messages.add(str(problem.value))
    assert len(messages) == 4


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("You can reach me at sam.example@example.com.", "sam.example@example.com"),
        ("Email: SAM@EXAMPLE.COM.", "SAM@example.com"),
        ("first jo@example.com then sam@example.com", "jo@example.com"),
        ("(sam@example.co.uk)", "sam@example.co.uk"),
        ("contact sam.example@example.com, or call", "sam.example@example.com"),
        # Email-shaped but invalid: returned as typed so validation can explain the problem.
        ("it's sam..x@example.com I think", "sam..x@example.com"),
        (
            "Hi, my broadband has been down since last Tuesday and nobody has called back. "
            "I want a refund. Please reply to sam.example@example.com or ring 07700 900123.\n"
            "Regards,\nSam Example",
            "sam.example@example.com",
        ),
    ],
)
def test_when_text_contains_an_address_then_it_is_found(text: str, expected: str) -> None:
    assert find_email(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I have no email",
        "sam at example dot com",
        "ping me @sam on social media",
        "the fee was £30@ the counter",
        "sam@example",
        "user@localhost",
        "",
        "My reference is CMP-2026-000123",
    ],
)
def test_when_text_has_no_address_then_nothing_is_found(text: str) -> None:
    assert find_email(text) is None
