"""Loads the hand-written distress benchmark files into typed records.

bench/distress_set.yml holds labelled customer messages; bench/distress_self_harm_phrases.yml holds
self-harm phrasings that must all be scored high. Shared by the benchmark and its tests.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

BENCH_DIR = Path(__file__).resolve().parent
SET_PATH = BENCH_DIR / "distress_set.yml"
PHRASES_PATH = BENCH_DIR / "distress_self_harm_phrases.yml"

LEVELS = ("none", "low", "high")
LANGUAGES = ("en", "es", "fr", "de")
PHRASINGS = ("explicit", "veiled")
SIGNALS = (
    "self_harm",
    "threat_of_harm",
    "despair",
    "bereavement",
    "illness",
    "disability",
    "financial_hardship",
    "old_age",
    "domestic_abuse",
    "mental_health",
    "profanity",
    "shouting",
    "exclamations",
    "repeated_contact",
    "escalation_threat",
)
# Any one of these makes a message high by the labelling guide.
HIGH_ONLY_SIGNALS = frozenset({"self_harm", "threat_of_harm", "domestic_abuse"})


class DistressSetError(ValueError):
    """A benchmark file is malformed; the message names the file and the item."""


@dataclass(frozen=True)
class LabelledDistress:
    text: str
    level: str
    language: str
    signals: tuple[str, ...]
    hard_negative: bool = False


@dataclass(frozen=True)
class SelfHarmPhrase:
    text: str
    language: str
    phrasing: str


def load_set(path: Path = SET_PATH) -> list[LabelledDistress]:
    items = _entries(path, "items")
    return [_labelled(path, index, entry) for index, entry in enumerate(items)]


def load_phrases(path: Path = PHRASES_PATH) -> list[SelfHarmPhrase]:
    entries = _entries(path, "phrases")
    phrases = []
    for index, entry in enumerate(entries):
        phrases.append(
            SelfHarmPhrase(
                text=_text(path, index, entry),
                language=_choice(path, index, entry, "language", LANGUAGES),
                phrasing=_choice(path, index, entry, "phrasing", PHRASINGS),
            )
        )
    return phrases


def _entries(path: Path, key: str) -> list[dict[str, Any]]:
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    entries = document.get(key) if isinstance(document, dict) else None
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise DistressSetError(f"{path.name}: expected a list of mappings under '{key}'")
    return entries


def _labelled(path: Path, index: int, entry: dict[str, Any]) -> LabelledDistress:
    signals = entry.get("signals")
    if not isinstance(signals, list) or not all(s in SIGNALS for s in signals):
        raise DistressSetError(f"{path.name} item {index}: signals must be names from SIGNALS")
    hard_negative = entry.get("hard_negative", False)
    if not isinstance(hard_negative, bool):
        raise DistressSetError(f"{path.name} item {index}: hard_negative must be true or false")
    return LabelledDistress(
        text=_text(path, index, entry),
        level=_choice(path, index, entry, "level", LEVELS),
        language=_choice(path, index, entry, "language", LANGUAGES),
        signals=tuple(signals),
        hard_negative=hard_negative,
    )


def _text(path: Path, index: int, entry: dict[str, Any]) -> str:
    text = entry.get("text")
    if not isinstance(text, str) or not text.strip():
        raise DistressSetError(f"{path.name} item {index}: text must be a non-empty string")
    return text


def _choice(
    path: Path, index: int, entry: dict[str, Any], key: str, allowed: tuple[str, ...]
) -> str:
    value = entry.get(key)
    if value not in allowed:
        raise DistressSetError(f"{path.name} item {index}: {key} must be one of {allowed}")
    return str(value)
