from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

PHONES = [
    ("call me on 07700 900123", "07700 900123"),
    ("07700900123", "07700900123"),
    ("mobile: 07700-900-456", "07700-900-456"),
    ("+44 7700 900123", "+44 7700 900123"),
    ("+447700900789", "+447700900789"),
    ("0044 7700 900 123", "0044 7700 900 123"),
    ("my landline is 020 7946 0018", "020 7946 0018"),
    ("(202) 555-0143", "(202) 555-0143"),
    ("+1 202-555-0143", "+1 202-555-0143"),
    ("ring 202.555.0199 after 5", "202.555.0199"),
    ("+353 85 555 0123", "+353 85 555 0123"),
    ("+49 30 1234567", "+49 30 1234567"),
    ("+33 6 12 34 56 78", "+33 6 12 34 56 78"),
    ("call 0113 496 0000 tomorrow", "0113 496 0000"),
    ("call me (07700 900123)", "07700 900123"),
    ("+44 (0)7700 900124", "+44 (0)7700 900124"),
    ("07700 900123 07700 900456", "07700 900456"),
]

NOT_PHONES = [
    "I waited 45 minutes",
    "it cost £120.50",
    "I paid $1,299.99 for it",
    "on 12/03/2026 at 10:30",
    "delivery between 9 and 5",
    "I called 3 times in 2026",
    "order no. 98765432",
    "ticket 1234567",
]


@pytest.mark.parametrize(("text", "phone"), PHONES)
def test_when_text_has_a_phone_number_then_it_is_found(found: Found, text: str, phone: str) -> None:
    assert ("PHONE_NUMBER", phone) in found(text)


@pytest.mark.parametrize("text", NOT_PHONES)
def test_when_numbers_are_not_phone_numbers_then_no_phone(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "PHONE_NUMBER"] == []
