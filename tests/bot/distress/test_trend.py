"""Worsening tone: rising distress over the latest turns, not one bad message."""

from __future__ import annotations

import pytest

from bot.distress.trend import TrendRule, escalated_level, user_distress_scores


@pytest.mark.parametrize(
    ("scores", "worsening"),
    [
        ([0.0, 0.2, 0.58], True),
        ([0.1, 0.0, 0.1, 0.3, 0.45], True),
        ([0.0, 0.58], False),  # too few turns to call it a trend
        ([0.0, 0.6, 0.3], False),  # it fell
        ([0.2, 0.3, 0.3], False),  # it rose too little
        ([0.9, 0.9, 0.9], False),  # high but steady: the level itself says so
    ],
)
def test_when_scores_rise_over_the_latest_turns_then_the_tone_is_worsening(
    scores: list[float], worsening: bool
) -> None:
    assert TrendRule(turns=3, min_rise=0.3).is_worsening(scores) is worsening


def test_when_user_events_carry_scores_then_they_are_read_in_order_and_escalate() -> None:
    events = [
        {"event": "user", "parse_data": {"distress": {"score": 0.0}}},
        {"event": "bot", "text": "hello"},
        {"event": "user", "parse_data": {"distress": {"score": 0.3}}},
        {"event": "user", "parse_data": {}},
        {"event": "user", "parse_data": {"distress": {"score": 0.58}}},
    ]

    scores = user_distress_scores(events)

    assert scores == [0.0, 0.3, 0.0, 0.58]
    assert escalated_level("low", scores) == "low"  # fell in between: not a steady climb
    assert escalated_level("low", [0.0, 0.3, 0.58]) == "high"
