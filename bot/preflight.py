"""Checks before the rasa server starts: Rasa would otherwise fall back to an in-memory
tracker store when ours cannot be imported, or retry a dead database forever."""

from __future__ import annotations

import importlib

from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.errors import ConfigurationError
from bot.settings import Settings

STORE_CLASSES = ("bot.rasa_stores:ConfiguredTrackerStore", "bot.rasa_stores:ConfiguredLockStore")


def check_store_classes() -> None:
    for path in STORE_CLASSES:
        module_name, class_name = path.split(":")
        try:
            getattr(importlib.import_module(module_name), class_name)
        except (ImportError, AttributeError) as err:
            raise ConfigurationError(
                f"cannot load {module_name}.{class_name} named in endpoints.yml "
                f"({type(err).__name__}); refusing to start with Rasa's in-memory fallback"
            ) from err


def check_database(database_url: str) -> None:
    from bot.store.engine import create_engine_for

    shown = make_url(database_url).render_as_string(hide_password=True)
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except SQLAlchemyError as err:
        raise ConfigurationError(
            f"cannot reach the database at {shown} ({type(err).__name__})"
        ) from err
    finally:
        engine.dispose()


def check_redis(redis_url: str) -> None:
    import redis

    try:
        redis.Redis.from_url(redis_url, socket_connect_timeout=3).ping()
    except redis.RedisError as err:
        raise ConfigurationError(f"cannot reach Redis at REDIS_URL ({type(err).__name__})") from err


def check_vault_keys(settings: Settings) -> None:
    """The action server cannot keep contact details without a valid key."""
    from bot.vault.keys import parse_keys

    parse_keys(settings.vault_keys)


def check_before_start(settings: Settings) -> None:
    check_store_classes()
    check_database(settings.database_url)
    if settings.redis_url:
        check_redis(settings.redis_url)
