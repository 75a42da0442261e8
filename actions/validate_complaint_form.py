"""Fills and validates the complaint form from every customer message."""

from __future__ import annotations

from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.contact_tokens import tokenise_contacts
from actions.services import intake_context
from actions.tracker_views import incoming_message, slot_values
from bot.handoff.acknowledgement import acknowledgement_for
from bot.intake.turn import process_turn


class ValidateComplaintForm(FormValidationAction):
    def name(self) -> str:
        return "validate_complaint_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        message = incoming_message(tracker)
        slots = slot_values(tracker)
        starting = slots.get("requested_slot") is None
        # When the customer accepted our offer to log a remark as a complaint, the remark
        # itself (not their "yes") holds the story.
        activation_text = slots.get("pending_text") if starting and message.is_affirm else None
        result = process_turn(message, slots, intake_context(), activation_text)
        if result.leaving:
            return []  # nothing extracted: the form is rejected and the cancel/handoff rule runs
        distress = (tracker.latest_message or {}).get("distress") or {}
        acknowledgement = acknowledgement_for(distress, bool(slots.get("distress_acknowledged")))
        if acknowledgement:
            dispatcher.utter_message(text=acknowledgement)
        for text in result.messages:
            dispatcher.utter_message(text=text)
        updates = await tokenise_contacts(result.updates, slots)
        events: list[EventType] = [SlotSet(slot, value) for slot, value in updates.items()]
        if starting and slots.get("pending_text") is not None:
            events += [SlotSet("pending_text", None), SlotSet("pending_kind", None)]
        if acknowledgement:
            events.append(SlotSet("distress_acknowledged", True))
        events.append(SlotSet("requested_slot", result.next_slot))
        return events
