"""The purge job: what is past its retention period goes, and the audit log says how much.

- contacts of complaints closed more than CONTACT_RETENTION_DAYS ago (tombstone event kept)
- vault entries no complaint uses (abandoned forms, look-ups) after UNLINKED_CONTACT_RETENTION_DAYS
- SQL-stored conversations idle for CONVERSATION_RETENTION_DAYS, unless their complaint is
  still open or closed more recently than that
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import datetime, timedelta

from bot.privacy import audit
from bot.privacy.conversations import delete_conversations, stale_conversations
from bot.settings import Settings
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault


@dataclass(frozen=True)
class PurgeResult:
    complaints_anonymised: int
    contact_entries_deleted: int
    unlinked_entries_deleted: int
    conversation_events_deleted: int


def purge(
    store: ComplaintStore, vault: ContactVault, settings: Settings, now: datetime, actor: str
) -> PurgeResult:
    contact_cutoff = now - timedelta(days=settings.contact_retention_days)
    expired = [c for c in store.closed_before(contact_cutoff) if c.contact_tokens]
    deleted = vault.delete(token for c in expired for token in c.contact_tokens)
    store.mark_contact_erased([c.id for c in expired], actor, "retention period ended")
    unlinked = vault.delete_unreferenced(
        now - timedelta(days=settings.unlinked_contact_retention_days)
    )
    events_deleted = 0
    if settings.tracker_store == "sql":
        conversation_cutoff = now - timedelta(days=settings.conversation_retention_days)
        stale = stale_conversations(store.engine, conversation_cutoff)
        keep = store.conversations_in_use(conversation_cutoff)
        events_deleted = delete_conversations(store.engine, stale - keep)
    result = PurgeResult(len(expired), deleted, unlinked, events_deleted)
    audit.record(store.engine, "purge", actor, None, asdict(result))
    return result
