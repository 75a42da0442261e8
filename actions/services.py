"""Lazily built, process-wide services for the actions (nothing is opened at import time)."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from sqlalchemy.engine import Engine

from bot.intake.context import IntakeContext, context_from_settings
from bot.pii.settings import text_redactor
from bot.policy import ComplaintPolicy, load_policy
from bot.settings import get_settings
from bot.store.engine import create_engine_for
from bot.store.handoff_queue import HandoffQueue
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys


@lru_cache(maxsize=1)
def database_engine() -> Engine:
    return create_engine_for(get_settings().database_url)


def redact_text(text: str) -> str:
    """Text with personal data replaced by typed placeholders (fails closed)."""
    return text_redactor(get_settings())(text)


@lru_cache(maxsize=1)
def complaint_store() -> ComplaintStore:
    return ComplaintStore(database_engine(), redact=redact_text)


@lru_cache(maxsize=1)
def contact_vault() -> ContactVault:
    return ContactVault(database_engine(), parse_keys(get_settings().vault_keys))


@lru_cache(maxsize=1)
def handoff_queue() -> HandoffQueue:
    return HandoffQueue(database_engine(), redact=redact_text)


@lru_cache(maxsize=1)
def complaint_policy() -> ComplaintPolicy:
    settings = get_settings()
    return load_policy(settings.policies_file, settings.policy_key)


def intake_context() -> IntakeContext:
    """Built per call because "today" moves; the catalogue behind it is cached."""
    return context_from_settings(today=date.today())
