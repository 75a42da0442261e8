"""Fake customer messages and form states for intake tests (example.com, Ofcom drama numbers)."""

from __future__ import annotations

from datetime import date
from typing import Any

from bot.intake.extraction import IncomingMessage

TODAY = date(2026, 11, 23)
STORY = "The connection drops every evening and the engineer never turned up."


def said(text: str, intent: str = "inform", confidence: float = 0.95) -> IncomingMessage:
    """A customer message as the NLU model classified it."""
    return IncomingMessage(text=text, intent=intent, confidence=confidence)


def complete_slots(**changes: Any) -> dict[str, Any]:
    """Every field collected, waiting for the customer to confirm the summary."""
    slots: dict[str, Any] = {
        "description": STORY,
        "product": "Broadband",
        "incident_date": "2026-11-03",
        "desired_outcome": "A refund for the days without service",
        "customer_name": "Sam Example",
        "contact_email": "sam.example@example.com",
        "contact_phone": None,
        "consent": True,
        "complaint_confirmed": None,
        "requested_slot": "complaint_confirmed",
    }
    slots.update(changes)
    return slots
