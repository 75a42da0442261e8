"""Assembles tuning-set messages: picks sector, locale, register, tone and PII kinds, lays out
a chat line or an email around them, then fills the placeholders from seeded sources."""

from __future__ import annotations

import random

from faker import Faker

from bench.pii_labels import LABEL_TYPES, LabelledMessage
from bench.pii_render import render
from bench.pii_tuning_fillers import filler
from bench.pii_tuning_templates import (
    ADDRESS_WITH_POSTCODE,
    CHAT_BODIES,
    EMAIL_BODIES,
    OPENINGS,
    PHRASES,
    SIGN_OFFS,
    TONE_LINES,
    ZIP_PHRASES,
)
from bench.pii_tuning_values import MAKERS, label_of

SECTORS = ("retail", "telecom", "banking", "utilities", "travel")
LOCALES = ("en_GB", "en_US")
_SECTOR_FAVOURITES = {
    "retail": ("EMAIL_ADDRESS", "CREDIT_CARD", "STREET_ADDRESS", "POSTCODE", "PERSON"),
    "telecom": ("PHONE_NUMBER", "IP_ADDRESS", "STREET_ADDRESS", "PERSON"),
    "banking": ("CREDIT_CARD", "IBAN_CODE", "UK_BANK_ACCOUNT", "US_SSN", "UK_NINO"),
    "utilities": ("STREET_ADDRESS", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS"),
    "travel": ("PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"),
}
_NOT_IN_LOCALE = {"en_GB": ("US_SSN",), "en_US": ("UK_NINO", "UK_BANK_ACCOUNT", "IBAN_CODE")}
_PII_COUNT_WEIGHTS = (12, 30, 28, 18, 12)  # messages with 0, 1, 2, 3, 4 values
_SAME_THROUGHOUT = ("company", "product", "ref")


class SeededSources:
    """One seeded RNG and one seeded Faker per locale, so the seed alone fixes every value."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for offset, locale in enumerate(LOCALES):
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(seed + offset)

    def pii(self, kind: str, locale: str) -> str:
        return MAKERS[kind](self.rng, self.fakers[locale], locale)

    def filler(self, name: str, locale: str, sector: str) -> str:
        return filler(self.rng, name, locale, sector)


def message(sources: SeededSources) -> LabelledMessage:
    rng = sources.rng
    sector, locale = rng.choice(SECTORS), rng.choices(LOCALES, weights=(60, 40))[0]
    register = rng.choices(("chat", "email"), weights=(55, 45))[0]
    tone = rng.choice(("polite", "angry"))
    kinds = _choose_kinds(rng, sector, locale, rng.choices(range(5), _PII_COUNT_WEIGHTS)[0])
    template = _template(rng, sector, locale, register, tone, kinds)
    literal = str.lower if register == "chat" and rng.random() < 0.35 else str
    memo: dict[str, str] = {}

    def value_for(name: str) -> str:
        if name in MAKERS:
            return sources.pii(name, locale)
        if name not in _SAME_THROUGHOUT:
            return literal(sources.filler(name, locale, sector))
        if name not in memo:
            memo[name] = literal(sources.filler(name, locale, sector))
        return memo[name]

    text, labels = render(template, value_for, literal, label_of)
    return LabelledMessage(text, labels, sector, locale, register, tone)


def _choose_kinds(rng: random.Random, sector: str, locale: str, count: int) -> list[str]:
    pool = [kind for kind in LABEL_TYPES if kind not in _NOT_IN_LOCALE[locale]]
    chosen: list[str] = []
    for _ in range(count):
        weights = [3 if kind in _SECTOR_FAVOURITES[sector] else 1 for kind in pool]
        chosen.append(pool.pop(rng.choices(range(len(pool)), weights)[0]))
    return chosen


def _template(
    rng: random.Random, sector: str, locale: str, register: str, tone: str, kinds: list[str]
) -> str:
    """A message with placeholders: {TYPE} for labelled PII, {lowercase} for hard negatives."""
    kinds = list(kinds)
    signed = register == "email" and "PERSON" in kinds and rng.random() < 0.6
    if signed:
        kinds.remove("PERSON")
    phrases = []
    if "STREET_ADDRESS" in kinds and "POSTCODE" in kinds:
        kinds.remove("POSTCODE")
        phrases.append(rng.choice(ADDRESS_WITH_POSTCODE[locale]))
        kinds.remove("STREET_ADDRESS")
    for kind in kinds:
        options = ZIP_PHRASES if kind == "POSTCODE" and locale == "en_US" else PHRASES[kind]
        phrases.append(rng.choice(options))
    rng.shuffle(phrases)
    opening = rng.choice(OPENINGS[register, tone])
    tone_line = rng.choice(TONE_LINES[register, tone])
    if register == "chat":
        body = rng.choice(CHAT_BODIES[sector])
        return (
            opening
            + body
            + "".join(rng.choice((", ", " - ", "; ")) + p for p in phrases)
            + tone_line
        )
    bodies = rng.sample(EMAIL_BODIES[sector], 2 if rng.random() < 0.3 else 1)
    sentences = " ".join(f"{p[0].upper()}{p[1:]}." for p in phrases)
    gap = rng.choice(("\n\n", " ")) if sentences else ""
    sign_off = rng.choice(SIGN_OFFS) + (",\n{PERSON}" if signed else "")
    return f"{opening}{' '.join(bodies)}{gap}{sentences} {tone_line}\n\n{sign_off}"
