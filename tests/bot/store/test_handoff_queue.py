"""The agent queue on SQLite and PostgreSQL: order, one open handoff per conversation, and a
claim that exactly one of many agents wins."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from threading import Barrier

import pytest
from sqlalchemy.engine import Engine

from bot.errors import StoreError
from bot.store.handoff_queue import HandoffQueue
from tests.bot.store.conftest import redact_text


@pytest.fixture
def queue(engine: Engine) -> HandoffQueue:
    return HandoffQueue(engine, redact=redact_text)


def test_when_conversations_wait_then_the_most_urgent_and_longest_waiting_come_first(
    queue: HandoffQueue,
) -> None:
    asked = queue.open("conv-ask", "rest", "request")
    upset = queue.open("conv-upset", "rest", "distress_high", ("despair",))
    crisis = queue.open("conv-crisis", "rest", "self_harm", ("self_harm",), "en", "CMP-2026-000001")
    later_ask = queue.open("conv-ask-2", "rest", "request")

    assert [h.id for h in queue.waiting()] == [crisis.id, upset.id, asked.id, later_ask.id]
    assert queue.waiting()[0].complaint_reference == "CMP-2026-000001"


def test_when_a_conversation_is_handed_off_twice_then_one_handoff_gets_the_higher_priority(
    queue: HandoffQueue,
) -> None:
    first = queue.open("conv-1", "rest", "request")
    again = queue.open("conv-1", "rest", "self_harm", ("self_harm",))

    assert again.id == first.id and again.priority == 0
    assert len(queue.waiting()) == 1


def test_when_an_agent_claims_then_others_cannot_and_only_the_holder_can_close(
    queue: HandoffQueue,
) -> None:
    handoff = queue.open("conv-1", "rest", "request")

    assert queue.claim(handoff.id, "agent:ana") is True
    assert queue.claim(handoff.id, "agent:ben") is False
    assert queue.waiting() == []
    assert queue.close(handoff.id, "agent:ben", "resolved") is False
    assert queue.close(handoff.id, "agent:ana", "resolved", "Refund sent to sam@example.com")
    assert queue.open_for("conv-1") is None


def test_when_an_outcome_is_unknown_then_it_is_refused(queue: HandoffQueue) -> None:
    with pytest.raises(StoreError):
        queue.close(1, "agent:ana", "deleted")


@pytest.mark.postgres
@pytest.mark.parametrize("database_url", ["postgresql"], indirect=True)
def test_when_many_agents_claim_at_once_on_postgresql_then_exactly_one_wins(
    queue: HandoffQueue,
) -> None:
    agents = 8
    handoff = queue.open("conv-race", "rest", "distress_high")
    start = Barrier(agents)

    def claim(agent: int) -> bool:
        start.wait()
        return queue.claim(handoff.id, f"agent:{agent}")

    with ThreadPoolExecutor(max_workers=agents) as pool:
        results = list(pool.map(claim, range(agents)))

    assert results.count(True) == 1
    record = queue.open_for("conv-race")
    assert record is not None and record.status == "claimed"


def test_when_messages_are_exchanged_then_they_are_kept_in_order_and_redacted(
    queue: HandoffQueue,
) -> None:
    handoff = queue.open("conv-1", "rest", "distress_high")

    queue.add_message(handoff.id, "customer", "I'm Sam Example, call 07700 900123")
    queue.add_message(handoff.id, "agent", "Thanks, I'm looking at it now")

    assert queue.messages(handoff.id) == [
        ("customer", "I'm <PERSON>, call <PHONE_NUMBER>"),
        ("agent", "Thanks, I'm looking at it now"),
    ]
