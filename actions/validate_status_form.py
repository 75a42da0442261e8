"""Collects the complaint reference and the contact detail that proves who is asking."""

from __future__ import annotations

from datetime import date
from typing import Any

from rasa_sdk import Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.forms import FormValidationAction
from rasa_sdk.types import DomainDict

from actions.contact_tokens import tokenise_contacts
from actions.tracker_views import incoming_message, slot_values
from bot.intake.status_lookup import mentions_lookup_details, process_lookup_turn
from bot.settings import get_settings


class ValidateStatusForm(FormValidationAction):
    def name(self) -> str:
        return "validate_status_form"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[dict[str, Any]]:
        message = incoming_message(tracker)
        settings = get_settings()
        if message.is_escape and not mentions_lookup_details(
            message.text, settings.reference_prefix, settings.phone_region
        ):
            return []  # nothing extracted: the form is rejected and the cancel/handoff rule runs
        turn = process_lookup_turn(
            message.text,
            slot_values(tracker),
            settings.reference_prefix,
            settings.phone_region,
            date.today().year,
        )
        for text in turn.messages:
            dispatcher.utter_message(text=text)
        updates = await tokenise_contacts(turn.updates, slot_values(tracker))
        events: list[EventType] = [SlotSet(slot, value) for slot, value in updates.items()]
        events.append(SlotSet("requested_slot", turn.next_slot))
        return events
