"""Fake PII values for the independent set, in shapes and separators the tuning set never uses.

Only values that cannot belong to anyone: Faker names and streets, example.com/.org/.net emails,
Ofcom drama numbers (07700 900xxx, 020 7946 0xxx) and US 555-01xx, published card test numbers,
IBANs with computed check digits on made-up bank codes, the SSA's voided example SSNs, NI numbers
with HMRC's specimen QQ prefix, and IPs from the documentation ranges (RFC 5737, RFC 3849).
"""

from __future__ import annotations

import datetime
import random
import re
import string

from faker import Faker

from bench.pii_labels import EMAIL_DOMAINS

PUBLISHED_TEST_CARDS = (
    "4111111111111111",
    "4000056655665556",
    "4012888888881881",
    "5555555555554444",
    "5200828282828210",
    "2223003122003222",
    "378282246310005",
    "378734493671000",
    "6011000990139424",
    "3530111333300000",
    "30569309025904",
)
# 078-05-1120 (the Woolworth wallet card) and 219-09-9999 (an SSA leaflet) were voided;
# 123-45-6789 is the textbook placeholder. All keep the detector's area rules, unlike 9xx.
VOIDED_SSNS = ("078051120", "219099999", "123456789")
IBAN_SHAPES = {  # country: bank-code letters, then digits of the rest of the BBAN
    "GB": (4, 14),
    "IE": (4, 14),
    "NL": (4, 10),
    "DE": (0, 18),
    "ES": (0, 20),
    "FR": (0, 23),
}
_FAKE_BANK_CODES = ("WEST", "XMPL", "TEST", "DEMO", "ABCD")
_DOC_NETS = ("192.0.2", "198.51.100", "203.0.113")
_SHORT_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def person(rng: random.Random, fake: Faker) -> str:
    first, last = fake.first_name(), fake.last_name()
    shape = rng.randrange(6)
    if shape == 0:
        return f"{first} {rng.choice(string.ascii_uppercase)}. {last}"
    if shape == 1:
        return f"{rng.choice(('Mr', 'Mrs', 'Ms', 'Miss', 'Dr'))} {first[0]}. {last}"
    if shape == 2:
        return f"{first} {last}-{fake.last_name()}"
    return f"{first} {last}"


def surname_first(rng: random.Random, fake: Faker) -> str:
    """Forms and lists: SURNAME, Forename."""
    last, first = fake.last_name(), fake.first_name()
    return f"{last.upper() if rng.random() < 0.6 else last}, {first}"


def email(rng: random.Random, fake: Faker) -> str:
    first = re.sub(r"[^a-z]", "", fake.first_name().lower())
    last = re.sub(r"[^a-z]", "", fake.last_name().lower())
    local = rng.choice(
        (
            f"{first}{last}+{rng.choice(('refunds', 'bills', 'shop'))}",
            f"{first[0]}.{last}{rng.randint(1950, 2005)}",
            f"{last}-{first}",
            f"{first.title()}.{last.title()}",
            f"{first}_{last[0]}",
            f"{last}{rng.randint(10, 999)}",
        )
    )
    return f"{local}@{rng.choice(EMAIL_DOMAINS)}"


def phone(rng: random.Random, locale: str) -> str:
    if locale == "en_US":
        area, n = rng.choice(("206", "305", "512", "646", "773")), f"{rng.randint(0, 99):02d}"
        return rng.choice(
            (
                f"{area}.555.01{n}",
                f"1-{area}-555-01{n}",
                f"+1 {area}-555-01{n}",
                f"({area})555-01{n}",
                f"{area} 555 01{n}",
                f"+1.{area}.555.01{n}",
            )
        )
    n = f"{rng.randint(0, 999):03d}"
    return rng.choice(
        (
            f"07700 900 {n}",
            f"07700-900-{n}",
            f"07700.900.{n}",
            f"(07700) 900{n}",
            f"+44 (0)7700 900{n}",
            f"0044 7700 900{n}",
            f"0770 090 0{n}",
            f"020-7946-0{n}",
            f"(020) 7946 0{n}",
            f"+44 (0)20 7946 0{n}",
            f"+44 20 7946 0{n}",
            f"0207 946 0{n}",
        )
    )


def credit_card(rng: random.Random) -> str:
    number = rng.choice(PUBLISHED_TEST_CARDS)
    cuts: tuple[int, ...] = (4, 10)  # Amex 4-6-5, Diners 4-6-4, and some 16-digit cards 4-6-6
    if len(number) == 16 and rng.random() < 0.8:
        cuts = (4, 8, 12)
    bounds = (0, *cuts, len(number))
    groups = [number[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
    return rng.choice((" ", "-", ".", "", "  ")).join(groups)


def iban(rng: random.Random) -> str:
    country = rng.choice(tuple(IBAN_SHAPES))
    letters, count = IBAN_SHAPES[country]
    bank = rng.choice(_FAKE_BANK_CODES) if letters else ""
    bban = bank + "".join(rng.choice(string.digits) for _ in range(count))
    compact = f"{country}{iban_check_digits(country, bban)}{bban}"
    shape = rng.random()
    if shape < 0.45:
        return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    if shape < 0.55:
        return "-".join(compact[i : i + 4] for i in range(0, len(compact), 4))
    return compact


def iban_check_digits(country: str, bban: str) -> str:
    """ISO 13616: the two digits that make (BBAN + country + check) mod 97 equal 1."""
    numeric = "".join(str(int(char, 36)) for char in f"{bban}{country}00")
    return f"{98 - int(numeric) % 97:02d}"


def sort_code(rng: random.Random) -> str:
    pairs = [f"{rng.randint(0, 99):02d}" for _ in range(3)]
    return rng.choice(("-", " ", "", ".", "/")).join(pairs)


def account_number(rng: random.Random) -> str:
    number = "".join(rng.choice(string.digits) for _ in range(8))
    return rng.choice((number, number, f"{number[:4]} {number[4:]}", f"{number[:4]}-{number[4:]}"))


def us_ssn(rng: random.Random) -> str:
    ssn = rng.choice(VOIDED_SSNS)
    separator = rng.choice(("-", "-", " ", "", "."))
    return separator.join((ssn[:3], ssn[3:5], ssn[5:]))


def uk_nino(rng: random.Random) -> str:
    pairs, suffix = [f"{rng.randint(0, 99):02d}" for _ in range(3)], rng.choice("ABCD")
    return rng.choice(
        (
            f"QQ {' '.join(pairs)} {suffix}",
            f"QQ{''.join(pairs)}{suffix}",
            f"QQ {''.join(pairs)} {suffix}",
            f"QQ-{'-'.join(pairs)}-{suffix}",
        )
    )


def address_parts(rng: random.Random, fake: Faker, locale: str) -> list[str]:
    """Street lines then the town line (with the state abbreviation in the US)."""
    street = f"{fake.building_number()} {fake.street_name()}"
    lines = [street]
    if rng.random() < 0.35:
        flat = fake.secondary_address()
        lines = [flat, street] if locale == "en_GB" else [street, flat]
    town = fake.city()
    return [*lines, f"{town}, {fake.state_abbr()}" if locale == "en_US" else town]


def postcode(rng: random.Random, fake: Faker, locale: str) -> str:
    if locale == "en_US":
        return fake.zipcode_plus4() if rng.random() < 0.35 else fake.zipcode()
    code = fake.postcode()
    return code.replace(" ", "") if rng.random() < 0.2 else code


def date_of_birth(rng: random.Random, fake: Faker, locale: str) -> str:
    born = fake.date_between_dates(datetime.date(1940, 1, 1), datetime.date(2005, 12, 31))
    day, month = born.day, _SHORT_MONTHS[born.month - 1]
    th = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    if locale == "en_US":
        shapes = (f"{born.month}/{day}/{born.year}", f"{month} {day}{th} {born.year}")
    else:
        shapes = (f"{day}{th} {month} {born.year}", f"{day}.{born.month}.{born.year}")
    return rng.choice((*shapes, f"{born:%d/%m/%y}", f"{day:02d}-{month}-{born.year}"))


def ip_address(rng: random.Random) -> str:
    if rng.random() < 0.7:
        return f"{rng.choice(_DOC_NETS)}.{rng.randint(1, 254)}"
    if rng.random() < 0.6:  # compressed
        groups = [f"{rng.randint(0, 0xFFFF):x}" for _ in range(rng.randint(1, 3))]
        return "2001:db8::" + ":".join(groups)
    return "2001:0DB8:" + ":".join(f"{rng.randint(0, 0xFFFF):04X}" for _ in range(6))
