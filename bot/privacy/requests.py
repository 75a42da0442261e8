"""Subject-access export and erasure, each logged in the privacy audit log."""

from __future__ import annotations

from typing import Any

from bot.privacy import audit
from bot.privacy.subject import find_subject
from bot.store.records import ComplaintRecord
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault


def _complaint_export(
    store: ComplaintStore, complaint: ComplaintRecord, contacts: dict[str, str]
) -> dict[str, Any]:
    return {
        "reference": complaint.reference,
        "status": complaint.status,
        "customer_name": contacts.get(complaint.customer_name_token or ""),
        "contact_email": contacts.get(complaint.contact_email_token or ""),
        "contact_phone": contacts.get(complaint.contact_phone_token or ""),
        "product": complaint.product,
        "description": complaint.description,
        "incident_date": complaint.incident_date.isoformat() if complaint.incident_date else None,
        "desired_outcome": complaint.desired_outcome,
        "consent": complaint.consent,
        "channel": complaint.channel,
        "language": complaint.language,
        "created_at": complaint.created_at.isoformat(),
        "final_response_due": complaint.final_response_due.isoformat(),
        "history": [
            {"event": e.event_type, "to_status": e.to_status, "at": e.created_at.isoformat()}
            for e in store.events_for(complaint.reference)
        ],
    }


def export_subject(
    store: ComplaintStore,
    vault: ContactVault,
    primary_key: bytes,
    email: str | None,
    phone: str | None,
    actor: str,
) -> dict[str, Any]:
    """Everything held about the person, contact details decrypted (free text stays redacted,
    as stored)."""
    subject = find_subject(store, vault, email, phone)
    contacts = vault.reveal_many(subject.tokens)
    export = {
        "contact_details": sorted(set(contacts.values())),
        "complaints": [_complaint_export(store, c, contacts) for c in subject.complaints],
    }
    audit.record(
        store.engine,
        "export",
        actor,
        audit.subject_hash(primary_key, email, phone),
        {"complaints": len(subject.complaints), "contact_entries": len(contacts)},
    )
    return export


def erase_subject(
    store: ComplaintStore,
    vault: ContactVault,
    primary_key: bytes,
    email: str | None,
    phone: str | None,
    actor: str,
) -> dict[str, int]:
    """Delete the person's vault entries; their complaints keep a tombstone event."""
    subject = find_subject(store, vault, email, phone)
    deleted = vault.delete(subject.tokens)
    store.mark_contact_erased([c.id for c in subject.complaints], actor, "erasure request")
    counts = {"contact_entries": deleted, "complaints": len(subject.complaints)}
    audit.record(
        store.engine, "erase", actor, audit.subject_hash(primary_key, email, phone), counts
    )
    return counts
