"""While a person has the conversation, the customer's messages go to them, not the bot."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timedelta, timezone

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.services import handoff_queue
from actions.tracker_views import incoming_message
from bot.handoff.hours import parse_opening_hours
from bot.handoff.messages import CLOSED, WAITING_LONGER
from bot.settings import get_settings

logger = logging.getLogger(__name__)
STILL_WAITING = (
    "Thank you — I've passed that on. A member of our team will reply here as soon as one is "
    "free; you don't need to do anything else."
)
BACK_WITH_BOT = "You're back with the assistant. How can I help?"


class RelayToAgent(Action):
    def name(self) -> str:
        return "action_relay_to_agent"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        queue = handoff_queue()
        handoff = await asyncio.to_thread(queue.open_for, tracker.sender_id)
        if handoff is None:  # handed back or resolved meanwhile
            dispatcher.utter_message(text=BACK_WITH_BOT)
            return [SlotSet("handoff_active", False)]
        text = incoming_message(tracker).text
        await asyncio.to_thread(queue.add_message, handoff.id, "customer", text)
        if handoff.status == "waiting":  # never leave them in silence
            dispatcher.utter_message(text=waiting_message(handoff.created_at))
        return []


def waiting_message(queued_at: datetime) -> str:
    """Honest about the wait: closed now, taking longer than it should, or coming soon."""
    settings = get_settings()
    now = datetime.now(timezone.utc)
    hours = parse_opening_hours(settings.handoff_hours, settings.handoff_timezone)
    if not hours.is_open(now):
        return CLOSED.format(hours=hours.text)
    if now - queued_at > timedelta(minutes=settings.handoff_wait_minutes):
        return WAITING_LONGER
    return STILL_WAITING
