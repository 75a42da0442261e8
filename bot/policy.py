"""Complaint-handling policies: the deadlines a complaint's acknowledgement must state."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

from bot.errors import ConfigurationError

COUNTING_MODES = ("calendar", "business")


@dataclass(frozen=True)
class Deadline:
    days: int
    counting: str
    label: str

    def due_from(self, received: date) -> date:
        """The last day the business may answer, counted from the day the complaint arrived."""
        if self.counting == "calendar":
            return received + timedelta(days=self.days)
        due, remaining = received, self.days
        while remaining:
            due += timedelta(days=1)
            if due.weekday() < 5:
                remaining -= 1
        return due


@dataclass(frozen=True)
class ComplaintPolicy:
    key: str
    name: str
    acknowledge: Deadline
    final_response: Deadline
    escalation: str

    def acknowledgement_text(self, reference: str, received: date) -> str:
        final_due = self.final_response.due_from(received)
        return (
            f"Your complaint reference is {reference}. Please keep it for any follow-up. "
            f"We will send you our final response {self.final_response.label}, "
            f"by {final_due:%d %B %Y} at the latest. {self.escalation}"
        )


def _deadline(raw: dict[str, Any], key: str, where: str) -> Deadline:
    try:
        days = int(raw["days"])
        counting = str(raw.get("counting", "calendar"))
    except (KeyError, TypeError, ValueError) as err:
        raise ConfigurationError(f"policy {where}: '{key}' needs a whole number of days") from err
    if counting not in COUNTING_MODES or days < 0:
        raise ConfigurationError(f"policy {where}: '{key}' counting must be calendar or business")
    label = str(raw.get("label") or f"within {days} {counting} days")
    return Deadline(days=days, counting=counting, label=label)


def load_policies(path: Path) -> dict[str, ComplaintPolicy]:
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except (OSError, yaml.YAMLError) as err:
        raise ConfigurationError(f"cannot read complaint policies from {path}") from err
    policies: dict[str, ComplaintPolicy] = {}
    for key, raw in (document.get("policies") or {}).items():
        if not isinstance(raw, dict):
            raise ConfigurationError(f"policy {key}: expected a mapping")
        policies[key] = ComplaintPolicy(
            key=key,
            name=str(raw.get("name", key)),
            acknowledge=_deadline(raw.get("acknowledge") or {"days": 5}, "acknowledge", key),
            final_response=_deadline(raw.get("final_response") or {}, "final_response", key),
            escalation=str(raw.get("escalation", "")).strip(),
        )
    return policies


def load_policy(path: Path, key: str) -> ComplaintPolicy:
    policies = load_policies(path)
    if key not in policies:
        known = ", ".join(sorted(policies)) or "none"
        raise ConfigurationError(f"unknown complaint policy '{key}' (known: {known})")
    return policies[key]
