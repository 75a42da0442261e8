"""Hard negatives for the blind set: numbers and names that look like PII but are not.

Complaint, order, booking and tracking references, flight numbers, meter readings and serials,
supply point numbers, handset and SIM serials, model numbers, amounts, incident dates (always
2025 or 2026, never a date of birth), last four card digits, company and airport names.
"""

from __future__ import annotations

import random
import string

from bench.pii_blind_values import MONTHS, ordinal

COMPANIES = {
    "banking": ("Kestrel Bank", "Harbourvale Mutual", "Pinecrest Savings", "Ardmore Bank"),
    "utilities": ("Brightwater Energy", "Corrib Gas & Power", "Ridgeway Water", "Lumen Electric"),
    "telecom": ("Skylark Mobile", "Tollan Broadband", "Northgate Fibre", "Wavecrest Wireless"),
    "retail": ("Hollybrook Home", "Cartwell's", "Meadowmart", "Brambleton Outdoor"),
    "airline": ("Aer Lorne", "Skyhaven Airways", "Atlantic Crest Air", "Bluewing"),
}
PRODUCTS = {
    "telecom": ("Zentra X9 handset", "Volta 5G router", "Lumo Hub 3", "Pixelite S22"),
    "retail": ("Norrland corner sofa", "AquaSpin 9kg washer", "Trailmark 3-man tent", "Brisa fan"),
    "utilities": ("Warmline", "HeatSure Plus", "Boilercare Gold"),
}
AIRPORTS = {
    "en_GB": ("Heathrow", "Gatwick", "Manchester", "Edinburgh"),
    "en_US": ("JFK", "O'Hare", "Logan", "Newark"),
    "en_IE": ("Dublin Airport", "Shannon", "Cork", "Knock"),
}
AIRLINE_CODES = ("EI", "BA", "UA", "FR", "AA", "VS", "DL", "U2")
CURRENCY = {"en_GB": "£", "en_US": "$", "en_IE": "€"}
WEEKDAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()
NEGATIVE_NAMES = (
    "company product airport cref order tracking booking flight ticket bagtag meter kwh serial "
    "mprn bill model amount amount_b when when_b last txref cheque mbps minutes hours sim"
).split()


def incident_date(rng: random.Random, locale: str) -> str:
    """A date something went wrong, never a birth date: 2025 or 2026, or no year at all."""
    year, month, day = rng.choice((2025, 2026)), rng.randint(1, 12), rng.randint(1, 28)
    name = MONTHS[month - 1]
    if locale == "en_US":
        shapes = (f"{month}/{day}/{year}", f"{name} {day}", f"{name} {ordinal(day)}, {year}")
    else:
        shapes = (f"{day:02d}/{month:02d}/{year}", f"{day} {name}", f"the {ordinal(day)} of {name}")
    return rng.choice(shapes + (rng.choice(WEEKDAYS), f"{day} {name[:3]} {year}"))


def amount(rng: random.Random, locale: str) -> str:
    value = rng.choice((rng.randint(3, 99) + rng.randint(0, 99) / 100, rng.randint(100, 2400)))
    text = f"{value:,.2f}" if isinstance(value, float) else f"{value:,}"
    symbol = CURRENCY[locale]
    if rng.random() < 0.12:
        return f"{text} {dict(en_GB='GBP', en_US='USD', en_IE='EUR')[locale]}"
    return f"{symbol}{text}"


def token(rng: random.Random, shape: str) -> str:
    """Fills a shape: each A becomes a capital letter, each 9 a digit, the rest is kept."""
    return "".join(
        rng.choice(string.ascii_uppercase)
        if c == "A"
        else rng.choice(string.digits)
        if c == "9"
        else c
        for c in shape
    )


def negative(name: str, rng: random.Random, locale: str, sector: str) -> str:
    """The value of an unlabelled placeholder."""
    if name == "company":
        return rng.choice(COMPANIES[sector])
    if name == "product":
        return rng.choice(PRODUCTS.get(sector, PRODUCTS["retail"]))
    if name == "airport":
        return rng.choice(AIRPORTS[locale])
    if name in ("when", "when_b"):
        return incident_date(rng, locale)
    if name in ("amount", "amount_b"):
        return amount(rng, locale)
    if name == "flight":
        return f"{rng.choice(AIRLINE_CODES)}{rng.choice(('', ' '))}{rng.randint(100, 2999)}"
    simple = {
        "cref": lambda: f"CMP-{rng.choice((2025, 2026))}-{rng.randint(1, 999_999):06d}",
        "order": lambda: token(
            rng, rng.choice(("ORD-99999999", "#99999999", "999-9999999-9999999"))
        ),
        "tracking": lambda: token(
            rng, rng.choice(("AA999999999GB", "1Z999AA10123456784", "JD9999999999"))
        ),
        "booking": lambda: token(rng, rng.choice(("A9AA9A", "AAA9AA", "9AAA9A"))),
        "ticket": lambda: token(rng, "999-9999999999"),
        "bagtag": lambda: f"{rng.choice(AIRLINE_CODES)} {rng.randint(0, 999_999):06d}",
        "meter": lambda: token(rng, rng.choice(("99999", "09999", "99999.9"))),
        "kwh": lambda: f"{rng.randint(1200, 9800):,}",
        "serial": lambda: token(rng, rng.choice(("A99A99999", "M-99A999999", "SN 9999-AAA-999"))),
        "mprn": lambda: token(rng, "10 999 999 999"),
        "bill": lambda: token(rng, rng.choice(("BL-99999999", "99 9999 9999", "ACC-999999"))),
        "model": lambda: token(rng, rng.choice(("AA-9999", "AAA-999A", "9999-AA"))),
        "last": lambda: f"{rng.randint(0, 9999):04d}",
        "txref": lambda: token(rng, "TX9AA99A9A"),
        "cheque": lambda: f"{rng.randint(1, 999):06d}",
        "mbps": lambda: str(rng.randint(2, 40)),
        "minutes": lambda: str(rng.randint(25, 140)),
        "hours": lambda: str(rng.randint(3, 19)),
        "sim": lambda: "8944 " + token(rng, "9999 9999 9999 999"),
    }
    return simple[name]()
