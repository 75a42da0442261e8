"""Lays a blind-set complaint out as a template: email, forwarded mail, chat, text or web form.

Each function returns one template string whose {placeholders} are filled later by
bench/pii_blind_set.py; `kinds` are the detail groups (bench/pii_blind_clauses.py) to include.
"""

from __future__ import annotations

import random

from bench import pii_blind_frames as frames
from bench.pii_blind_clauses import FIELD_PLACEHOLDERS, FIELDS, FULL, LOCALE_FIELDS, SHORT
from bench.pii_blind_stories import DEMANDS, QUICK, QUICK_ENDS, REACTIONS, STORIES

LAYOUTS = ("email", "forward", "chat", "sms", "form")
SMS_JOINS = (". ", ", ", " - ", "! ", " / ")


def body(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    """Story, reaction, the details, then what the customer wants; some parts optional."""
    parts = rng.sample(STORIES[sector], 2 if rng.random() < 0.4 else 1)
    if rng.random() < 0.7:
        parts.append(rng.choice(REACTIONS[tone]))
    details = [rng.choice(FULL[kind]) for kind in kinds]
    if len(details) > 2 and rng.random() < 0.5:
        parts = [" ".join(parts), " ".join(details)]
    else:
        parts += details
    parts.append(rng.choice(DEMANDS[tone]))
    return "\n\n".join(parts) if rng.random() < 0.3 else " ".join(parts)


def signature(rng: random.Random, tone: str) -> str:
    lines = [rng.choice(frames.SIGN_OFFS[tone])]
    if rng.random() < 0.65:
        lines.append(rng.choice(("{name}", "{name}", "{formal}", "{first}")))
        if rng.random() < 0.35:
            lines.append(rng.choice(frames.SIGNATURE_LINES))
    return "\n".join(lines)


def email(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    greeting = rng.choice(frames.GREETINGS[tone])
    return f"{greeting}\n\n{body(rng, sector, tone, kinds)}\n\n{signature(rng, tone)}"


def forward(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    note = rng.choice(frames.FORWARD_NOTES[tone])
    header = rng.choice(frames.FORWARD_HEADERS)
    inner = email(rng, sector, tone, kinds)
    text = f"{note}\n\n{rng.choice(frames.FORWARD_BANNERS)}\n{header}\n\n{inner}"
    if rng.random() < 0.4:
        text += "\n\n" + rng.choice(frames.QUOTED_REPLIES)
    return text


def chat(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    lines = [rng.choice(frames.CHAT_OPENERS[tone]), rng.choice(QUICK[sector])]
    lines += [rng.choice(SHORT[kind]) for kind in kinds]
    if rng.random() < 0.6:
        lines.append(rng.choice(QUICK_ENDS[tone]))
    if rng.random() < 0.25:
        lines = lines[1:]
    return "\n".join(lines) if rng.random() < 0.6 else ", ".join(lines)


def sms(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    prefix = rng.choice(frames.SMS_PREFIXES)
    parts = [rng.choice(QUICK[sector])] + [rng.choice(SHORT[kind]) for kind in kinds]
    parts.append(rng.choice(QUICK_ENDS[tone]))
    return f"{prefix} {rng.choice(SMS_JOINS).join(parts)}".strip()


def form(rng: random.Random, sector: str, tone: str, kinds: list[str], locale: str) -> str:
    lines = []
    for kind in kinds:
        names = rng.choice(FIELDS[kind]).split("|")
        for field, placeholder in zip(names, FIELD_PLACEHOLDERS[kind], strict=True):
            field = LOCALE_FIELDS.get(locale, {}).get(field, field)
            lines.append(f"{field}: {{{placeholder}}}")
    extras = list(frames.FORM_EXTRAS)
    rng.shuffle(extras)
    lines += extras[: rng.randint(1, 3)]
    lines.append(rng.choice(frames.FORM_MESSAGE_LABELS))
    lines.append(rng.choice(STORIES[sector]) + " " + rng.choice(DEMANDS[tone]))
    return "\n".join(lines)


def layout(
    name: str, rng: random.Random, sector: str, tone: str, kinds: list[str], locale: str
) -> str:
    if name == "form":
        return form(rng, sector, tone, kinds, locale)
    return {"email": email, "forward": forward, "chat": chat, "sms": sms}[name](
        rng, sector, tone, kinds
    )
