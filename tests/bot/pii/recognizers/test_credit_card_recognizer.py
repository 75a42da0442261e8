from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

CARDS = [
    ("card 4111 1111 1111 1111 was charged", "4111 1111 1111 1111"),
    ("4111-1111-1111-1111", "4111-1111-1111-1111"),
    ("4111111111111111", "4111111111111111"),
    ("my mastercard 5555 5555 5555 4444", "5555 5555 5555 4444"),
    ("5555-5555-5555-4444.", "5555-5555-5555-4444"),
    ("amex 3782 822463 10005", "3782 822463 10005"),
    ("378282246310005", "378282246310005"),
    ("discover 6011 1111 1111 1117", "6011 1111 1111 1117"),
    ("visa 4012888888881881 expired", "4012888888881881"),
    ("card 4111.1111.1111.1111 ok", "4111.1111.1111.1111"),
    ("card 4111  1111  1111  1111 ok", "4111  1111  1111  1111"),
    ("diners 3056-930902-5904", "3056-930902-5904"),
]

NOT_CARDS = [
    "4111 1111 1111 1112",  # fails Luhn
    "5555 5555 5555 4445",
    "0000 0000 0000 0000",
    "1234 5678 9012 3452",  # passes Luhn, but no card scheme starts with 1
    "4111 1111-1111 1111",  # mixed separators
    "order no. 4111111111111111",
    "IMEI 356938035643809 on my phone",
]


@pytest.mark.parametrize(("text", "card"), CARDS)
def test_when_a_card_number_passes_luhn_then_it_is_found(
    found: Found, text: str, card: str
) -> None:
    assert ("CREDIT_CARD", card) in found(text)


@pytest.mark.parametrize("text", NOT_CARDS)
def test_when_digits_are_not_a_card_number_then_no_card(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "CREDIT_CARD"] == []
