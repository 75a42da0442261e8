"""Scores one message for distress: which signals fire, a 0..1 score, and a level.

Signals combine as a noisy-OR of their weights, so two moderate signals (bereaved and can't
afford the bill) outweigh either alone; critical signals (self-harm, threats) are always high.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from bot.distress.config import DEFAULT_CONFIG, DistressConfig, load_distress_config
from bot.distress.result import DistressResult

_LETTERS = re.compile(r"[^\W\d_]")


class DistressScorer:
    def __init__(self, config: DistressConfig) -> None:
        self.config = config
        self._exclamations = re.compile(rf"!{{{config.exclamation_min_run},}}")

    def signals_in(self, text: str) -> list[str]:
        # Idioms go first: "this price is killing me" must not read as a threat.
        plain = self.config.idioms.sub(" ", text)
        fired = [signal.name for signal in self.config.signals if signal.pattern.search(plain)]
        if self._is_shouting(text):
            fired.append("shouting")
        if self._exclamations.search(text):
            fired.append("exclamations")
        return fired

    def _is_shouting(self, text: str) -> bool:
        letters = _LETTERS.findall(text)
        if len(letters) < self.config.shouting_min_letters:
            return False
        upper = sum(1 for letter in letters if letter.isupper())
        return upper / len(letters) >= self.config.shouting_min_upper_ratio

    def _weight(self, name: str) -> float:
        if name == "shouting":
            return self.config.shouting_weight
        if name == "exclamations":
            return self.config.exclamation_weight
        return next(s.weight for s in self.config.signals if s.name == name)

    def score_message(self, text: str) -> DistressResult:
        fired = self.signals_in(text)
        calm = 1.0
        for name in fired:
            calm *= 1.0 - self._weight(name)
        score = round(1.0 - calm, 3)
        if score >= self.config.high_threshold or self.config.critical & set(fired):
            level = "high"
        elif score >= self.config.low_threshold:
            level = "low"
        else:
            level = "none"
        return DistressResult(level, score, tuple(fired))


@lru_cache(maxsize=4)
def get_scorer(path: Path = DEFAULT_CONFIG) -> DistressScorer:
    """The process-wide scorer for a config file (compiled once)."""
    return DistressScorer(load_distress_config(path))
