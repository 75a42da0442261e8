"""Stores a confirmed complaint and tells the customer its reference and deadlines."""

from __future__ import annotations

import asyncio
import logging
from datetime import datetime, timezone

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, FollowupAction, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.complaint_from_slots import complaint_from_slots
from actions.form_slots import clear_form_events
from actions.services import complaint_policy, complaint_store, contact_vault
from actions.tracker_views import slot_values

logger = logging.getLogger(__name__)

SAVE_FAILED = (
    "Sorry — I couldn't save your complaint because of a problem on our side. Nothing you "
    "told me is lost: reply yes in a moment to try again."
)


async def first_name(token: str | None) -> str:
    """The customer's first name from the vault, to greet them; empty if unavailable."""
    try:
        name = await asyncio.to_thread(contact_vault().reveal, token)
    except Exception as error:  # a greeting is not worth failing the submission for
        logger.error("Could not read the name from the vault: %s", type(error).__name__)
        return ""
    return name.split()[0] if name and name.split() else ""


class SubmitComplaint(Action):
    def name(self) -> str:
        return "action_submit_complaint"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        received = datetime.now(timezone.utc)
        try:
            new = complaint_from_slots(slot_values(tracker), tracker, received)
            submitted = await asyncio.to_thread(complaint_store().submit_complaint, new)
        except Exception as error:  # boundary: the customer must hear about it, nothing lost
            logger.error("Complaint submission failed: %s", type(error).__name__)
            dispatcher.utter_message(text=SAVE_FAILED)
            return [SlotSet("complaint_confirmed", None), FollowupAction("complaint_form")]
        name = await first_name(new.customer_name_token)
        dispatcher.utter_message(
            text=f"Thank you{', ' + name if name else ''}. I've logged your complaint. "
            + complaint_policy().acknowledgement_text(submitted.reference, received.date())
        )
        return [*clear_form_events(), SlotSet("complaint_reference", submitted.reference)]
