"""Fills one blind-set message's placeholders, once each, and says which ones are labelled.

The same placeholder always gets the same value inside a message, so a name in the greeting,
the forwarding header and the signature is one person.
"""

from __future__ import annotations

import random

from bench.pii_blind_frames import SUBJECTS
from bench.pii_blind_negatives import incident_date, negative
from bench.pii_blind_values import BlindValues

LABELLED = {
    "name": "PERSON",
    "first": "PERSON",
    "formal": "PERSON",
    "other": "PERSON",
    "agent": "PERSON",
    "email": "EMAIL_ADDRESS",
    "phone": "PHONE_NUMBER",
    "phone_b": "PHONE_NUMBER",
    "card": "CREDIT_CARD",
    "iban": "IBAN_CODE",
    "sort": "UK_BANK_ACCOUNT",
    "account": "UK_BANK_ACCOUNT",
    "ssn": "US_SSN",
    "nino": "UK_NINO",
    "street": "STREET_ADDRESS",
    "postcode": "POSTCODE",
    "dob": "DATE_OF_BIRTH",
    "ip": "IP_ADDRESS",
}


def label_of(placeholder: str) -> str | None:
    return LABELLED.get(placeholder)


class ValueBook:
    def __init__(
        self, values: BlindValues, rng: random.Random, locale: str, sector: str, casual: bool
    ) -> None:
        self.values, self.rng = values, rng
        self.locale, self.sector, self.casual = locale, sector, casual
        self.filled: dict[str, str] = {}
        self.person: tuple[str, str] | None = None

    def customer(self) -> tuple[str, str]:
        if self.person is None:
            self.person = self.values.first_last(self.locale)
        return self.person

    def value_for(self, placeholder: str) -> str:
        if placeholder not in self.filled:
            self.filled[placeholder] = self.draw(placeholder)
        return self.filled[placeholder]

    def draw(self, placeholder: str) -> str:
        values, locale = self.values, self.locale
        if placeholder in ("name", "first", "formal", "email"):
            first, last = self.customer()
            if placeholder == "name":
                return values.full_name(first, last, self.casual)
            if placeholder == "first":
                return first.lower() if self.casual and self.rng.random() < 0.5 else first
            if placeholder == "formal":
                return values.formal(last)
            if self.rng.random() < 0.75:
                return values.email(first, last)
            return values.email(*values.first_last(locale))
        if placeholder == "other":
            first, last = values.first_last(locale)
            if self.rng.random() < 0.4:
                last = self.customer()[1]
            return values.full_name(first, last, self.casual)
        if placeholder == "agent":
            first, last = values.first_last(locale)
            return first if self.rng.random() < 0.7 else f"{first} {last}"
        if placeholder == "phone_b":
            other = values.phone(locale)
            while other == self.value_for("phone"):
                other = values.phone(locale)
            return other
        if placeholder == "street":
            street = values.street(locale)
            return street.lower() if self.casual and self.rng.random() < 0.4 else street
        simple = {
            "phone": lambda: values.phone(locale),
            "card": values.card,
            "iban": lambda: values.iban(locale),
            "sort": values.sort_code,
            "account": values.account_number,
            "ssn": values.ssn,
            "nino": values.nino,
            "postcode": lambda: values.postcode(locale),
            "dob": lambda: values.date_of_birth(locale),
            "ip": values.ip,
            "subject": lambda: self.rng.choice(SUBJECTS[self.sector]),
            "sent": lambda: incident_date(self.rng, locale),
        }
        if placeholder in simple:
            return simple[placeholder]()
        return negative(placeholder, self.rng, locale, self.sector)
