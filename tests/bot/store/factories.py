"""Fake complaints for store tests (example.com addresses, Ofcom drama numbers only)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timezone
from typing import Any

from bot.store.records import NewComplaint

SUBMITTED_AT = datetime(2026, 3, 9, 14, 30, tzinfo=timezone.utc)


def new_complaint(**changes: Any) -> NewComplaint:
    base = NewComplaint(
        customer_name="Sam Example",
        contact_email="sam.example@example.com",
        contact_phone="+447700900123",
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
