"""Turn one customer message into candidate values for every complaint field it mentions.

Candidates are raw: validation (bot.intake.validation) decides what is accepted.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from bot.fields import (
    find_desired_outcome,
    find_email,
    find_incident_date,
    find_name,
    find_phone,
    parse_consent,
    parse_correction,
)
from bot.intake.context import IntakeContext

# Intents that leave the form instead of answering it (only when the model is sure).
ESCAPE_INTENTS = frozenset({"cancel", "request_human"})
ESCAPE_MIN_CONFIDENCE = 0.6
FREE_TEXT_SLOTS = ("customer_name", "description", "desired_outcome")
CONTACT_SLOTS = ("contact_email", "contact_phone")
# Words that may stand right before an email address without being part of it.
EMAIL_LEAD_WORDS = frozenset(
    """is at to me email e-mail mail address on use its it's try via contact reach and or my
    the new old correct right change update is: email: e-mail: -""".split()
)

_BOILERPLATE = re.compile(
    r"^\s*(hi|hello|hey|dear [a-z ]+|good (morning|afternoon|evening))?[\s,.!]*"
    r"(i('d| would| want to| wish to|'m writing to| am writing to)|i want|i'd like|can i|"
    r"i need to)?\s*(like to\s*)?(make|raise|lodge|file|submit|log)?\s*(a|an)?\s*(formal|official)?"
    r"\s*(complaint|complain)\b\s*(about|regarding|re:?|concerning)?[\s,.:!-]*",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class IncomingMessage:
    text: str
    intent: str | None = None
    confidence: float = 0.0

    @property
    def is_escape(self) -> bool:
        return self.intent in ESCAPE_INTENTS and self.confidence >= ESCAPE_MIN_CONFIDENCE

    @property
    def is_affirm(self) -> bool:
        return self.intent == "affirm"

    @property
    def is_deny(self) -> bool:
        return self.intent == "deny"


def story_text(text: str) -> str:
    """The complaint story without a leading "I want to make a complaint about" preamble."""
    return _BOILERPLATE.sub("", text, count=1).strip()


def _yes_no(message: IncomingMessage) -> bool | str:
    parsed = parse_consent(message.text)
    if parsed is not None:
        return parsed
    if message.is_affirm:
        return True
    if message.is_deny:
        return False
    return message.text


def extract_candidates(
    message: IncomingMessage,
    requested: str | None,
    filled: Mapping[str, Any],
    context: IntakeContext,
    activation_text: str | None = None,
) -> dict[str, Any]:
    """Candidate values for every field this message mentions; {} when the customer is leaving.

    `requested` is the field the bot just asked for (None when the form is starting);
    `activation_text` is the earlier message that started the form, if it was not this one.
    """
    text = activation_text if (requested is None and activation_text) else message.text
    candidates: dict[str, Any] = {}

    correction = parse_correction(message.text)
    if correction is not None:
        slot, value = correction
        candidates[slot] = value

    email = find_email(text)
    phone = find_phone(text, context.phone_region)
    if email and "contact_email" not in candidates:
        candidates["contact_email"] = email
    if phone and "contact_phone" not in candidates:
        candidates["contact_phone"] = phone
    if message.is_escape and not candidates:
        # "cancel" / "agent" — but an email address that merely sounds like "someone" is an answer.
        return {}

    def empty(slot: str) -> bool:
        return filled.get(slot) in (None, "") and slot not in candidates

    if empty("product"):
        product = context.catalogue.find_in(text)
        if product is not None:
            candidates["product"] = product.label
    if empty("incident_date"):
        found = find_incident_date(text, context.today)
        if found is not None:
            candidates["incident_date"] = found.isoformat()
    if empty("desired_outcome"):
        outcome = find_desired_outcome(text)
        if outcome:
            candidates["desired_outcome"] = outcome
    if empty("customer_name"):
        name = find_name(text)
        if name:
            candidates["customer_name"] = name
    if requested is None and empty("description"):
        story = story_text(text)
        if len(story.split()) >= context.min_description_words:
            candidates["description"] = story

    if requested in CONTACT_SLOTS and email:
        split = _split_email(message.text, email)
        if split:
            candidates["contact_email"] = split  # validation explains that spaces aren't allowed
    answered_elsewhere = correction is not None or (
        (email or phone) and requested not in ("description", *CONTACT_SLOTS)
    )
    if (
        requested
        and requested not in candidates
        and not message.is_escape
        and not answered_elsewhere
    ):
        candidates.update(_answer_to_requested(message, requested, candidates))
    return candidates


def _split_email(text: str, email: str) -> str | None:
    """ "jo test@example.com": the address typed with a space, which find_email would shorten."""
    local = email.split("@", 1)[0]
    found = re.search(rf"(?P<word>[\w.+-]+)\s+{re.escape(local)}@", text, re.IGNORECASE)
    if found and found.group("word").lower() not in EMAIL_LEAD_WORDS:
        return f"{found.group('word')} {email}"
    return None


def _answer_to_requested(
    message: IncomingMessage, requested: str, candidates: Mapping[str, Any]
) -> dict[str, Any]:
    """Read the whole message as the answer to the question just asked."""
    if requested in FREE_TEXT_SLOTS or requested in ("product", "incident_date"):
        return {requested: message.text.strip()}
    if requested in ("contact_email", "contact_phone"):
        # Either contact detail answers the contact question.
        if "contact_email" in candidates or "contact_phone" in candidates:
            return {}
        return {requested: message.text.strip()}
    if requested == "consent":
        return {"consent": _yes_no(message)}
    if requested == "complaint_confirmed":
        if any(slot != "complaint_confirmed" for slot in candidates):
            return {}  # a correction: show the summary again rather than an error
        return {"complaint_confirmed": _yes_no(message)}
    return {requested: message.text.strip()}
