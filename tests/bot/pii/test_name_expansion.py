"""A PERSON span covers the whole name beside it, but never greetings, days or months."""

from __future__ import annotations

import pytest

from bot.pii.name_expansion import expand_person_spans
from bot.pii.spans import PiiSpan


@pytest.mark.parametrize(
    ("text", "tagged", "expected"),
    [
        ("Teresa Taylor", "Taylor", "Teresa Taylor"),
        ("Teresa Taylor", "Teresa", "Teresa Taylor"),
        ("Mary Ann O'Neil called", "Ann", "Mary Ann O'Neil"),
        ("Hi Sam, thanks", "Sam", "Sam"),
        ("Thank you, Sam.", "Sam", "Sam"),
        ("On Monday Sam called", "Sam", "Sam"),
        ("ask for sam smith", "sam smith", "sam smith"),
    ],
)
def test_when_a_name_is_tagged_in_part_then_the_span_grows_to_the_whole_name(
    text: str, tagged: str, expected: str
) -> None:
    start = text.index(tagged)
    spans = [PiiSpan("PERSON", start, start + len(tagged), 0.8)]

    (grown,) = expand_person_spans(text, spans)

    assert text[grown.start : grown.end] == expected


def test_when_a_span_is_not_a_person_then_it_is_left_alone() -> None:
    text = "Call Sam on 07700 900123 Now"
    span = PiiSpan("PHONE_NUMBER", 12, 24, 0.9)

    assert expand_person_spans(text, [span]) == [span]
