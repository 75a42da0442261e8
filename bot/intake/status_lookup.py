"""Status lookup: find the reference and the contact detail that unlocks it in a message."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from bot.fields import find_email, find_phone
from bot.store.references import loose_reference_pattern, normalise_reference

REFERENCE_NOT_FOUND = "That doesn't look like a complaint reference. It looks like {example}."
CONTACT_NEEDED = (
    "Please give the email address or phone number you used when you made the complaint."
)
# Unknown reference and wrong contact get the same answer, so references cannot be probed.
NO_MATCH = (
    "I couldn't find a complaint matching that reference and contact details. Please check "
    "both and try again, or contact us directly."
)
STATUS_TEXT = {
    "received": "We have received your complaint and it is waiting to be picked up.",
    "acknowledged": "We have acknowledged your complaint and it is waiting to be investigated.",
    "in_progress": "Your complaint is being investigated.",
    "resolved": "Your complaint has been resolved — you should have our final response.",
    "closed": "Your complaint is closed.",
}


def reference_example(prefix: str, year: int) -> str:
    return f"{prefix}-{year}-000123"


def without_references(text: str, prefix: str) -> str:
    """The text with complaint references blanked out ("CMP 2030 123456" is not a phone)."""
    return loose_reference_pattern(prefix.upper()).sub(" ", text)


def mentions_lookup_details(text: str, prefix: str, region: str) -> bool:
    """True when the message holds a reference, an email or a phone number."""
    rest = without_references(text, prefix)
    return bool(normalise_reference(text, prefix) or find_email(rest) or find_phone(rest, region))


@dataclass
class LookupTurn:
    updates: dict[str, Any] = field(default_factory=dict)
    messages: list[str] = field(default_factory=list)
    next_slot: str | None = None


def process_lookup_turn(
    text: str, slots: Mapping[str, Any], prefix: str, region: str, year: int
) -> LookupTurn:
    requested = slots.get("requested_slot")
    turn = LookupTurn()
    reference = normalise_reference(text, prefix)
    if reference:
        turn.updates["lookup_reference"] = reference
    elif requested == "lookup_reference":
        turn.updates["lookup_reference"] = None
        turn.messages.append(REFERENCE_NOT_FOUND.format(example=reference_example(prefix, year)))
    rest = without_references(text, prefix)
    contact = find_email(rest) or find_phone(rest, region)
    if contact:
        turn.updates["lookup_contact"] = contact
    elif requested == "lookup_contact" and not reference:
        turn.updates["lookup_contact"] = None
        turn.messages.append(CONTACT_NEEDED)
    merged = {**slots, **turn.updates}
    turn.next_slot = next(
        (slot for slot in ("lookup_reference", "lookup_contact") if not merged.get(slot)), None
    )
    return turn


def status_answer(status: str | None) -> str:
    if status is None:
        return NO_MATCH
    return STATUS_TEXT.get(status, f"Your complaint's status is: {status.replace('_', ' ')}.")
