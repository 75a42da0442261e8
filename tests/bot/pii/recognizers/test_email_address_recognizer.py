from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

EMAILS = [
    ("email me at sam@example.com please", "sam@example.com"),
    ("sam.example+complaints@mail.example.co.uk", "sam.example+complaints@mail.example.co.uk"),
    ("Contact: SAM@EXAMPLE.ORG.", "SAM@EXAMPLE.ORG"),
    ("my email is jo_bloggs99@example.net, thanks", "jo_bloggs99@example.net"),
    ("<alex-example@sub.example.com>", "alex-example@sub.example.com"),
]

NOT_EMAILS = [
    "sam@localhost",
    "mail sam@example.invalid",
    "meet @ 5pm",
    "see https://www.example.com/help",
    "sam at example dot com",
]


@pytest.mark.parametrize(("text", "email"), EMAILS)
def test_when_text_has_an_email_address_then_it_is_found(
    found: Found, text: str, email: str
) -> None:
    assert ("EMAIL_ADDRESS", email) in found(text)


@pytest.mark.parametrize("text", NOT_EMAILS)
def test_when_domain_has_no_public_suffix_then_no_email(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "EMAIL_ADDRESS"] == []
