"""Pure validation and extraction for complaint fields; no Rasa imports, no I/O at import.

Every `normalise_*`, `parse_*`, `check_*` and `clean_*` function raises
`bot.errors.InvalidField` with a message that is safe to show the customer (it never repeats
what they typed); every `find_*` function returns None rather than guessing.
"""

from __future__ import annotations

from bot.fields.catalogue import Catalogue, Product
from bot.fields.corrections import parse_correction
from bot.fields.dates import find_incident_date, parse_incident_date
from bot.fields.email import find_email, normalise_email
from bot.fields.phone import find_phone, normalise_phone
from bot.fields.text import (
    check_description,
    check_desired_outcome,
    clean_name,
    find_desired_outcome,
    find_name,
    parse_consent,
)

__all__ = [
    "Catalogue",
    "Product",
    "check_description",
    "check_desired_outcome",
    "clean_name",
    "find_desired_outcome",
    "find_email",
    "find_incident_date",
    "find_name",
    "find_phone",
    "normalise_email",
    "normalise_phone",
    "parse_consent",
    "parse_correction",
    "parse_incident_date",
]
