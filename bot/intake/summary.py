"""The confirmation summary the customer checks before a complaint is submitted."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from typing import Any

LABELS = (
    ("customer_name", "Name"),
    ("contact_email", "Email"),
    ("contact_phone", "Phone"),
    ("product", "Product or service"),
    ("incident_date", "When it happened"),
    ("description", "What happened"),
    ("desired_outcome", "What you would like us to do"),
)
MAX_SHOWN_CHARS = 300


def _shown(slot: str, value: Any) -> str:
    if slot == "incident_date":
        return f"{date.fromisoformat(str(value)):%d %B %Y}"
    text = str(value)
    return text if len(text) <= MAX_SHOWN_CHARS else text[: MAX_SHOWN_CHARS - 1] + "…"


def confirmation_summary(slots: Mapping[str, Any]) -> str:
    lines = ["Here is your complaint as I have it:"]
    for slot, label in LABELS:
        value = slots.get(slot)
        if value not in (None, ""):
            lines.append(f"- {label}: {_shown(slot, value)}")
    lines.append(
        "Shall I submit it? Reply yes to submit, tell me what to change "
        '(for example "change my email to name@example.com"), or say cancel.'
    )
    return "\n".join(lines)
