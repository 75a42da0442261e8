"""Real rasa_sdk trackers as the Rasa server sends them, and readers for what actions return."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import Any

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from bot.settings import PROJECT_ROOT

SENDER_ID = "test-conversation-0001"


@lru_cache(maxsize=1)
def load_domain() -> dict[str, Any]:
    return yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text(encoding="utf-8"))


def make_tracker(
    text: str = "",
    intent: str | None = "inform",
    confidence: float = 0.95,
    slots: Mapping[str, Any] | None = None,
    channel: str = "socketio",
    active_loop: str | None = "complaint_form",
    sender_id: str = SENDER_ID,
    distress: Mapping[str, Any] | None = None,
) -> Tracker:
    """A tracker whose latest user message is `text`; every domain slot is present, as in Rasa."""
    all_slots: dict[str, Any] = dict.fromkeys(load_domain()["slots"])
    all_slots["requested_slot"] = None
    all_slots.update(slots or {})
    parse_data = {
        "text": text,
        "intent": {"name": intent, "confidence": confidence} if intent else {},
        "entities": [],
    }
    if distress is not None:
        parse_data["distress"] = dict(distress)
    events: list[dict[str, Any]] = [
        {"event": "action", "name": "action_listen"},
        {"event": "user", "text": text, "parse_data": parse_data, "input_channel": channel},
    ]
    return Tracker(
        sender_id=sender_id,
        slots=all_slots,
        latest_message=parse_data,
        events=events,
        paused=False,
        followup_action=None,
        active_loop={"name": active_loop} if active_loop else {},
        latest_action_name="action_listen",
    )


def slot_changes(events: Iterable[Mapping[str, Any]]) -> dict[str, Any]:
    """Slot name -> value for every SlotSet event (the last one wins, as in Rasa)."""
    return {event["name"]: event["value"] for event in events if event["event"] == "slot"}


def texts(dispatcher: CollectingDispatcher) -> list[str]:
    return [message["text"] for message in dispatcher.messages]
