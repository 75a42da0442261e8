"""The queue in the console: order, live updates, and a claim only one agent wins."""

from __future__ import annotations

import asyncio
import json

from aiohttp.test_utils import TestClient
from sqlalchemy.engine import Engine

from bot.store.handoff_queue import HandoffQueue
from tests.bot.console.conftest import csrf_of, new_client, sign_in


async def test_when_conversations_wait_then_the_queue_lists_the_most_urgent_first(
    client: TestClient, queue: HandoffQueue
) -> None:
    queue.open("conv-ask", "rest", "request")
    queue.open("conv-crisis", "rest", "self_harm", ("self_harm",), "en", "CMP-2026-000001")
    await sign_in(client, "ana")

    items = await (await client.get("/api/queue")).json()

    assert [item["reason"] for item in items] == ["self_harm", "request"]
    assert items[0]["complaint_reference"] == "CMP-2026-000001"


async def test_when_a_handoff_arrives_then_the_event_stream_sends_it_within_a_second(
    client: TestClient, queue: HandoffQueue
) -> None:
    await sign_in(client, "ana")
    stream = await client.get("/api/events")
    first = await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 2)
    assert b"event: queue" in first and json.loads(first.split(b"data: ")[1]) == []

    queue.open("conv-new", "rest", "distress_high", ("despair",))
    update = await asyncio.wait_for(stream.content.readuntil(b"\n\n"), 1.5)

    assert json.loads(update.split(b"data: ")[1])[0]["signals"] == ["despair"]
    stream.close()


async def test_when_two_agents_claim_the_same_conversation_then_one_gets_it(
    client: TestClient, queue: HandoffQueue, engine: Engine
) -> None:
    handoff = queue.open("conv-1", "rest", "request")
    other = await new_client(engine)
    try:
        await sign_in(client, "ana")
        await sign_in(other, "ben")
        ana_csrf, ben_csrf = await csrf_of(client), await csrf_of(other)

        first, second = await asyncio.gather(
            client.post(f"/api/handoffs/{handoff.id}/claim", headers={"X-CSRF-Token": ana_csrf}),
            other.post(f"/api/handoffs/{handoff.id}/claim", headers={"X-CSRF-Token": ben_csrf}),
        )

        assert sorted([first.status, second.status]) == [200, 409]
        assert await (await client.get("/api/queue")).json() == []
    finally:
        await other.close()
