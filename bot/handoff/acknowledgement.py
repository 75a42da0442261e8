"""For `low` distress the bot carries on, but first says it has noticed and offers a person."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

VULNERABILITY = frozenset(
    {"bereavement", "illness", "disability", "financial_hardship", "old_age", "mental_health"}
)
VULNERABLE_TEXT = (
    "I'm sorry to hear what you're going through. I'll keep this as simple as I can, and if "
    'you\'d rather talk to a person at any point, just type "agent".'
)
FRUSTRATED_TEXT = (
    "I'm sorry this has been so frustrating. I'll make sure it's properly logged; if you'd "
    'rather talk to a person, just type "agent".'
)


def acknowledgement_for(distress: Mapping[str, Any], already_acknowledged: bool) -> str | None:
    """The acknowledgement for a `low` message, once per conversation."""
    if already_acknowledged or distress.get("level") != "low":
        return None
    signals = set(distress.get("signals") or [])
    return VULNERABLE_TEXT if signals & VULNERABILITY else FRUSTRATED_TEXT
