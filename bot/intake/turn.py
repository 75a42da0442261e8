"""One customer turn in the complaint form: extract, validate, and choose the next question."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.errors import InvalidField
from bot.intake.context import IntakeContext
from bot.intake.extraction import IncomingMessage, extract_candidates
from bot.intake.validation import validate_field

# The order questions are asked in; contact_phone is asked only if no contact was given.
FORM_SLOTS = (
    "description",
    "product",
    "incident_date",
    "desired_outcome",
    "customer_name",
    "contact_email",
    "contact_phone",
    "consent",
    "complaint_confirmed",
)
CONTACT_SLOTS = ("contact_email", "contact_phone")
HUMAN_OFFER = "If you'd rather, type \"agent\" and I'll pass you to a member of our team."


@dataclass
class TurnResult:
    updates: dict[str, Any] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    next_slot: str | None = None
    leaving: bool = False


def next_slot_to_ask(slots: Mapping[str, Any]) -> str | None:
    """The first missing field; one contact detail (email or phone) is enough."""
    has_contact = any(slots.get(slot) not in (None, "") for slot in CONTACT_SLOTS)
    for slot in FORM_SLOTS:
        if slot in CONTACT_SLOTS and has_contact:
            continue
        if slot == "contact_phone":
            continue  # asked together with email as "email or phone"
        if slots.get(slot) in (None, ""):
            return slot
    return None


def process_turn(
    message: IncomingMessage,
    slots: Mapping[str, Any],
    context: IntakeContext,
    activation_text: str | None = None,
) -> TurnResult:
    """Everything this message changes in the form; fields already collected are never lost."""
    requested = slots.get("requested_slot")
    candidates = extract_candidates(message, requested, slots, context, activation_text)
    if not candidates and message.is_escape:
        return TurnResult(leaving=True)

    result = TurnResult()
    failures: dict[str, int] = dict(slots.get("field_failures") or {})
    for slot in FORM_SLOTS:
        if slot not in candidates:
            continue
        try:
            result.updates[slot] = validate_field(slot, candidates[slot], context)
        except InvalidField as problem:
            # Keep whatever we already had: a bad correction must not erase a good value.
            result.updates[slot] = slots.get(slot)
            text = str(problem)
            if slot == requested or slots.get(slot) in (None, ""):
                failures[slot] = failures.get(slot, 0) + 1
                if failures[slot] >= context.max_field_attempts:
                    text = f"{text} {HUMAN_OFFER}"
            result.messages.append(text)
    if failures != (slots.get("field_failures") or {}):
        result.updates["field_failures"] = failures
    if "complaint_confirmed" not in candidates and requested == "complaint_confirmed":
        result.updates["complaint_confirmed"] = None

    merged = {**slots, **result.updates}
    result.next_slot = next_slot_to_ask(merged)
    return result
