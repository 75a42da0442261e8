from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

SSNS = [
    ("SSN 123-45-6789", "123-45-6789"),
    ("my social security number is 219-09-9999", "219-09-9999"),
    ("078-05-1121 is on file", "078-05-1121"),
    ("ssn: 123456789", "123456789"),
    ("social security no. 123 45 6789", "123 45 6789"),
    ("SSN#555-12-3456.", "555-12-3456"),
    ("my social security number (123-45-6789) was read out", "123-45-6789"),
    ("my social security number (123 45 6789) was read out", "123 45 6789"),
    ("ssn 078.05.1120", "078.05.1120"),
]

NOT_SSNS = [
    "000-12-3456",  # area 000 never issued
    "666-12-3456",  # area 666 never issued
    "900-12-3456",  # 9xx areas are ITINs, not SSNs
    "123-00-6789",  # group 00
    "123-45-0000",  # serial 0000
    "123456789",  # bare digits without a cue
    "CMP-2026-000123",
    "12-345-6789",
]


@pytest.mark.parametrize(("text", "ssn"), SSNS)
def test_when_text_has_an_ssn_then_it_is_found(found: Found, text: str, ssn: str) -> None:
    assert ("US_SSN", ssn) in found(text)


@pytest.mark.parametrize("text", NOT_SSNS)
def test_when_number_cannot_be_an_ssn_then_no_ssn(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "US_SSN"] == []
