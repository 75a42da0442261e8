from __future__ import annotations

import pytest

from bot.pii.masking import mask_all, replace_spans
from bot.pii.spans import PiiSpan


@pytest.mark.parametrize(
    ("text", "masked"),
    [
        ("", ""),
        ("Sam Example, 07700 900123", "*** *******, ***** ******"),
        ("line one\nline two!", "**** ***\n**** ***!"),
        ("Zoë café №5", "*** **** №*"),
    ],
)
def test_when_masking_everything_then_letters_and_digits_become_stars(
    text: str, masked: str
) -> None:
    assert mask_all(text) == masked


def test_when_spans_are_replaced_then_text_between_them_is_kept() -> None:
    text = "Sam at sam@example.com"
    spans = [PiiSpan("PERSON", 0, 3, 0.9), PiiSpan("EMAIL_ADDRESS", 7, 22, 1.0)]
    assert replace_spans(text, spans, lambda t: f"[{t}]") == "[PERSON] at [EMAIL_ADDRESS]"
