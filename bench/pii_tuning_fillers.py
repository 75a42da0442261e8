"""Unlabelled hard negatives for the tuning set: companies, products, references, amounts, dates."""

from __future__ import annotations

import random
import string

from bench.pii_tuning_values import MONTHS, digits

COMPANIES = {
    "retail": ["Brightmart", "TechNest", "Home & Garden Direct", "Oakwood Furniture"],
    "telecom": ["BrightFibre", "Skyline Mobile", "Nexus Telecom", "Vireo Broadband"],
    "banking": ["Northgate Bank", "Crestline Building Society", "Harbour Card Services"],
    "utilities": ["Northwind Energy", "Riverside Water", "Greenfield Gas"],
    "travel": ["Skyline Air", "EuroJet", "Coastal Rail", "Sunway Holidays"],
}
PRODUCTS = {
    "retail": ["Galaxy S24", "iPhone 15 Pro", "Dyson V15 vacuum", "KitchenAid mixer", "PS5"],
    "telecom": ["Fibre 500", "Unlimited 5G SIM", "Smart Hub 2", "TV Max bundle"],
    "banking": ["Platinum credit card", "Everyday current account", "Easy Saver account"],
    "utilities": ["smart meter", "Fixed Saver tariff", "boiler cover", "water meter"],
    "travel": ["hotel package", "city break", "rail pass", "car hire"],
}


def filler(rng: random.Random, name: str, locale: str, sector: str) -> str:
    """One value for a {lowercase} placeholder; raises KeyError for an unknown name."""
    gb = locale == "en_GB"
    if name == "company":
        return rng.choice(COMPANIES[sector])
    if name == "product":
        return rng.choice(PRODUCTS[sector])
    if name == "ref":
        return f"CMP-{rng.choice((2025, 2026))}-{rng.randint(1, 999_999):06d}"
    if name == "order":
        return rng.choice(
            (
                f"#A{rng.randint(10_000, 99_999)}",
                f"ORD-{digits(rng, 8)}",
                f"{rng.randint(200, 299)}-{digits(rng, 7)}-{digits(rng, 7)}",
                digits(rng, 8),
            )
        )
    if name == "amount":
        symbol = "£" if gb else "$"
        pence = f".{rng.randint(0, 99):02d}" if rng.random() < 0.7 else ""
        pounds = rng.choice((rng.randint(5, 999), rng.randint(1_000, 4_999)))
        return f"{symbol}{pounds:,}{pence}"
    if name == "date":
        day, month = rng.randint(1, 28), rng.randint(1, 12)
        numeric = f"{day}/{month:02d}/2026" if gb else f"{month:02d}/{day:02d}/2026"
        spelled = f"{day} {MONTHS[month - 1]}" if gb else f"{MONTHS[month - 1]} {day}"
        return rng.choice((spelled, spelled, numeric, "Monday", f"the {day}th"))
    if name == "time":
        return f"{rng.randint(8, 18)}:{rng.choice(('00', '15', '30', '45'))}"
    if name == "flight":
        return f"{rng.choice(('BA', 'EZY', 'FR', 'AA', 'DL'))}{rng.choice(('', ' '))}" + str(
            rng.randint(10, 9999)
        )
    if name == "booking":
        return "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(6))
    if name == "tracking":
        return rng.choice(("JD", "TT")) + digits(rng, 16)
    if name == "meter":
        return f"E{rng.randint(10, 99)}{rng.choice(('BG', 'LG', 'MK'))}{digits(rng, 6)}"
    raise KeyError(name)
