from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found


@pytest.mark.parametrize(
    ("text", "pii_type", "expected"),
    [
        # 8-digit national numbers only count as phones next to a phone word
        ("my phone is 12345678", "PHONE_NUMBER", ["12345678"]),
        ("you can ring me on 12345678", "PHONE_NUMBER", ["12345678"]),
        ("I waited 12345678 seconds", "PHONE_NUMBER", []),
        # space-separated SSNs only count next to "social" / "security" / "SSN"
        ("the social security card says 123 45 6789", "US_SSN", ["123 45 6789"]),
        ("the box says 123 45 6789", "US_SSN", []),
    ],
)
def test_when_a_context_word_precedes_a_weak_match_then_it_is_reported(
    found: Found, text: str, pii_type: str, expected: list[str]
) -> None:
    assert [value for kind, value in found(text) if kind == pii_type] == expected
