"""The purge job removes only what is past its retention period, and says so in the audit log."""

from __future__ import annotations

import dataclasses
import uuid
from datetime import timedelta

from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.privacy import audit
from bot.privacy.retention import purge
from bot.settings import load_settings
from bot.store.columns import utc_now
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from tests.bot.store.factories import vaulted_complaint

EVENTS_TABLE = (
    "CREATE TABLE IF NOT EXISTS events (id INTEGER PRIMARY KEY, sender_id VARCHAR(255), "
    "type_name VARCHAR(255), timestamp FLOAT, data TEXT)"
)

INSERT_EVENT = (
    "INSERT INTO events (sender_id, type_name, timestamp, data) VALUES (:s, 'user', :t, '{}')"
)


def add_conversation(engine: Engine, sender: str, days_ago: float) -> None:
    with engine.begin() as connection:
        connection.execute(
            text(
                EVENTS_TABLE.replace("INTEGER PRIMARY KEY", "SERIAL PRIMARY KEY")
                if engine.dialect.name == "postgresql"
                else EVENTS_TABLE
            )
        )
        connection.execute(
            text(INSERT_EVENT),
            {"s": sender, "t": (utc_now() - timedelta(days=days_ago)).timestamp()},
        )


def conversations(engine: Engine) -> set[str]:
    with engine.connect() as connection:
        return set(connection.execute(text("SELECT DISTINCT sender_id FROM events")).scalars())


def test_when_retention_periods_end_then_only_expired_data_is_purged(
    store: ComplaintStore, vault: ContactVault, engine: Engine
) -> None:
    settings = dataclasses.replace(
        load_settings(),
        contact_retention_days=0,
        conversation_retention_days=30,
        unlinked_contact_retention_days=0,
        tracker_store="sql",
    )
    old_conv, open_conv, idle_conv, recent_conv = (f"c-{uuid.uuid4().hex[:6]}" for _ in range(4))
    closed = store.submit_complaint(vaulted_complaint(vault, conversation_id=old_conv))
    still_open = store.submit_complaint(vaulted_complaint(vault, conversation_id=open_conv))
    store.change_status(closed.reference, "closed", "agent:1")
    abandoned = vault.put("email", "abandoned@example.com")
    for sender, days in ((old_conv, 40), (open_conv, 40), (idle_conv, 40), (recent_conv, 1)):
        add_conversation(engine, sender, days)

    result = purge(store, vault, settings, utc_now() + timedelta(seconds=1), "job:test")

    assert result.complaints_anonymised == 1 and result.contact_entries_deleted == 3
    assert result.unlinked_entries_deleted == 1 and vault.reveal(abandoned) is None
    erased = store.get_complaint(closed.reference)
    assert erased is not None and erased.contact_tokens == ()
    kept = store.get_complaint(still_open.reference)
    assert kept is not None and len(vault.reveal_many(kept.contact_tokens)) == 3
    # The closed complaint closed just now: its conversation waits 30 more days.
    assert conversations(engine) == {old_conv, open_conv, recent_conv}
    assert result.conversation_events_deleted == 1
    assert audit.entries(engine)[-1]["action"] == "purge"
