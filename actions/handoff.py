"""Hands the conversation to a person when the customer asks; collected fields are kept."""

from __future__ import annotations

import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

logger = logging.getLogger(__name__)


class Handoff(Action):
    def name(self) -> str:
        return "action_handoff"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        logger.info("Handoff requested in conversation %s", tracker.sender_id)
        dispatcher.utter_message(
            text="Of course. I'm passing this conversation to a member of our team; anything "
            "you've already told me is kept, so you won't need to repeat it."
        )
        return [
            ActiveLoop(None),
            SlotSet("requested_slot", None),
            SlotSet("handoff_requested", True),
        ]
