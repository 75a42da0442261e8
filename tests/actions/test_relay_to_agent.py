"""action_relay_to_agent: while paused, the customer's words go to the agent's queue entry."""

from __future__ import annotations

from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.relay_to_agent import BACK_WITH_BOT, STILL_WAITING, RelayToAgent
from bot.handoff.messages import WAITING_LONGER
from bot.settings import get_settings
from bot.store.engine import create_engine_for
from bot.store.handoff_queue import HandoffQueue
from tests.actions.trackers import SENDER_ID, make_tracker, slot_changes, texts


@pytest.fixture
def queue(database_url: str) -> HandoffQueue:
    return HandoffQueue(create_engine_for(database_url), redact=lambda text: text)


async def relay(domain: dict[str, Any], text: str) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, slots={"handoff_active": True}, active_loop=None)
    events = await RelayToAgent().run(dispatcher, tracker, domain)
    return events, texts(dispatcher)


async def test_when_no_agent_has_it_yet_then_the_message_waits_and_the_customer_is_told(
    domain: dict[str, Any], queue: HandoffQueue
) -> None:
    handoff = queue.open(SENDER_ID, "rest", "distress_high")

    events, messages = await relay(domain, "are you still there?")

    assert (events, messages) == ([], [STILL_WAITING])
    assert queue.messages(handoff.id) == [("customer", "are you still there?")]


async def test_when_an_agent_has_it_then_the_bot_stays_silent(
    domain: dict[str, Any], queue: HandoffQueue
) -> None:
    handoff = queue.open(SENDER_ID, "rest", "request")
    queue.claim(handoff.id, "agent:ana")

    events, messages = await relay(domain, "thanks, it's the router again")

    assert (events, messages) == ([], [])
    assert queue.messages(handoff.id) == [("customer", "thanks, it's the router again")]


async def test_when_the_handoff_has_ended_then_the_bot_takes_over_again(
    domain: dict[str, Any], queue: HandoffQueue
) -> None:
    handoff = queue.open(SENDER_ID, "rest", "request")
    queue.claim(handoff.id, "agent:ana")
    queue.close(handoff.id, "agent:ana", "handed_back")

    events, messages = await relay(domain, "hello?")

    assert messages == [BACK_WITH_BOT]
    assert slot_changes(events) == {"handoff_active": False}


async def test_when_the_team_is_closed_then_the_customer_is_told_when_someone_will_reply(
    domain: dict[str, Any], queue: HandoffQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDOFF_HOURS", "Sun 00:00-00:01")
    get_settings.cache_clear()
    queue.open(SENDER_ID, "rest", "request")

    _, messages = await relay(domain, "hello?")

    assert messages[0].startswith("Our team isn't available right now")
    assert "Sun 00:00-00:01" in messages[0]


async def test_when_the_wait_is_longer_than_promised_then_the_customer_is_told_honestly(
    domain: dict[str, Any], queue: HandoffQueue, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HANDOFF_WAIT_MINUTES", "0")
    get_settings.cache_clear()
    queue.open(SENDER_ID, "rest", "request")

    _, messages = await relay(domain, "hello?")

    assert messages == [WAITING_LONGER]
