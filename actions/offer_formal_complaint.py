"""Asks whether a negative remark, or a message we could not classify, is a formal complaint."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.tracker_views import incoming_message


class OfferFormalComplaint(Action):
    def name(self) -> str:
        return "action_offer_formal_complaint"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = incoming_message(tracker)
        remark = message.intent == "negative_remark"
        opener = (
            "Thanks for telling us, and I'm sorry it wasn't better."
            if remark
            else "I want to make sure I handle this the right way."
        )
        dispatcher.utter_message(
            text=f"{opener} Would you like me to log this as a formal complaint, so that "
            "someone looks into it and replies to you?",
            buttons=[
                {"title": "Yes, make a complaint", "payload": "/affirm"},
                {"title": "No thanks", "payload": "/deny"},
            ],
        )
        return [
            SlotSet("pending_text", message.text),
            SlotSet("pending_kind", "remark" if remark else "unsure"),
        ]
