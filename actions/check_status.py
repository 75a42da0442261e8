"""Reveals a complaint's status only to someone who knows its contact details."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import ActiveLoop, EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.services import complaint_store, contact_vault
from bot.intake.status_lookup import NO_MATCH, status_answer
from bot.vault.status_check import status_for_contact

logger = logging.getLogger(__name__)
MAX_FAILED_LOOKUPS = 3
TOO_MANY = (
    "For your security I can't check any more references in this conversation. Please "
    "contact us directly and we'll help."
)
CLEAR_LOOKUP = [SlotSet("lookup_reference", None), SlotSet("lookup_contact", None)]


def lookup_status(reference: str, contact_token: str | None) -> str | None:
    """The status if the contact (held in the vault since it was given) is the complaint's."""
    vault = contact_vault()
    contact = vault.reveal(contact_token) or ""
    vault.delete([contact_token] if contact_token else [])  # its only use is this check
    is_email = "@" in contact
    return status_for_contact(
        complaint_store(),
        vault,
        reference,
        email=contact if is_email else None,
        phone=None if is_email else contact,
    )


class CheckStatus(Action):
    def name(self) -> str:
        return "action_check_status"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        failures = int(tracker.get_slot("lookup_failures") or 0)
        if failures >= MAX_FAILED_LOOKUPS:
            dispatcher.utter_message(text=TOO_MANY)
            return CLEAR_LOOKUP
        reference = str(tracker.get_slot("lookup_reference") or "")
        token = tracker.get_slot("lookup_contact")
        try:
            status = await asyncio.to_thread(lookup_status, reference, token)
        except Exception as error:  # boundary: say so rather than go quiet
            logger.error("Status lookup failed: %s", type(error).__name__)
            dispatcher.utter_message(
                text="Sorry, I can't check complaints just now. Please try again shortly."
            )
            return CLEAR_LOOKUP
        dispatcher.utter_message(text=status_answer(status))
        events = list(CLEAR_LOOKUP)
        if status is None:
            events.append(SlotSet("lookup_failures", failures + 1))
        return events


class CancelStatusLookup(Action):
    def name(self) -> str:
        return "action_cancel_status_lookup"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        dispatcher.utter_message(text="OK, I've stopped. Is there anything else I can help with?")
        return [ActiveLoop(None), SlotSet("requested_slot", None), *CLEAR_LOOKUP]


__all__ = ["CancelStatusLookup", "CheckStatus", "NO_MATCH"]
