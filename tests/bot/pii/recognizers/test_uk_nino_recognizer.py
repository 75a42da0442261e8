from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

NINOS = [
    ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"),
    ("QQ123456C", "QQ123456C"),
    ("national insurance: AB 12 34 56 D", "AB 12 34 56 D"),
    ("my nino is ab123456c", "ab123456c"),
    ("JG-10-37-50-A", "JG-10-37-50-A"),
    ("CE123456B.", "CE123456B"),
    ("NI QQ 123456 C", "QQ 123456 C"),
]

NOT_NINOS = [
    "GB123456A",  # GB is not allocated
    "BG 12 34 56 A",
    "ZZ123456A",
    "DA123456A",  # first letter D is never used
    "AO123456A",  # second letter O is never used
    "QQ123456E",  # suffix must be A-D
    "QQ 12 34 56",
    "QQ 12-34 56 C",  # mixed separators
]


@pytest.mark.parametrize(("text", "nino"), NINOS)
def test_when_text_has_a_valid_nino_then_it_is_found(found: Found, text: str, nino: str) -> None:
    assert ("UK_NINO", nino) in found(text)


@pytest.mark.parametrize("text", NOT_NINOS)
def test_when_prefix_or_suffix_is_invalid_then_no_nino(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "UK_NINO"] == []
