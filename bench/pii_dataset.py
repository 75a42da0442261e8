"""Seeded synthetic complaint messages with labelled PII spans: the TUNING set.

The detector's recognizers were tuned while looking at this set, so its figures are optimistic;
bench/pii_independent_set.py is the held-out check. No real people: names and addresses come from
Faker (en_GB, en_US), emails use example.* domains, phones the Ofcom drama and US 555-01xx
ranges, cards the published test numbers, NI numbers the reserved QQ prefix or random valid
prefixes. Complaint references, order numbers, amounts, incident dates, products and company
names are unlabelled hard negatives. A sort code and an account number are separate
UK_BANK_ACCOUNT labels; STREET_ADDRESS covers street and town, and a following postcode or ZIP
is its own POSTCODE label.

Built from bench/pii_tuning_values.py (PII values), pii_tuning_fillers.py (hard negatives),
pii_tuning_templates.py (wording) and pii_tuning_assembly.py (message layout).
"""

from __future__ import annotations

from bench.pii_labels import EMAIL_DOMAINS, LABEL_TYPES, LabelledMessage, PiiLabel
from bench.pii_tuning_assembly import LOCALES, SECTORS, SeededSources, message

__all__ = [
    "EMAIL_DOMAINS",
    "LABEL_TYPES",
    "LOCALES",
    "SECTORS",
    "LabelledMessage",
    "PiiLabel",
    "generate",
]


def generate(count: int, seed: int = 2026) -> list[LabelledMessage]:
    """The same `count` messages for the same seed (and Faker version); each embeds 0-4 values
    (bank details count once but carry two labels)."""
    sources = SeededSources(seed)
    return [message(sources) for _ in range(count)]
