from __future__ import annotations

import pytest

from bot.pii import PiiDetector
from bot.pii.config import DEFAULT_BRANDS, DEFAULT_REFERENCE_PATTERN
from bot.pii.not_pii_filter import NotPiiFilter
from bot.pii.spans import PiiSpan

SURVIVES = [
    "Your complaint reference is CMP-2026-000123.",
    "Re: CMP-2026-000123 and ABCDE-2025-999999",
    "order #123456 never arrived",
    "order no. 98765432 was late",
    "Order number: 4111111111111111",
    "invoice INV-20260312 is wrong",
    "tracking number 7700900123456",
    "I was charged £30 twice",
    "they took $120.50 and €15",
    "a refund of 1,299.99 pounds",
    "it happened on 3 March",
    "last Tuesday the engineer did not show",
    "on 12/03/2026 at 10:30",
    "my British Gas bill doubled",
    "Amazon charged me twice for my Kindle",
    "I complained to Sky and EE about my broadband",
    "Virgin Media cut me off",
    "Ocado delivered late",
    "My Dyson V11 stopped working",
    "The Samsung Galaxy S23 screen cracked",
    "my iPhone 14 from Currys is faulty",
    "Kindle Paperwhite 11th gen screen froze",
    "Room 101 at the Premier Inn had no heating",
    "my new Pixel 8 Pro arrived with a cracked screen",
    "The Hotpoint washing machine model WMAQF721 leaks water",
    "Amazon Prime renewed automatically on 01/04/2026 for £95",
    "I want £250 compensation by 30/04/2026",
    "Your app keeps crashing on iOS 17.2 when I try to pay",
    "I called the 0800 number and waited 45 mins",
    "Flight BA 2490 from Gatwick was cancelled",
]


@pytest.mark.parametrize("text", SURVIVES)
def test_when_text_has_references_amounts_dates_or_brands_then_redaction_leaves_it_alone(
    detector: PiiDetector, text: str
) -> None:
    redaction = detector.redact(text)
    assert (redaction.text, redaction.spans) == (text, ())


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ref CMP-2026-000123, call 07700 900123", "ref CMP-2026-000123, call <PHONE_NUMBER>"),
        ("order #123456 for Sam Example", "order #123456 for <PERSON>"),
        ("£30 to sam@example.com", "£30 to <EMAIL_ADDRESS>"),
    ],
)
def test_when_pii_sits_next_to_a_reference_then_only_the_pii_is_redacted(
    detector: PiiDetector, text: str, expected: str
) -> None:
    assert detector.redact(text).text == expected


def test_when_reference_pattern_is_configured_then_that_prefix_is_protected() -> None:
    text = "about TKT/99-0007700900123"
    spans = [PiiSpan("PHONE_NUMBER", text.index("000"), len(text), 0.9)]
    custom = NotPiiFilter(r"TKT/\d{2}-\d{13}", ())
    default = NotPiiFilter(DEFAULT_REFERENCE_PATTERN, ())
    assert (custom.keep(text, spans), default.keep(text, spans)) == ([], spans)


def test_when_pii_only_overlaps_a_protected_range_then_it_is_kept() -> None:
    text = "ref 07700 900123"
    span = PiiSpan("PHONE_NUMBER", 4, 16, 0.85)
    assert NotPiiFilter(DEFAULT_REFERENCE_PATTERN, ()).keep(text, [span]) == [span]


@pytest.mark.parametrize(
    ("text", "name", "kept"),
    [
        ("I complained to Sky twice", "Sky", False),
        ("Virgin Media cut me off", "Virgin Media", False),
        ("The Ocado van was late", "The Ocado", False),
        ("My Dyson V11 broke", "Dyson V11", False),
        ("Room 101 at the Premier Inn was cold", "Inn", False),
        ("KINDLE Paperwhite froze", "KINDLE Paperwhite", False),
        ("Sam Dyson called me", "Sam Dyson", True),
        ("Sam from Sky called me", "Sam", True),
        ("Skye Example called me", "Skye Example", True),
    ],
)
def test_when_a_person_span_starts_inside_a_brand_then_it_is_dropped(
    text: str, name: str, kept: bool
) -> None:
    start = text.index(name)
    span = PiiSpan("PERSON", start, start + len(name), 0.7)
    result = NotPiiFilter(DEFAULT_REFERENCE_PATTERN, DEFAULT_BRANDS).keep(text, [span])
    assert result == ([span] if kept else [])
