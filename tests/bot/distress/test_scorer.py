"""Distress scoring: the signals that fire, the level they add up to, idioms that do not count.

These are the detector's own unit cases; the labelled benchmark set in bench/ was written
separately and is never used here.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.distress import get_scorer
from bot.distress.config import load_distress_config
from bot.errors import ConfigurationError


@pytest.mark.parametrize(
    ("text", "level", "signal"),
    [
        ("I can't cope any more, I've lost everything", "high", "despair"),
        ("honestly i just want to end my life, this bill is the last straw", "high", "self_harm"),
        ("No quiero vivir más con estas deudas", "high", "self_harm"),
        ("Je veux en finir, je n'en peux plus", "high", "self_harm"),
        ("Ich will nicht mehr leben", "high", "self_harm"),
        ("If this isn't fixed I'll hurt someone at your branch", "high", "threat_of_harm"),
        ("My ex is abusive and controls our joint account", "high", "domestic_abuse"),
        ("My husband passed away last month and I can't afford this bill", "high", "bereavement"),
        ("I'm 87 and the engineer never came", "low", "old_age"),
        ("This is the THIRD time I've called about this", "low", "repeated_contact"),
        ("I will be taking this to the ombudsman", "low", "escalation_threat"),
        ("WHY IS MY BROADBAND STILL NOT WORKING", "low", "shouting"),
        ("this is fucking ridiculous", "low", "profanity"),
    ],
)
def test_when_a_message_shows_distress_then_its_signal_and_level_are_reported(
    text: str, level: str, signal: str
) -> None:
    result = get_scorer().score_message(text)

    assert (result.level, signal in result.signals) == (level, True)
    assert 0.0 < result.score <= 1.0


@pytest.mark.parametrize(
    "text",
    [
        "this price is killing me",
        "I could die laughing at your hold music",
        "I'm dying to try the new phone",
        "my router died again last night",
        "the deadline for my refund has passed",
        "I'd kill for a broadband connection that works",
        "je veux en finir avec ce contrat",
        "Am Ende des Monats kam die Rechnung",
        "my roller blind arrived broken",
        "What time do you open on Saturday?",
    ],
)
def test_when_deathly_words_are_idioms_or_absent_then_there_is_no_distress(text: str) -> None:
    assert get_scorer().score_message(text).level == "none"


def test_when_self_harm_is_mentioned_then_it_is_critical_whatever_the_score() -> None:
    result = get_scorer().score_message("I want to die")

    assert result.level == "high" and result.critical


def test_when_the_config_has_a_bad_pattern_then_the_error_names_the_signal(
    tmp_path: Path,
) -> None:
    path = tmp_path / "distress.yml"
    path.write_text(
        "thresholds: {low: 0.2, high: 0.65}\n"
        "signals:\n  anger:\n    weight: 0.3\n    en:\n      - '(unclosed'\n"
        "shouting: {weight: 0.3, min_letters: 12, min_upper_ratio: 0.6}\n"
        "exclamations: {weight: 0.2, min_run: 3}\n",
        encoding="utf-8",
    )

    with pytest.raises(ConfigurationError, match="bad pattern in anger"):
        load_distress_config(path)
