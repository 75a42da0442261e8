"""Shows the collected complaint and asks the customer to confirm or correct it."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.contact_tokens import reveal_slots
from actions.tracker_views import slot_values
from bot.intake.summary import confirmation_summary

SHOWN_CONTACTS = ("customer_name", "contact_email", "contact_phone")


class AskComplaintConfirmed(Action):
    def name(self) -> str:
        return "action_ask_complaint_confirmed"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        dispatcher.utter_message(
            text=confirmation_summary(await reveal_slots(slot_values(tracker), SHOWN_CONTACTS)),
            buttons=[
                {"title": "Submit", "payload": "/affirm"},
                {"title": "Cancel", "payload": "/cancel"},
            ],
        )
        return []
