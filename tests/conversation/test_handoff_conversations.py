"""Distress and handoff over the REST channel against the real trained model."""

from __future__ import annotations

import time

import pytest
import requests
from aiohttp.test_utils import TestClient, TestServer

from bot.console.accounts import Accounts
from bot.console.app import create_app
from bot.settings import get_settings, load_settings
from bot.store.engine import create_engine_for
from bot.store.handoff_queue import HandoffQueue
from tests.bot.console.conftest import PASSWORD, csrf_of, sign_in
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


async def test_when_an_agent_works_the_handoff_then_replies_arrive_and_hand_back_resumes_the_bot(
    bot: RunningBot, sender: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", bot.database_url)
    monkeypatch.setenv("CONSOLE_RASA_URL", bot.base_url)
    get_settings.cache_clear()
    username = f"agent{sender[-6:]}"
    Accounts(create_engine_for(bot.database_url)).add_user(username, PASSWORD, "agent")
    bot.say(sender, "I can't cope any more, I've lost everything")
    (handoff,) = [h for h in queue_of(bot).waiting() if h.conversation_id == sender]

    console = TestClient(TestServer(create_app(load_settings())))
    await console.start_server()
    try:
        assert await sign_in(console, username) == 302
        csrf = await csrf_of(console)
        headers = {"X-CSRF-Token": csrf}
        claim = await console.post(f"/api/handoffs/{handoff.id}/claim", headers=headers)
        assert claim.status == 200
        view = await (await console.get(f"/api/handoffs/{handoff.id}")).json()
        assert view["transcript"][0]["from"] == "customer"

        reply = await console.post(
            f"/api/handoffs/{handoff.id}/reply",
            json={"text": "Hello, I'm Ana from the support team. I'm here to help."},
            headers=headers,
        )
        assert reply.status == 200
        tracker = requests.get(f"{bot.base_url}/conversations/{sender}/tracker", timeout=10).json()
        bot_lines = [e["text"] for e in tracker["events"] if e["event"] == "bot"]
        assert "support team" in bot_lines[-1]

        # While the agent has it, the bot stays quiet; after hand-back it answers again.
        assert bot.say(sender, "thank you") == []
        back = await console.post(f"/api/handoffs/{handoff.id}/hand-back", headers=headers)
        assert back.status == 200
        assert bot.say(sender, "hello") != []
    finally:
        await console.close()
