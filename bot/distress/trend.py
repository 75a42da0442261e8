"""Worsening tone across a conversation: distress that keeps rising turn after turn is a
signal of its own, even when no single message crosses the high threshold."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

WORSENING_TONE = "worsening_tone"


@dataclass(frozen=True)
class TrendRule:
    turns: int = 3  # how many of the latest customer messages to look at
    min_rise: float = 0.3  # how much the score must climb over them

    def is_worsening(self, scores: Sequence[float]) -> bool:
        """True when the latest `turns` scores never fall and climb by `min_rise` or more."""
        recent = list(scores[-self.turns :])
        if len(recent) < self.turns:
            return False
        never_falls = all(
            later >= earlier for earlier, later in zip(recent, recent[1:], strict=False)
        )
        return never_falls and recent[-1] - recent[0] >= self.min_rise


def user_distress_scores(events: Iterable[Mapping[str, Any]]) -> list[float]:
    """The distress score of every customer message, oldest first, from event dicts."""
    scores = []
    for event in events:
        if event.get("event") != "user":
            continue
        distress = (event.get("parse_data") or {}).get("distress") or {}
        scores.append(float(distress.get("score") or 0.0))
    return scores


def escalated_level(level: str, scores: Sequence[float], rule: TrendRule | None = None) -> str:
    """`high` when the tone has been worsening over the latest turns, else `level`."""
    return "high" if (rule or TrendRule()).is_worsening(scores) else level
