"""Fake complaints for store tests (example.com addresses, Ofcom drama numbers only).

Contacts are vault tokens; `vaulted_complaint` puts real (fake) values in a vault first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any

from bot.store.records import NewComplaint
from bot.vault.contact_vault import ContactVault
from bot.vault.tokens import new_token

SUBMITTED_AT = datetime(2026, 3, 9, 14, 30, tzinfo=timezone.utc)


def new_complaint(**changes: Any) -> NewComplaint:
    base = NewComplaint(
        customer_name_token=new_token(),
        contact_email_token=new_token(),
        contact_phone_token=new_token(),
        product="Broadband",
        description="The connection drops every evening and the engineer never came.",
        incident_date=date(2026, 3, 3),
        desired_outcome="A refund for the days without service",
        consent=True,
        channel="rest",
        conversation_id="conv-0001",
        language="en",
        policy_key="fca_disp",
        acknowledge_due=date(2026, 3, 16),
        final_response_due=date(2026, 5, 4),
        reference_prefix="CMP",
        submitted_at=SUBMITTED_AT,
    )
    return replace(base, **changes)


def vaulted_complaint(
    vault: ContactVault,
    name: str | None = "Sam Example",
    email: str | None = "sam.example@example.com",
    phone: str | None = "+447700900123",
    **changes: Any,
) -> NewComplaint:
    """A complaint whose contact details really are in `vault`."""
    return new_complaint(
        customer_name_token=vault.put("name", name) if name else None,
        contact_email_token=vault.put("email", email) if email else None,
        contact_phone_token=vault.put("phone", phone) if phone else None,
        **changes,
    )
