"""While a person has the conversation, the customer's messages go to them, not the bot."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.services import handoff_queue
from actions.tracker_views import incoming_message

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
        if handoff.status == "waiting":
            dispatcher.utter_message(text=STILL_WAITING)  # never leave them in silence
        return []
