"""Working a claimed conversation: view, reply, hand back, resolve; only by its holder."""

from __future__ import annotations

from aiohttp.test_utils import TestClient

from bot.console.handlers.conversation import HANDED_BACK, RESOLVED
from bot.store.handoff_queue import HandoffQueue
from tests.bot.console.conftest import FakeRasa, csrf_of, sign_in

TOKEN = "vt_" + "ab" * 16


async def claimed(
    client: TestClient, queue: HandoffQueue, username: str = "ana"
) -> tuple[int, str]:
    handoff = queue.open("conv-7", "rest", "distress_high", ("despair",), "en", "CMP-2026-000007")
    await sign_in(client, username)
    csrf = await csrf_of(client)
    await client.post(f"/api/handoffs/{handoff.id}/claim", headers={"X-CSRF-Token": csrf})
    return handoff.id, csrf


async def test_when_an_agent_opens_a_claimed_conversation_then_they_see_transcript_and_fields(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    fake_rasa.tracker = {
        "events": [
            {"event": "user", "text": "I'm <PERSON>, my energy bill doubled"},
            {"event": "bot", "text": "I'm sorry to hear that."},
            {"event": "slot", "name": "product"},
        ],
        "slots": {"product": "Electricity", "contact_email": TOKEN, "description": "bill doubled"},
    }
    handoff_id, _ = await claimed(client, queue)
    queue.add_message(handoff_id, "customer", "hello?")

    body = await (await client.get(f"/api/handoffs/{handoff_id}")).json()

    assert body["handoff"]["signals"] == ["despair"]
    assert body["handoff"]["complaint_reference"] == "CMP-2026-000007"
    assert body["fields"]["product"] == "Electricity"
    assert body["fields"]["contact_email"] == "(held in the contact vault)"
    assert [line["from"] for line in body["transcript"]] == ["customer", "bot"]
    assert body["messages"] == [{"from": "customer", "text": "hello?"}]
    page = await (await client.get(f"/handoffs/{handoff_id}")).text()
    assert "&lt;PERSON&gt;" in page  # escaped, never rendered as markup


async def test_when_the_agent_replies_then_it_goes_to_the_customers_channel_and_is_kept(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    handoff_id, csrf = await claimed(client, queue)

    response = await client.post(
        f"/api/handoffs/{handoff_id}/reply",
        json={"text": "Hi, I'm here. Let's sort this out together."},
        headers={"X-CSRF-Token": csrf},
    )

    assert response.status == 200
    conversation, query, events = fake_rasa.appended[-1]
    assert conversation == "conv-7" and query["output_channel"] == "latest"
    assert events == [{"event": "bot", "text": "Hi, I'm here. Let's sort this out together."}]
    assert queue.messages(handoff_id)[-1][0] == "agent"


async def test_when_handed_back_then_the_bot_resumes_and_says_so(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    handoff_id, csrf = await claimed(client, queue)

    response = await client.post(
        f"/api/handoffs/{handoff_id}/hand-back", headers={"X-CSRF-Token": csrf}
    )

    assert response.status == 200
    assert fake_rasa.appended[-1][2] == [
        {"event": "slot", "name": "handoff_active", "value": False},
        {"event": "bot", "text": HANDED_BACK},
    ]
    assert queue.open_for("conv-7") is None


async def test_when_resolving_then_a_summary_is_required_and_stored(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    handoff_id, csrf = await claimed(client, queue)
    url = f"/api/handoffs/{handoff_id}/resolve"

    empty = await client.post(url, json={"summary": " "}, headers={"X-CSRF-Token": csrf})
    done = await client.post(
        url, json={"summary": "Bill corrected, refund sent"}, headers={"X-CSRF-Token": csrf}
    )

    assert (empty.status, done.status) == (400, 200)
    assert fake_rasa.appended[-1][2][-1] == {"event": "bot", "text": RESOLVED}


async def test_when_another_agent_holds_it_then_nobody_else_can_reply(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    handoff_id, _ = await claimed(client, queue, "ben")
    await client.post("/logout", data={"csrf_token": await csrf_of(client)})
    await sign_in(client, "ana")

    response = await client.post(
        f"/api/handoffs/{handoff_id}/reply",
        json={"text": "hello"},
        headers={"X-CSRF-Token": await csrf_of(client)},
    )

    assert response.status == 409
    assert fake_rasa.appended == []


async def test_when_rasa_is_down_then_the_reply_fails_clearly_and_nothing_is_recorded(
    client: TestClient, queue: HandoffQueue, fake_rasa: FakeRasa
) -> None:
    handoff_id, csrf = await claimed(client, queue)
    fake_rasa.failing = True

    response = await client.post(
        f"/api/handoffs/{handoff_id}/reply", json={"text": "hello"}, headers={"X-CSRF-Token": csrf}
    )

    assert response.status == 502 and "nothing was sent" in await response.text()
    assert queue.messages(handoff_id) == []
