"""Hands the conversation to a person: on request, on high distress (even mid-form), or after
repeated misunderstanding. Collected fields are kept; with distress, the complaint is recorded
with what we have, flagged vulnerable; the conversation joins the agent queue and is paused."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone
from pathlib import Path

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.partial_complaint import record_partial_complaint
from actions.services import handoff_queue
from actions.tracker_views import channel_of, incoming_message, slot_values
from bot.distress.trend import WORSENING_TONE, escalated_level, user_distress_scores
from bot.handoff.crisis import crisis_message
from bot.handoff.hours import OpeningHours, parse_opening_hours
from bot.handoff.messages import handoff_messages, reason_for
from bot.language import detect_language
from bot.settings import get_settings

logger = logging.getLogger(__name__)
FAILED = (
    "I'm sorry, I couldn't reach our team just now because of a problem on our side. Please "
    "call us, or if you are in danger call your local emergency number."
)


class Handoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = incoming_message(tracker)
        distress = (tracker.latest_message or {}).get("distress") or {}
        signals = [str(s) for s in distress.get("signals") or []]
        level = str(distress.get("level", "none"))
        if escalated_level(level, user_distress_scores(tracker.events)) != level:
            level, signals = "high", [*signals, WORSENING_TONE]
        reason = reason_for(message.intent, level, signals)
        language = detect_language(message.text, get_settings().langdetect_min_chars).code
        slots = slot_values(tracker)
        events: list[EventType] = [ActiveLoop(None), SlotSet("requested_slot", None)]
        try:
            reference = None
            if reason in ("self_harm", "distress_high"):
                reference = await record_partial_complaint(slots, tracker, vulnerable=True)
            await asyncio.to_thread(
                handoff_queue().open,
                tracker.sender_id,
                channel_of(tracker),
                reason,
                tuple(signals),
                language,
                reference or slots.get("complaint_reference"),
            )
        except Exception as error:  # boundary: the customer must never be left in silence
            logger.error("Handoff failed: %s", type(error).__name__)
            dispatcher.utter_message(text=FAILED)
            if reason == "self_harm":
                dispatcher.utter_message(text=crisis_message(language, _crisis_file()))
            return events
        logger.info("Conversation handed to the agent queue (%s)", reason)
        crisis = crisis_message(language, _crisis_file()) if reason == "self_harm" else None
        hours = opening_hours()
        closed = None if hours.is_open(datetime.now(timezone.utc)) else hours.text
        for text in handoff_messages(reason, crisis, reference, closed):
            dispatcher.utter_message(text=text)
        events.append(SlotSet("handoff_active", True))
        if reference:
            events.append(SlotSet("complaint_reference", reference))
        return events


def _crisis_file() -> Path:
    return get_settings().crisis_resources_file


def opening_hours() -> OpeningHours:
    settings = get_settings()
    return parse_opening_hours(settings.handoff_hours, settings.handoff_timezone)
