"""action_handoff: the conversation goes to a person, joins the agent queue, is paused, and
nothing the customer said is lost; distress records the complaint with what we have."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.engine import Engine

from actions.handoff import FAILED, Handoff
from bot.handoff.crisis import crisis_message
from bot.store.engine import create_engine_for
from bot.store.handoff_queue import HandoffQueue
from bot.store.repository import ComplaintStore
from tests.actions.trackers import SENDER_ID, make_tracker, slot_changes, texts

COLLECTED = {
    "description": "The broadband has been down for a week and nobody has come to fix it.",
    "product": "Broadband",
    "requested_slot": "incident_date",
}
DESPAIR = {"level": "high", "score": 0.75, "signals": ["despair"]}
SELF_HARM = {"level": "high", "score": 1.0, "signals": ["self_harm"]}


@pytest.fixture
def queue(database_url: str) -> HandoffQueue:
    return HandoffQueue(create_engine_for(database_url), redact=lambda text: text)


async def hand_off(domain: dict[str, Any], **tracker: Any) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    events = await Handoff().run(dispatcher, make_tracker(**tracker), domain)
    return events, texts(dispatcher)


async def test_when_customer_asks_for_a_person_then_the_form_ends_and_the_bot_pauses(
    domain: dict[str, Any], queue: HandoffQueue, store: ComplaintStore
) -> None:
    events, messages = await hand_off(domain, text="agent", intent="request_human", slots=COLLECTED)

    assert events[0] == {"event": "active_loop", "name": None, "timestamp": None}
    assert slot_changes(events) == {"requested_slot": None, "handoff_active": True}
    assert "won't need to repeat it" in messages[-1]
    (waiting,) = queue.waiting()
    assert (waiting.conversation_id, waiting.reason, waiting.priority) == (SENDER_ID, "request", 2)
    with store.engine.connect() as connection:  # asking for a person is not giving up
        assert connection.exec_driver_sql("SELECT count(*) FROM complaints").scalar() == 0


async def test_when_distress_is_high_mid_form_then_the_complaint_is_recorded_as_vulnerable(
    domain: dict[str, Any], queue: HandoffQueue, store: ComplaintStore
) -> None:
    text = "I can't cope any more, I've lost everything"
    events, messages = await hand_off(domain, text=text, slots=COLLECTED, distress=DESPAIR)

    reference = slot_changes(events)["complaint_reference"]
    record = store.get_complaint(reference)
    assert record is not None and record.vulnerable is True
    assert (record.product, record.incident_date) == ("Broadband", None)
    assert reference in messages[-1] and messages[0].startswith("I'm so sorry")
    (waiting,) = queue.waiting()
    assert (waiting.reason, waiting.signals, waiting.complaint_reference) == (
        "distress_high",
        ("despair",),
        reference,
    )


async def test_when_self_harm_is_mentioned_then_crisis_lines_come_first_and_priority_is_top(
    domain: dict[str, Any], queue: HandoffQueue
) -> None:
    text = "honestly I just want to end my life, this bill is the last straw"
    _, messages = await hand_off(domain, text=text, intent="complain", distress=SELF_HARM)

    assert messages[1] == crisis_message("en")
    assert "116 123" in messages[1]
    assert queue.waiting()[0].priority == 0


async def test_when_the_queue_cannot_be_reached_then_the_customer_still_gets_help(
    domain: dict[str, Any], engine_without_tables: Engine
) -> None:
    text = "I want to end my life"
    events, messages = await hand_off(domain, text=text, distress=SELF_HARM)

    assert messages[0] == FAILED
    assert "116 123" in messages[1]
    assert "handoff_active" not in slot_changes(events)
