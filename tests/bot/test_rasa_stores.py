"""Rasa's tracker and lock stores follow DATABASE_URL / REDIS_URL, on the real servers."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import inspect

from bot.rasa_stores import ConfiguredLockStore, ConfiguredTrackerStore
from bot.settings import PROJECT_ROOT, get_settings
from bot.store.engine import create_engine_for
from bot.store.migrate import upgrade
from tests.bot.store.conftest import create_postgres_database, drop_postgres_database

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")


@pytest.fixture(autouse=True)
def fresh_settings() -> Iterator[None]:
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bot.db'}"
        return
    url = create_postgres_database()
    try:
        yield url
    finally:
        drop_postgres_database(url)


async def test_when_database_url_is_set_then_conversations_are_kept_in_that_database(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DATABASE_URL", database_url)
    upgrade(database_url)
    store = ConfiguredTrackerStore(domain=DOMAIN)
    assert isinstance(store.inner, SQLTrackerStore)

    sender = f"conv-{uuid.uuid4().hex[:8]}"
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    tracker.update(UserUttered("I want to make a complaint", {"name": "complain"}))
    tracker.update(SlotSet("product", "Broadband"))
    await store.save(tracker)

    # A second store (another rasa replica) sees the same conversation.
    again = await ConfiguredTrackerStore(domain=DOMAIN).retrieve(sender)
    assert again is not None
    assert again.get_slot("product") == "Broadband"
    assert sender in list(await store.keys())

    engine = create_engine_for(database_url)
    try:
        tables = set(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    assert {"events", "complaints", "contacts", "complaint_events"} <= tables


def test_when_redis_url_is_set_then_locks_live_in_redis(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REDIS_URL", TEST_REDIS_URL)
    first, second = ConfiguredLockStore(), ConfiguredLockStore()
    assert isinstance(first.inner, RedisLockStore)
    conversation = f"conv-{uuid.uuid4().hex[:8]}"
    lock = TicketLock(conversation)
    lock.issue_ticket(lifetime=30)
    first.save_lock(lock)
    try:
        seen = second.get_lock(conversation)  # another process's view
        assert seen is not None and seen.last_issued == lock.last_issued
    finally:
        first.delete_lock(conversation)
    assert second.get_lock(conversation) is None


def test_when_redis_url_is_not_set_then_locks_are_kept_in_memory(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REDIS_URL", raising=False)
    assert isinstance(ConfiguredLockStore().inner, InMemoryLockStore)
