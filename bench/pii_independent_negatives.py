"""Unlabelled hard negatives for the independent set: numbers, codes, dates and names that look
like PII but are not (order and tracking numbers, references, model numbers, IMEIs, firmware
versions, account-opening dates, person-like company names)."""

from __future__ import annotations

import random
import string

COMPANIES = {
    "retail": ["Harper & Finch", "Maxwell Home Store", "Gadgetry Outlet", "Pennington Stores"],
    "telecom": ["Mercer Telecom", "Lumen Wireless", "Cobalt Fibre Co", "Talbot Mobile"],
    "banking": ["Ashdown Bank", "Wexford Savings", "Carrington Credit Union", "Stirling & Hope"],
    "utilities": ["Bramley Water", "Kestrel Power", "Holloway Gas & Electric"],
    "travel": ["Lockwood Travel", "Brennan Coaches", "Meridian Airways", "Saltmarsh Ferries"],
}
PRODUCTS = {
    "retail": ["WH-1000XM5 headphones", "SM-A556B handset", "KD-55X85L telly", "FX-900 air fryer"],
    "telecom": ["HB-3400 router", "Pro 900 fibre plan", "SIM-only 30GB deal", "MeshPod X2"],
    "banking": ["Rewards Plus card", "joint current account", "fixed-rate ISA", "overdraft"],
    "utilities": ["SMETS2 meter", "EcoFix 24 tariff", "boiler service plan", "water softener"],
    "travel": ["flexi return", "family suite", "ferry crossing", "airport transfer"],
}
_MONTHS = "January February March April May June July August September October November".split()
_MONTHS.append("December")
_DAYS = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def _digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(string.digits) for _ in range(count))


def _luhn_completed(stem: str) -> str:
    total = 0
    for position, char in enumerate(reversed(stem)):
        digit = int(char) * (2 if position % 2 == 0 else 1)
        total += digit - 9 if digit > 9 else digit
    return stem + str(-total % 10)


def negative(rng: random.Random, name: str, locale: str, sector: str) -> str:
    """One value for a {lowercase} placeholder; raises KeyError for an unknown name."""
    us = locale == "en_US"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    if name == "company":
        return rng.choice(COMPANIES[sector])
    if name == "product":
        return rng.choice(PRODUCTS[sector])
    if name == "ref":
        return f"CMP-{rng.choice((2025, 2026))}-{rng.randint(1, 999_999):06d}"
    if name == "order":
        return rng.choice(
            (
                f"SO-{_digits(rng, 8)}",
                f"WEB/2026/{_digits(rng, 5)}",
                f"{_digits(rng, 3)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
                _digits(rng, 10),
            )
        )
    if name == "amount":
        whole = rng.choice((rng.randint(3, 99), rng.randint(100, 2_500)))
        cents = rng.choice(("", f".{rng.randint(0, 99):02d}"))
        if us:
            return rng.choice((f"${whole:,}{cents}", f"USD {whole:,}.00"))
        return rng.choice((f"£{whole:,}{cents}", f"GBP {whole}.00", f"{whole} quid", f"€{whole}"))
    if name == "date":  # when something happened this year, never a birth date
        if us:
            return rng.choice(
                (f"{month}/{day}/26", f"{_MONTHS[month - 1]} {day}", rng.choice(_DAYS))
            )
        return rng.choice((f"{day:02d}.{month:02d}.2026", f"{day} {_MONTHS[month - 1][:3]}"))
    if name == "since":  # account opened: an old date next to personal details
        year = rng.randint(1988, 2015)
        return f"{month}/{day}/{year}" if us else f"{day:02d}/{month:02d}/{year}"
    if name == "header_date":
        weekday = rng.choice(_DAYS)
        return (
            f"{weekday[:3]}, {day} {_MONTHS[month - 1][:3]} 2026 at {rng.randint(7, 22)}:{day:02d}"
        )
    if name == "time":
        return rng.choice(
            (
                f"{rng.randint(1, 11)}.{rng.choice(('15', '45'))}pm",
                f"{rng.randint(7, 21)}:{rng.choice(('05', '35'))}",
            )
        )
    if name == "tracking":
        return rng.choice(
            (
                f"{rng.choice(('AB', 'RF', 'KX'))}{_digits(rng, 9)}GB",
                "1Z"
                + "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(16)),
                _digits(rng, 14),
            )
        )
    if name == "invoice":
        return f"INV-2026-{_digits(rng, 7)}"
    if name == "customer_no":
        return _digits(rng, 8)
    if name == "imei":
        return _luhn_completed("35" + _digits(rng, 12))
    if name == "firmware":
        return f"{rng.randint(1, 9)}.{rng.randint(0, 20)}.{rng.randint(0, 9)}.{rng.randint(1, 99)}"
    if name == "flight":
        return f"{rng.choice(('MA', 'BX', 'LW'))} {rng.randint(100, 4999)}"
    if name == "meter_point":
        return f"{rng.randint(10, 23)} {_digits(rng, 4)} {_digits(rng, 4)} {_digits(rng, 3)}"
    if name == "card_tail":
        return _digits(rng, 4)
    if name == "expiry":
        return f"{month:02d}/{rng.randint(27, 31)}"
    if name == "count":
        return str(rng.randint(3, 19))
    raise KeyError(name)
