"""Rasa tracker and lock stores built from our settings (DATABASE_URL, REDIS_URL).

endpoints.yml names these classes, so one set of environment variables configures the
complaint store, Rasa's SQL tracker store and the lock store alike.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.errors import ConfigurationError
from bot.settings import get_settings

logger = logging.getLogger(__name__)


def sql_tracker_store_for(
    database_url: str, domain: Domain | None, event_broker: EventBroker | None = None
) -> SQLTrackerStore:
    """Rasa's SQL tracker store on the same database as the complaint store."""
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConfigurationError("the SQLite tracker store needs a file, not :memory:")
        return SQLTrackerStore(domain=domain, dialect="sqlite", db=url.database)
    if backend != "postgresql":
        raise ConfigurationError(f"DATABASE_URL: unsupported database '{backend}'")
    return SQLTrackerStore(
        domain=domain,
        dialect=url.drivername,
        host=url.host,
        port=url.port,
        db=url.database or "postgres",
        username=url.username,
        password=url.password,
        event_broker=event_broker,
        query=dict(url.query) or None,
    )


class ConfiguredTrackerStore(TrackerStore):
    """Delegates to the tracker store our settings ask for (SQL on DATABASE_URL)."""

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        settings = get_settings()
        self._inner = sql_tracker_store_for(settings.database_url, domain, event_broker)
        super().__init__(domain, event_broker, **kwargs)
        logger.info("Tracker store: %s", type(self._inner).__name__)

    @property
    def inner(self) -> TrackerStore:
        return self._inner

    @property
    def domain(self) -> Domain:
        return self._inner.domain

    @domain.setter
    def domain(self, domain: Domain) -> None:
        self._inner.domain = domain

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._inner.save(tracker)

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return await self._inner.retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self._inner.retrieve_full_tracker(conversation_id)

    async def keys(self) -> Iterable[str]:
        return await self._inner.keys()


def redis_lock_store_for(redis_url: str) -> RedisLockStore:
    url = make_url(redis_url.replace("rediss://", "redis://", 1))
    return RedisLockStore(
        host=url.host or "localhost",
        port=url.port or 6379,
        db=int(url.database or 0),
        username=url.username,
        password=url.password,
        use_ssl=redis_url.startswith("rediss://"),
        key_prefix="complaintbot",
    )


class ConfiguredLockStore(LockStore):
    """Redis lock store when REDIS_URL is set (several rasa replicas), in-memory otherwise."""

    def __init__(self, endpoint_config: Any = None) -> None:
        redis_url = get_settings().redis_url
        self._inner: LockStore = (
            redis_lock_store_for(redis_url) if redis_url else InMemoryLockStore()
        )
        logger.info("Lock store: %s", type(self._inner).__name__)

    @property
    def inner(self) -> LockStore:
        return self._inner

    def get_lock(self, conversation_id: str) -> TicketLock | None:
        return self._inner.get_lock(conversation_id)

    def delete_lock(self, conversation_id: str) -> None:
        self._inner.delete_lock(conversation_id)

    def save_lock(self, lock: TicketLock) -> None:
        self._inner.save_lock(lock)
