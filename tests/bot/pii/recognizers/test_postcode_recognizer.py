from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

POSTCODES = [
    ("London SW1A 1AA", "SW1A 1AA"),
    ("SW1A1AA", "SW1A1AA"),
    ("Leeds LS1 4DY.", "LS1 4DY"),
    ("M1 1AE", "M1 1AE"),
    ("EC1A 1BB", "EC1A 1BB"),
    ("my postcode is sw1a 1aa", "sw1a 1aa"),
    ("post code: ls1 4dy", "ls1 4dy"),
    ("zip 90210", "90210"),
    ("zip code: 10001-1234", "10001-1234"),
    ("Beverly Hills, CA 90210", "90210"),
    ("New York, NY 10001-1234", "10001-1234"),
    ("Springfield, IL 62704", "62704"),
    ("we're in ls1 4ap", "ls1 4ap"),
]

NOT_POSTCODES = [
    "room b1 2nd floor",
    "I paid 90210 pounds",
    "ticket 90210",
    "it was 10001-1234",
    "I waited 10001 seconds",
    "in 90210 ways",
    "the model is AB12",
    "i live on the b1 2nd floor",
]


@pytest.mark.parametrize(("text", "postcode"), POSTCODES)
def test_when_text_has_a_postcode_then_it_is_found(found: Found, text: str, postcode: str) -> None:
    assert ("POSTCODE", postcode) in found(text)


@pytest.mark.parametrize("text", NOT_POSTCODES)
def test_when_digits_have_no_address_context_then_no_postcode(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "POSTCODE"] == []
