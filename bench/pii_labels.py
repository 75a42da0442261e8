"""Label types and labelled-message records shared by both synthetic PII sets.

Conventions (both sets): a label's `value` is exactly `text[start:end]`, labels are in text order
and never overlap. A sort code and an account number are separate UK_BANK_ACCOUNT labels;
STREET_ADDRESS covers street and town, and a following postcode or ZIP is its own POSTCODE label.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.pii.spans import PII_TYPES

# The benchmark labels exactly the types the detector reports.
LABEL_TYPES = PII_TYPES
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")


@dataclass(frozen=True)
class PiiLabel:
    type: str
    start: int
    end: int
    value: str  # what was embedded at text[start:end]


@dataclass(frozen=True)
class LabelledMessage:
    text: str
    labels: tuple[PiiLabel, ...]
    sector: str
    locale: str
    register: str  # tuning set: "chat" or "email"; independent set: its layout name
    tone: str  # "polite" or "angry"
