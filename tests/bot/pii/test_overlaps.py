from __future__ import annotations

import pytest

from bot.pii.overlaps import merge_same_type, resolve_overlaps
from bot.pii.spans import PiiSpan

A = PiiSpan


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([], []),
        ([A("PERSON", 5, 8, 0.7), A("EMAIL_ADDRESS", 0, 3, 1.0)],
         [A("EMAIL_ADDRESS", 0, 3, 1.0), A("PERSON", 5, 8, 0.7)]),
        # highest score wins
        ([A("PHONE_NUMBER", 0, 10, 0.6), A("CREDIT_CARD", 0, 19, 1.0)],
         [A("CREDIT_CARD", 0, 19, 1.0)]),
        ([A("PERSON", 3, 8, 0.7), A("STREET_ADDRESS", 0, 12, 0.75)],
         [A("STREET_ADDRESS", 0, 12, 0.75)]),
        # equal scores: longest wins
        ([A("US_SSN", 4, 15, 0.6), A("PHONE_NUMBER", 0, 15, 0.6)],
         [A("PHONE_NUMBER", 0, 15, 0.6)]),
        # touching spans do not overlap
        ([A("POSTCODE", 10, 18, 0.7), A("STREET_ADDRESS", 0, 10, 0.75)],
         [A("STREET_ADDRESS", 0, 10, 0.75), A("POSTCODE", 10, 18, 0.7)]),
        # a loser does not knock out a later span it overlapped
        ([A("CREDIT_CARD", 0, 5, 1.0), A("PHONE_NUMBER", 4, 9, 0.6), A("PERSON", 8, 12, 0.7)],
         [A("CREDIT_CARD", 0, 5, 1.0), A("PERSON", 8, 12, 0.7)]),
    ],
)  # fmt: skip
def test_when_spans_overlap_then_highest_score_then_longest_is_kept(
    spans: list[PiiSpan], expected: list[PiiSpan]
) -> None:
    assert resolve_overlaps(spans) == expected


@pytest.mark.parametrize(
    ("spans", "expected"),
    [
        ([A("PERSON", 8, 12, 0.7), A("PERSON", 8, 16, 0.6)], [A("PERSON", 8, 16, 0.7)]),
        ([A("PERSON", 0, 4, 0.7), A("PERSON", 2, 9, 0.9)], [A("PERSON", 0, 9, 0.9)]),
        ([A("PERSON", 0, 4, 0.7), A("PERSON", 4, 9, 0.9)],
         [A("PERSON", 0, 4, 0.7), A("PERSON", 4, 9, 0.9)]),
        ([A("PERSON", 0, 4, 0.7), A("POSTCODE", 2, 9, 0.9)],
         [A("PERSON", 0, 4, 0.7), A("POSTCODE", 2, 9, 0.9)]),
    ],
)  # fmt: skip
def test_when_spans_of_one_type_overlap_then_they_merge_into_their_union(
    spans: list[PiiSpan], expected: list[PiiSpan]
) -> None:
    assert merge_same_type(spans) == expected
