"""Read what the actions need from a rasa-sdk Tracker."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker

from bot.intake.extraction import IncomingMessage


def incoming_message(tracker: Tracker) -> IncomingMessage:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    return IncomingMessage(
        text=str(latest.get("text") or ""),
        intent=intent.get("name"),
        confidence=float(intent.get("confidence") or 0.0),
    )


def channel_of(tracker: Tracker) -> str:
    return tracker.get_latest_input_channel() or "unknown"


def slot_values(tracker: Tracker) -> dict[str, Any]:
    return dict(tracker.current_slot_values())
