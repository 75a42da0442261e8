"""Worsening tone: rising distress over the latest turns, not one bad message."""

from __future__ import annotations

import pytest

from bot.distress.trend import TrendRule


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
