"""Distress detection: which signals of distress or vulnerability a message shows, how strong.

config.py    lexicons, weights and thresholds from bot/defaults/distress.yml (or DISTRESS_CONFIG)
scorer.py    score_message(text) -> DistressResult(level, score, signals); pure, no Rasa
trend.py     worsening tone across a conversation's turns
"""

from bot.distress.result import LEVELS, DistressResult
from bot.distress.scorer import DistressScorer, get_scorer

__all__ = ["LEVELS", "DistressResult", "DistressScorer", "get_scorer"]
