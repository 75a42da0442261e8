"""Fake PII values for the tuning set: one maker per placeholder, all drawn from seeded sources.

Faker names and addresses, example.* emails, Ofcom drama and US 555-01xx phones, published test
card numbers, Faker IBANs and SSNs, NI numbers with the QQ or a random valid prefix.
"""

from __future__ import annotations

import datetime
import ipaddress
import random
import re
import string
from collections.abc import Callable

from faker import Faker

from bench.pii_labels import EMAIL_DOMAINS

TEST_CARDS = (
    "4111111111111111",
    "4012888888881881",
    "4242424242424242",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
)
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"  # never D, F, I, Q, U, V
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"  # never D, F, I, O, Q, U, V
_NINO_UNALLOCATED = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _person(rng: random.Random, fake: Faker, locale: str) -> str:
    name = fake.name() if rng.random() < 0.25 else f"{fake.first_name()} {fake.last_name()}"
    return name.lower() if rng.random() < 0.15 else name


def _email(rng: random.Random, fake: Faker, locale: str) -> str:
    first, last = fake.first_name().lower(), fake.last_name().lower()
    local = rng.choice(
        (
            fake.user_name(),
            f"{first}.{last}",
            f"{first[0]}{last}{rng.randint(1, 99)}",
            f"{first}_{last}",
        )
    )
    return f"{re.sub(r'[^a-z0-9._-]', '', local)}@{rng.choice(EMAIL_DOMAINS)}"


def _phone(rng: random.Random, fake: Faker, locale: str) -> str:
    if locale == "en_GB":  # Ofcom drama ranges
        n = f"{rng.randint(0, 999):03d}"
        return rng.choice(
            (
                f"07700 900{n}",
                f"+44 7700 900{n}",
                f"07700900{n}",
                f"+447700900{n}",
                f"020 7946 0{n}",
                f"+44 20 7946 0{n}",
                f"0161 496 0{n}",
            )
        )
    area, n = rng.choice(("202", "212", "312", "415", "617")), f"{rng.randint(0, 99):02d}"
    return rng.choice(
        (
            f"({area}) 555-01{n}",
            f"+1 {area} 555 01{n}",
            f"{area}-555-01{n}",
            f"+1 ({area}) 555-01{n}",
        )
    )


def _credit_card(rng: random.Random, fake: Faker, locale: str) -> str:
    number = rng.choice(TEST_CARDS)
    if len(number) == 15:
        groups = [number[:4], number[4:10], number[10:]]
    else:
        groups = [number[i : i + 4] for i in range(0, 16, 4)]
    return rng.choice(("", " ", " ", "-")).join(groups)


def _iban(rng: random.Random, fake: Faker, locale: str) -> str:
    iban = fake.iban()
    return iban if rng.random() < 0.5 else " ".join(iban[i : i + 4] for i in range(0, len(iban), 4))


def _sort_code(rng: random.Random, fake: Faker, locale: str) -> str:
    return rng.choice(("-", "", " ")).join(f"{rng.randint(0, 99):02d}" for _ in range(3))


def _account_number(rng: random.Random, fake: Faker, locale: str) -> str:
    number = digits(rng, 8)
    return f"{number[:4]} {number[4:]}" if rng.random() < 0.15 else number


def _us_ssn(rng: random.Random, fake: Faker, locale: str) -> str:
    ssn = fake.ssn()
    return ssn.replace("-", " ") if rng.random() < 0.2 else ssn


def _uk_nino(rng: random.Random, fake: Faker, locale: str) -> str:
    prefix = "QQ" if rng.random() < 0.4 else "ZZ"  # QQ: HMRC's reserved example prefix
    while prefix in _NINO_UNALLOCATED:
        prefix = rng.choice(_NINO_FIRST) + rng.choice(_NINO_SECOND)
    pairs, suffix = [f"{rng.randint(0, 99):02d}" for _ in range(3)], rng.choice("ABCD")
    if rng.random() < 0.6:
        return f"{prefix} {' '.join(pairs)} {suffix}"
    return f"{prefix}{''.join(pairs)}{suffix}"


def _street_address(rng: random.Random, fake: Faker, locale: str) -> str:
    return f"{fake.street_address().replace(chr(10), ', ')}, {fake.city()}"


def _postcode(rng: random.Random, fake: Faker, locale: str) -> str:
    return fake.postcode() if locale == "en_GB" else fake.zipcode()


def _date_of_birth(rng: random.Random, fake: Faker, locale: str) -> str:
    born = fake.date_between_dates(datetime.date(1935, 1, 1), datetime.date(2006, 12, 31))
    month = MONTHS[born.month - 1]
    if locale == "en_GB":
        shapes = (f"{born:%d/%m/%Y}", f"{born.day} {month} {born.year}", f"{born:%d.%m.%Y}")
    else:
        shapes = (f"{born:%m/%d/%Y}", f"{month} {born.day}, {born.year}", f"{born:%m-%d-%Y}")
    return rng.choice((*shapes, born.isoformat()))


def _ip_address(rng: random.Random, fake: Faker, locale: str) -> str:
    roll = rng.random()
    if roll < 0.6:
        return fake.ipv4_public()
    return str(ipaddress.IPv6Address(fake.ipv6())) if roll < 0.8 else fake.ipv6()


MAKERS: dict[str, Callable[[random.Random, Faker, str], str]] = {
    "PERSON": _person,
    "EMAIL_ADDRESS": _email,
    "PHONE_NUMBER": _phone,
    "CREDIT_CARD": _credit_card,
    "IBAN_CODE": _iban,
    "SORT_CODE": _sort_code,
    "ACCOUNT_NUMBER": _account_number,
    "US_SSN": _us_ssn,
    "UK_NINO": _uk_nino,
    "STREET_ADDRESS": _street_address,
    "POSTCODE": _postcode,
    "DATE_OF_BIRTH": _date_of_birth,
    "IP_ADDRESS": _ip_address,
}
_LABEL_OF = {"SORT_CODE": "UK_BANK_ACCOUNT", "ACCOUNT_NUMBER": "UK_BANK_ACCOUNT"}


def label_of(placeholder: str) -> str | None:
    """The label type a placeholder is recorded under, or None for an unlabelled filler."""
    if placeholder not in MAKERS:
        return None
    return _LABEL_OF.get(placeholder, placeholder)
