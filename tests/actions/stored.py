"""A fake stored complaint and readers for rows the actions write."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone
from typing import Any

from sqlalchemy import select

from bot.store.engine import create_engine_for
from bot.store.models import Feedback
from bot.store.records import NewComplaint
from bot.vault.contact_vault import ContactVault

EMAIL = "sam.example@example.com"
PHONE = "+447700900123"


def example_complaint(vault: ContactVault, **changes: Any) -> NewComplaint:
    """A complaint submitted earlier; its contact details are in `vault`."""
    submitted = datetime.now(timezone.utc)
    values: dict[str, Any] = {
        "customer_name_token": vault.put("name", "Sam Example"),
        "contact_email_token": vault.put("email", EMAIL),
        "contact_phone_token": vault.put("phone", PHONE),
        "product": "Broadband",
        "description": "The connection drops every evening and the engineer never turned up.",
        "incident_date": submitted.date() - timedelta(days=20),
        "desired_outcome": "A refund for the days without service",
        "consent": True,
        "channel": "rest",
        "conversation_id": "earlier-conversation",
        "language": "en",
        "policy_key": "fca_disp",
        "acknowledge_due": submitted.date() + timedelta(days=7),
        "final_response_due": submitted.date() + timedelta(days=56),
        "reference_prefix": "CMP",
        "submitted_at": submitted,
    }
    values.update(changes)
    return NewComplaint(**values)


def feedback_rows(database_url: str) -> list[dict[str, Any]]:
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(select(Feedback.__table__).order_by(Feedback.id))
            return [dict(row._mapping) for row in rows]
    finally:
        engine.dispose()


def utc_today() -> date:
    return datetime.now(timezone.utc).date()
