"""A third labelled PII set, kept BLIND: written without looking at the detector or at the
wording of the other two sets, to check that detector improvements generalise.

Same label types and conventions as bench/pii_dataset.py (see bench/pii_labels.py). Customers
from the UK, US and Ireland write to banks, utilities, telecoms, retailers and airlines, in five
layouts (`register`): email, forwarded mail, chat, SMS-style text and pasted web forms; polite or
angry, with typos. Values are fake (bench/pii_blind_values.py), hard negatives unlabelled
(bench/pii_blind_negatives.py); wording lives in pii_blind_clauses.py, pii_blind_stories.py
and pii_blind_frames.py, layout in pii_blind_layouts.py.
"""

from __future__ import annotations

import random

from faker import Faker

from bench.pii_blind_book import ValueBook, label_of
from bench.pii_blind_clauses import KINDS
from bench.pii_blind_layouts import LAYOUTS, layout
from bench.pii_blind_noise import literal_for
from bench.pii_blind_values import BlindValues
from bench.pii_labels import LABEL_TYPES, LabelledMessage
from bench.pii_render import render

__all__ = ["LABEL_TYPES", "LAYOUTS", "LOCALES", "SECTORS", "LabelledMessage", "generate"]

LOCALES = ("en_GB", "en_US", "en_IE")
SECTORS = ("banking", "utilities", "telecom", "retail", "airline")
DETAIL_COUNTS = (0, 1, 2, 3, 4)
DETAIL_COUNT_WEIGHTS = (12, 28, 30, 20, 10)
KIND_WEIGHTS = {"name": 3.0, "email": 3.0, "phone": 3.0, "address": 2.0, "card": 2.0, "dob": 2.0}


def pick_kinds(rng: random.Random, locale: str) -> list[str]:
    """0-4 distinct detail groups, the everyday ones (name, email, phone) most often."""
    count = rng.choices(DETAIL_COUNTS, DETAIL_COUNT_WEIGHTS)[0]
    pool = list(KINDS[locale])
    chosen: list[str] = []
    for _ in range(count):
        kind = rng.choices(pool, [KIND_WEIGHTS.get(k, 1.5) for k in pool])[0]
        chosen.append(kind)
        pool.remove(kind)
    return chosen


def generate(count: int, seed: int = 2026) -> list[LabelledMessage]:
    """The same `count` messages for the same seed (and Faker version)."""
    rng = random.Random(seed)
    fakers = {locale: Faker(locale) for locale in LOCALES}
    for offset, faker in enumerate(fakers.values()):
        faker.seed_instance(seed * 10 + offset)
    values = BlindValues(rng, fakers)
    messages = []
    for _ in range(count):
        locale, sector = rng.choice(LOCALES), rng.choice(SECTORS)
        register, tone = rng.choice(LAYOUTS), rng.choice(("polite", "polite", "angry"))
        template = layout(register, rng, sector, tone, pick_kinds(rng, locale), locale)
        book = ValueBook(values, rng, locale, sector, casual=register in ("chat", "sms"))
        literal = literal_for(rng, register, tone)
        text, labels = render(template, book.value_for, literal, label_of)
        messages.append(LabelledMessage(text, labels, sector, locale, register, tone))
    return messages
