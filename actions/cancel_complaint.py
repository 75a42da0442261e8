"""Stops the complaint form at the customer's request; nothing is submitted."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.contact_tokens import forget_contacts
from actions.form_slots import clear_form_events
from actions.tracker_views import slot_values


class CancelComplaint(Action):
    def name(self) -> str:
        return "action_cancel_complaint"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        await forget_contacts(slot_values(tracker))
        dispatcher.utter_message(
            text="OK, I've stopped and nothing has been submitted. If you change your mind, "
            "just tell me what went wrong and we can start again."
        )
        return [ActiveLoop(None), *clear_form_events()]
