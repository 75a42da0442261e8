"""Rasa tracker and lock stores built from our settings (DATABASE_URL, REDIS_URL,
TRACKER_STORE); the tracker store always redacts personal data before anything is saved.

endpoints.yml names these classes, so one set of environment variables configures the
complaint store, Rasa's tracker store and the lock store alike.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import Any

from rasa.core.brokers.broker import EventBroker
from rasa.core.lock import TicketLock
from rasa.core.lock_store import InMemoryLockStore, LockStore, RedisLockStore
from rasa.core.tracker_store import RedisTrackerStore, SQLTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.trackers import DialogueStateTracker
from sqlalchemy.engine import make_url

from bot.errors import ConfigurationError
from bot.log_redaction import install_log_redaction
from bot.pii.event_redaction import CachedRedactor, redact_event
from bot.settings import get_settings

logger = logging.getLogger(__name__)
TRACKER_KEY_PREFIX = "complaintbot"  # Rasa makes it "complaintbot:tracker:"


def sql_tracker_store_for(
    database_url: str, domain: Domain | None, event_broker: EventBroker | None = None
) -> SQLTrackerStore:
    """Rasa's SQL tracker store on the same database as the complaint store."""
    url = make_url(database_url)
    backend = url.get_backend_name()
    if backend == "sqlite":
        if not url.database or url.database == ":memory:":
            raise ConfigurationError("the SQLite tracker store needs a file, not :memory:")
        return SQLTrackerStore(
            domain=domain, dialect="sqlite", db=url.database, event_broker=event_broker
        )
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


def redis_tracker_store_for(
    redis_url: str, domain: Domain | None, event_broker: EventBroker | None = None
) -> RedisTrackerStore:
    url = make_url(redis_url.replace("rediss://", "redis://", 1))
    return RedisTrackerStore(
        domain=domain,
        host=url.host or "localhost",
        port=url.port or 6379,
        db=int(url.database or 0),
        username=url.username,
        password=url.password,
        event_broker=event_broker,
        key_prefix=TRACKER_KEY_PREFIX,
        # Redis forgets idle conversations by itself; the SQL store is purged by a job.
        record_exp=get_settings().conversation_retention_days * 86400,
        use_ssl=redis_url.startswith("rediss://"),
    )


class RedactingTrackerStore(TrackerStore):
    """Wraps any tracker store: every tracker is redacted before the inner store sees it.

    The inner store (and its event broker) only ever receive redacted events. What the bot
    needs later survives: intents, slot names, vault tokens in the contact slots.
    """

    def __init__(self, inner: TrackerStore, redact: Callable[[str], str], **kwargs: Any) -> None:
        self._inner = inner
        self._redact = CachedRedactor(redact)
        super().__init__(inner.domain, None, **kwargs)

    @property
    def inner(self) -> TrackerStore:
        return self._inner

    @property
    def domain(self) -> Domain:
        return self._inner.domain

    @domain.setter
    def domain(self, domain: Domain) -> None:
        self._inner.domain = domain

    def redacted(self, tracker: DialogueStateTracker) -> DialogueStateTracker:
        events = [redact_event(event.as_dict(), self._redact) for event in tracker.events]
        slots = self.domain.slots if self.domain else tracker.slots.values()
        return DialogueStateTracker.from_dict(
            tracker.sender_id, events, slots, tracker._max_event_history
        )

    async def save(self, tracker: DialogueStateTracker) -> None:
        await self._inner.save(self.redacted(tracker))

    async def retrieve(self, sender_id: str) -> DialogueStateTracker | None:
        return await self._inner.retrieve(sender_id)

    async def retrieve_full_tracker(self, conversation_id: str) -> DialogueStateTracker | None:
        return await self._inner.retrieve_full_tracker(conversation_id)

    async def keys(self) -> Iterable[str]:
        return await self._inner.keys()


def default_redactor() -> Callable[[str], str]:
    """The PII detector our settings describe, loaded now so the first message is not slow."""
    from bot.pii import get_detector
    from bot.pii.settings import pii_config_from_settings

    detector = get_detector(pii_config_from_settings(get_settings()))
    detector.warm_up()
    return detector.redact_text


class ConfiguredTrackerStore(RedactingTrackerStore):
    """The redacting store around the inner store our settings ask for (TRACKER_STORE):
    Rasa's SQL store on DATABASE_URL (default) or its Redis store on REDIS_URL."""

    @staticmethod
    def _inner_store(domain: Domain | None, event_broker: EventBroker | None) -> TrackerStore:
        settings = get_settings()
        if settings.tracker_store == "redis" and settings.redis_url:
            return redis_tracker_store_for(settings.redis_url, domain, event_broker)
        return sql_tracker_store_for(settings.database_url, domain, event_broker)

    def __init__(
        self,
        domain: Domain | None = None,
        host: str | None = None,
        event_broker: EventBroker | None = None,
        **kwargs: Any,
    ) -> None:
        try:
            inner = self._inner_store(domain, event_broker)
            redactor = default_redactor()
        except (AttributeError, ImportError) as err:
            # Rasa swallows exactly these two and carries on with an in-memory store that
            # redacts nothing: turn them into an error that stops the server.
            raise ConfigurationError(
                f"the redacting tracker store cannot start ({type(err).__name__})"
            ) from err
        super().__init__(inner, redactor, **kwargs)
        install_log_redaction(self._redact)
        logger.info("Tracker store: %s, redacted", type(inner).__name__)


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
