"""Asks for the complaint reference, showing what one looks like."""

from __future__ import annotations

from datetime import date

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from bot.intake.status_lookup import reference_example
from bot.settings import get_settings


class AskLookupReference(Action):
    def name(self) -> str:
        return "action_ask_lookup_reference"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        example = reference_example(get_settings().reference_prefix, date.today().year)
        dispatcher.utter_message(text=f"What is your complaint reference? It looks like {example}.")
        return []
