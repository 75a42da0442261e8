"""Records compliments and suggestions as feedback; feedback never opens a complaint."""

from __future__ import annotations

import asyncio
import logging

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.services import complaint_store
from actions.tracker_views import channel_of, incoming_message
from bot.language import detect_language
from bot.settings import get_settings

logger = logging.getLogger(__name__)

FEEDBACK_KINDS = {"compliment": "compliment", "suggest": "suggestion", "negative_remark": "remark"}
THANKS = {
    "compliment": "Thank you — that's lovely to hear. I've passed your kind words on to the team.",
    "suggestion": "Thank you for the suggestion. I've passed it on to the team who look after it.",
    "remark": "Thanks for letting us know. I've passed your comments on to the team.",
}


async def store_feedback(tracker: Tracker, kind: str, text: str) -> bool:
    """True when stored; failures are logged (without the text) and reported to the customer."""
    settings = get_settings()
    try:
        await asyncio.to_thread(
            complaint_store().record_feedback,
            kind,
            text,
            channel_of(tracker),
            tracker.sender_id,
            detect_language(text, settings.langdetect_min_chars).code,
        )
    except Exception as error:  # boundary: degrade visibly
        logger.error("Recording feedback failed: %s", type(error).__name__)
        return False
    return True


class RecordFeedback(Action):
    def name(self) -> str:
        return "action_record_feedback"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        message = incoming_message(tracker)
        kind = FEEDBACK_KINDS.get(message.intent or "", "remark")
        if await store_feedback(tracker, kind, message.text):
            dispatcher.utter_message(text=THANKS[kind])
        else:
            dispatcher.utter_message(
                text="Thank you. I couldn't save that just now because of a problem on our "
                "side — please try again a little later."
            )
        return []
