"""Lazily built, process-wide services for the actions (nothing is opened at import time)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from bot.intake.context import IntakeContext, context_from_settings
from bot.policy import ComplaintPolicy, load_policy
from bot.settings import get_settings
from bot.store.engine import create_engine_for
from bot.store.repository import ComplaintStore


@lru_cache(maxsize=1)
def complaint_store() -> ComplaintStore:
    return ComplaintStore(create_engine_for(get_settings().database_url))


@lru_cache(maxsize=1)
def complaint_policy() -> ComplaintPolicy:
    settings = get_settings()
    return load_policy(settings.policies_file, settings.policy_key)


def intake_context() -> IntakeContext:
    """Built per call because "today" moves; the catalogue behind it is cached."""
    return context_from_settings(today=date.today())
