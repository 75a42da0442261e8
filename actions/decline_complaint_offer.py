"""The customer does not want a formal complaint: keep a remark as feedback, offer other help."""

from __future__ import annotations

from rasa_sdk import Action, Tracker
from rasa_sdk.events import EventType, SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.record_feedback import THANKS, store_feedback


class DeclineComplaintOffer(Action):
    def name(self) -> str:
        return "action_decline_complaint_offer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: DomainDict
    ) -> list[EventType]:
        pending_text = tracker.get_slot("pending_text")
        if tracker.get_slot("pending_kind") == "remark" and pending_text:
            stored = await store_feedback(tracker, "remark", str(pending_text))
            dispatcher.utter_message(
                text=THANKS["remark"] if stored else "Thank you for letting us know."
            )
        else:
            dispatcher.utter_message(
                text="No problem. I can take a complaint, pass on feedback, or check the status "
                "of a complaint you've made — just tell me which."
            )
        return [SlotSet("pending_text", None), SlotSet("pending_kind", None)]
