"""Distress and handoff over the REST channel against the real trained model."""

from __future__ import annotations

import time

import pytest

from bot.store.engine import create_engine_for
from bot.store.handoff_queue import HandoffQueue
from tests.conversation.conftest import rows
from tests.conversation.servers import RunningBot

pytestmark = pytest.mark.model


def queue_of(bot: RunningBot) -> HandoffQueue:
    return HandoffQueue(create_engine_for(bot.database_url), redact=lambda text: text)


def test_when_distress_is_high_mid_complaint_then_the_bot_pauses_and_the_agent_queue_has_it(
    bot: RunningBot, sender: str
) -> None:
    bot.say(sender, "I want to make a complaint")
    bot.say(sender, "My energy bill doubled this month and nobody answers the phone at all")

    started = time.monotonic()
    replies = bot.say(sender, "I can't cope any more, I've lost everything")
    queued = [h for h in queue_of(bot).waiting() if h.conversation_id == sender]
    assert time.monotonic() - started < 10  # in the queue by the time the customer is told
    assert len(queued) == 1 and queued[0].reason == "distress_high"
    assert "despair" in queued[0].signals
    assert any("member of our team" in reply for reply in replies)
    reference = queued[0].complaint_reference
    assert reference is not None and reference in " ".join(replies)
    stored = rows(bot.database_url, "SELECT * FROM complaints WHERE reference = :r", r=reference)
    assert bool(stored[0]["vulnerable"]) is True
    assert "energy bill doubled" in stored[0]["description"]

    # Paused: the next message goes to the agent's queue entry, and the customer is told so.
    replies = bot.say(sender, "hello? is anyone there")
    assert any("passed that on" in reply for reply in replies)
    assert queue_of(bot).messages(queued[0].id) == [("customer", "hello? is anyone there")]


def test_when_the_customer_asks_for_a_person_then_the_conversation_joins_the_queue(
    bot: RunningBot, sender: str
) -> None:
    replies = bot.say(sender, "can I speak to a real person please")

    assert any("member of our team" in reply for reply in replies)
    queued = [h for h in queue_of(bot).waiting() if h.conversation_id == sender]
    assert [h.reason for h in queued] == ["request"]
