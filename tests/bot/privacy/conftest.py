"""Privacy tests use the store's fixtures: a fresh SQLite and PostgreSQL database each."""

from __future__ import annotations

from tests.bot.store.conftest import database_url, engine, store, vault

__all__ = ["database_url", "engine", "store", "vault"]
