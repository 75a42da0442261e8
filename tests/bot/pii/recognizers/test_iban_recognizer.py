from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

IBANS = [
    ("IBAN GB82 WEST 1234 5698 7654 32 please", "GB82 WEST 1234 5698 7654 32"),
    ("GB82WEST12345698765432", "GB82WEST12345698765432"),
    ("gb82 west 1234 5698 7654 32", "gb82 west 1234 5698 7654 32"),
    ("DE89 3704 0044 0532 0130 00", "DE89 3704 0044 0532 0130 00"),
    ("DE89370400440532013000.", "DE89370400440532013000"),
    ("FR14 2004 1010 0505 0001 3M02 606", "FR14 2004 1010 0505 0001 3M02 606"),
    ("NL91 ABNA 0417 1643 00", "NL91 ABNA 0417 1643 00"),
    ("BE68 5390 0754 7034 and more", "BE68 5390 0754 7034"),
    ("ES91 2100 0418 4502 0005 1332", "ES91 2100 0418 4502 0005 1332"),
    ("IE29 AIBK 9311 5212 3456 78", "IE29 AIBK 9311 5212 3456 78"),
    ("IBAN GB82-WEST-1234-5698-7654-32 please", "GB82-WEST-1234-5698-7654-32"),
]

NOT_IBANS = [
    "GB82 WEST 1234 5698 7654 33",  # checksum fails
    "GB82 WEST 1234 5698 7654",  # too short for GB
    "XX82 WEST 1234 5698 7654 32",  # no such country
    "GB82 WEST",
]


@pytest.mark.parametrize(("text", "iban"), IBANS)
def test_when_an_iban_has_a_valid_checksum_then_it_is_found(
    found: Found, text: str, iban: str
) -> None:
    assert ("IBAN_CODE", iban) in found(text)


@pytest.mark.parametrize("text", NOT_IBANS)
def test_when_an_iban_is_malformed_then_no_iban(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "IBAN_CODE"] == []
