"""Simultaneous submits never share a reference (the rasa and action servers share a store)."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from bot.store.models import Complaint, ComplaintEvent
from bot.store.repository import ComplaintStore
from tests.bot.store.factories import new_complaint

THREADS = 8
SUBMITS_PER_THREAD = 5


def test_when_many_complaints_are_submitted_at_once_then_references_are_distinct_and_contiguous(
    store: ComplaintStore,
) -> None:
    barrier = threading.Barrier(THREADS)

    def submit_batch(worker: int) -> list[str]:
        barrier.wait(timeout=30)
        return [
            store.submit_complaint(new_complaint(conversation_id=f"conv-{worker}-{n}")).reference
            for n in range(SUBMITS_PER_THREAD)
        ]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        batches = list(pool.map(submit_batch, range(THREADS)))

    references = [reference for batch in batches for reference in batch]
    total = THREADS * SUBMITS_PER_THREAD
    assert sorted(references) == [f"CMP-2026-{n:06d}" for n in range(1, total + 1)]
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(Complaint)).scalar() == total
        events = connection.execute(select(func.count()).select_from(ComplaintEvent)).scalar()
        assert events == 2 * total


def test_when_agents_change_a_status_at_once_then_the_history_stays_a_consistent_chain(
    store: ComplaintStore,
) -> None:
    reference = store.submit_complaint(new_complaint()).reference
    barrier = threading.Barrier(THREADS)
    statuses = ["in_progress", "resolved", "closed", "in_progress", "acknowledged"]

    def change_many(worker: int) -> None:
        barrier.wait(timeout=30)
        for n in range(SUBMITS_PER_THREAD):
            store.change_status(
                reference, statuses[(worker + n) % len(statuses)], f"agent:{worker}"
            )

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        list(pool.map(change_many, range(THREADS)))

    events = store.events_for(reference)
    record = store.get_complaint(reference)
    assert record is not None and record.status == events[-1].to_status
    for earlier, later in zip(events, events[1:], strict=False):
        assert later.from_status == earlier.to_status
        assert later.from_status != later.to_status
