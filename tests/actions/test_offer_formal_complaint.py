"""action_offer_formal_complaint: a remark or an unclear message is offered a formal complaint."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.offer_formal_complaint import OfferFormalComplaint
from tests.actions.trackers import make_tracker, slot_changes


@pytest.mark.parametrize(
    ("intent", "opener", "kind"),
    [
        ("negative_remark", "Thanks for telling us, and I'm sorry it wasn't better.", "remark"),
        ("nlu_fallback", "I want to make sure I handle this the right way.", "unsure"),
        ("inform", "I want to make sure I handle this the right way.", "unsure"),
    ],
)
async def test_when_a_complaint_may_be_meant_then_it_is_offered_and_the_text_kept(
    domain: dict[str, Any], intent: str, opener: str, kind: str
) -> None:
    text = "Your train was forty minutes late yesterday and nobody told us why"
    dispatcher = CollectingDispatcher()

    events = await OfferFormalComplaint().run(
        dispatcher, make_tracker(text, intent, 0.7, active_loop=None), domain
    )

    assert slot_changes(events) == {"pending_text": text, "pending_kind": kind}
    [message] = dispatcher.messages
    assert message["text"].startswith(opener)
    assert "log this as a formal complaint" in message["text"]
    assert message["buttons"] == [
        {"title": "Yes, make a complaint", "payload": "/affirm"},
        {"title": "No thanks", "payload": "/deny"},
    ]
