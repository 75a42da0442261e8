"""Rasa's tracker and lock stores follow DATABASE_URL / REDIS_URL / TRACKER_STORE, on the real
servers, and the tracker store keeps nothing personal in clear whichever inner store it uses."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, RedisLockStore
from rasa.core.tracker_store import RedisTrackerStore, SQLTrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, BotUttered, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy import inspect

from bot import rasa_stores
from bot.errors import ConfigurationError
from bot.log_redaction import uninstall_log_redaction
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
    uninstall_log_redaction()  # the tracker store installs it process-wide


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
    assert {"events", "complaints", "vault_entries", "complaint_events"} <= tables


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


STORY = "My name is Sam Example, email sam.example@example.com, card 4111 1111 1111 1111"
SEEDED = ("Sam Example", "sam.example@example.com", "4111 1111 1111 1111")


def conversation_with_personal_data(sender: str) -> DialogueStateTracker:
    tracker = DialogueStateTracker(sender, DOMAIN.slots)
    tracker.update(ActionExecuted("action_listen"))
    entities = [{"entity": "email", "value": "sam.example@example.com", "start": 30, "end": 53}]
    tracker.update(
        UserUttered(
            STORY,
            {"name": "complain", "confidence": 0.9},
            entities,
            metadata={"from": "sam.example@example.com"},
        )
    )
    tracker.update(SlotSet("description", STORY))
    tracker.update(SlotSet("contact_email", TOKEN))
    tracker.update(SlotSet("requested_slot", "contact_email"))
    tracker.update(BotUttered("Thanks Sam Example, I'll write to sam.example@example.com"))
    return tracker


TOKEN = "vt_" + "ab" * 16


@pytest.fixture(params=["sql", pytest.param("redis", marks=pytest.mark.redis)])
def tracker_store_kind(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> str:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")
    monkeypatch.setenv("TRACKER_STORE", request.param)
    monkeypatch.setenv("REDIS_URL", TEST_REDIS_URL)
    return str(request.param)


def raw_storage(store: ConfiguredTrackerStore, sender: str) -> str:
    """Everything the inner store holds for `sender`, as stored bytes/text."""
    inner = store.inner
    if isinstance(inner, RedisTrackerStore):
        return str(inner.red.get(inner.key_prefix + sender))
    engine = create_engine_for(get_settings().database_url)
    try:
        with engine.connect() as connection:
            rows = connection.exec_driver_sql(
                "SELECT type_name, intent_name, action_name, data FROM events WHERE sender_id = ?",
                (sender,),
            ).all()
    finally:
        engine.dispose()
    return repr(rows)


async def test_when_a_tracker_is_saved_then_the_inner_store_holds_only_placeholders(
    tracker_store_kind: str,
) -> None:
    upgrade(get_settings().database_url)
    store = ConfiguredTrackerStore(domain=DOMAIN)
    sender = f"conv-{uuid.uuid4().hex[:8]}"

    await store.save(conversation_with_personal_data(sender))

    stored = raw_storage(store, sender)
    assert all(value not in stored for value in SEEDED)
    assert "<EMAIL_ADDRESS>" in stored and "<CREDIT_CARD>" in stored
    retrieved = await store.retrieve(sender)
    assert retrieved is not None
    # What the form needs survives: intent, token, the slot being asked for.
    assert retrieved.latest_message is not None
    assert retrieved.latest_message.intent["name"] == "complain"
    assert retrieved.get_slot("contact_email") == TOKEN
    assert retrieved.get_slot("requested_slot") == "contact_email"
    assert "<EMAIL_ADDRESS>" in str(retrieved.get_slot("description"))
    if isinstance(store.inner, RedisTrackerStore):
        store.inner.red.delete(store.inner.key_prefix + sender)


async def test_when_a_conversation_is_saved_again_then_it_is_not_duplicated(
    tracker_store_kind: str,
) -> None:
    upgrade(get_settings().database_url)
    store = ConfiguredTrackerStore(domain=DOMAIN)
    sender = f"conv-{uuid.uuid4().hex[:8]}"
    await store.save(conversation_with_personal_data(sender))

    tracker = await store.retrieve(sender)
    assert tracker is not None
    tracker.update(UserUttered("it is 07700 900123", {"name": "inform", "confidence": 0.8}))
    await store.save(tracker)

    again = await store.retrieve(sender)
    assert again is not None
    assert [event.as_dict()["event"] for event in again.events].count("user") == 2
    assert again.latest_message is not None
    assert again.latest_message.text == "it is <PHONE_NUMBER>"
    if isinstance(store.inner, RedisTrackerStore):
        store.inner.red.delete(store.inner.key_prefix + sender)


def test_when_tracker_store_is_redis_without_redis_url_then_settings_refuse(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("TRACKER_STORE", "redis")
    monkeypatch.delenv("REDIS_URL", raising=False)

    with pytest.raises(ConfigurationError, match="needs REDIS_URL"):
        get_settings()


def test_when_the_redactor_cannot_load_then_the_store_refuses_rather_than_rasa_falling_back(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Rasa replaces a store whose constructor raises ImportError with an in-memory one."""
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'bot.db'}")

    def missing_model() -> None:
        raise ImportError("no spaCy model")

    monkeypatch.setattr(rasa_stores, "default_redactor", missing_model)

    with pytest.raises(ConfigurationError, match="redacting tracker store cannot start"):
        ConfiguredTrackerStore(domain=DOMAIN)
