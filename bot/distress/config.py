"""Distress lexicons, weights and thresholds, read from YAML and compiled once."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import regex
import yaml

from bot.errors import ConfigurationError

DEFAULT_CONFIG = Path(__file__).resolve().parent.parent / "defaults" / "distress.yml"
LANGUAGES = ("en", "es", "fr", "de")
FLAGS = regex.IGNORECASE | regex.UNICODE


@dataclass(frozen=True)
class Signal:
    name: str
    weight: float
    pattern: regex.Pattern[str]


@dataclass(frozen=True)
class DistressConfig:
    low_threshold: float
    high_threshold: float
    critical: frozenset[str]
    idioms: regex.Pattern[str]
    signals: tuple[Signal, ...]
    shouting_weight: float
    shouting_min_letters: int
    shouting_min_upper_ratio: float
    exclamation_weight: float
    exclamation_min_run: int


def _compile(patterns: list[str], where: str) -> regex.Pattern[str]:
    try:
        return regex.compile("|".join(f"(?:{p})" for p in patterns) or r"(?!)", FLAGS)
    except regex.error as err:
        raise ConfigurationError(f"distress config: bad pattern in {where}: {err}") from err


def _signal(name: str, spec: dict[str, Any]) -> Signal:
    weight = float(spec.get("weight", 0))
    if not 0 < weight <= 1:
        raise ConfigurationError(f"distress config: {name}.weight must be in (0, 1]")
    patterns = [p for language in LANGUAGES for p in spec.get(language, []) or []]
    return Signal(name, weight, _compile(patterns, name))


def load_distress_config(path: Path = DEFAULT_CONFIG) -> DistressConfig:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigurationError(f"cannot read the distress config {path}") from err
    try:
        thresholds = raw["thresholds"]
        shouting, exclamations = raw["shouting"], raw["exclamations"]
        config = DistressConfig(
            low_threshold=float(thresholds["low"]),
            high_threshold=float(thresholds["high"]),
            critical=frozenset(raw.get("critical", [])),
            idioms=_compile(raw.get("idioms", []), "idioms"),
            signals=tuple(_signal(name, spec) for name, spec in raw["signals"].items()),
            shouting_weight=float(shouting["weight"]),
            shouting_min_letters=int(shouting["min_letters"]),
            shouting_min_upper_ratio=float(shouting["min_upper_ratio"]),
            exclamation_weight=float(exclamations["weight"]),
            exclamation_min_run=int(exclamations["min_run"]),
        )
    except (KeyError, TypeError, ValueError) as err:
        raise ConfigurationError(f"distress config {path}: missing or invalid {err}") from err
    if not 0 < config.low_threshold < config.high_threshold <= 1:
        raise ConfigurationError("distress config: need 0 < thresholds.low < thresholds.high <= 1")
    return config
