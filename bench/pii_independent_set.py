"""A second, INDEPENDENT labelled PII set: held out from detector tuning.

Same label types and conventions as bench/pii_dataset.py (see bench/pii_labels.py), but its own
value shapes (pii_independent_values.py), hard negatives (pii_independent_negatives.py) and
wording (pii_independent_phrases.py, pii_independent_wording.py), written without looking at
the detector's recognizers. Four layouts: letters with sign-offs and signature blocks, lower-case
chat fragments without punctuation, forwarded mail with headers, and pasted web-form fields.
Only fake values; `register` holds the layout name.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

from faker import Faker

from bench import pii_independent_phrases as phrases
from bench import pii_independent_values as values
from bench import pii_independent_wording as wording
from bench.pii_independent_negatives import negative
from bench.pii_labels import LABEL_TYPES, LabelledMessage
from bench.pii_render import render

SECTORS = ("retail", "telecom", "banking", "utilities", "travel")
LOCALES = ("en_GB", "en_US")
LAYOUTS = ("letter", "chat", "forward", "form")
_LAYOUT_WEIGHTS = (35, 30, 15, 20)
_PII_COUNT_WEIGHTS = (14, 26, 26, 18, 11, 5)  # messages with 0..5 values
_NOT_IN_LOCALE = {"en_GB": ("US_SSN",), "en_US": ("UK_NINO", "UK_BANK_ACCOUNT", "IBAN_CODE")}
_SAME_THROUGHOUT = ("company", "product", "ref")
_LABEL_OF = {
    "SURNAME_FIRST": "PERSON",
    "ADDRESS_LINES": "STREET_ADDRESS",
    "SORT_CODE": "UK_BANK_ACCOUNT",
    "ACCOUNT_NUMBER": "UK_BANK_ACCOUNT",
}


def generate(count: int, seed: int = 2026) -> list[LabelledMessage]:
    """The same `count` messages for the same seed (and Faker version), 0-5 values each."""
    rng = random.Random(f"independent:{seed}")
    fakers = {locale: Faker(locale) for locale in LOCALES}
    for locale, fake in fakers.items():
        fake.seed_instance(f"independent:{seed}:{locale}")
    return [_message(rng, fakers) for _ in range(count)]


def template_texts() -> list[str]:
    """All wording of this set, to prove it shares none with the tuning set."""
    return phrases.template_texts() + wording.template_texts()


def label_of(placeholder: str) -> str | None:
    if placeholder in _LABEL_OF:
        return _LABEL_OF[placeholder]
    return placeholder if placeholder in LABEL_TYPES else None


def _message(rng: random.Random, fakers: dict[str, Faker]) -> LabelledMessage:
    sector, locale = rng.choice(SECTORS), rng.choices(LOCALES, weights=(60, 40))[0]
    layout = rng.choices(LAYOUTS, weights=_LAYOUT_WEIGHTS)[0]
    tone = rng.choice(("polite", "angry"))
    pool = [kind for kind in LABEL_TYPES if kind not in _NOT_IN_LOCALE[locale]]
    kinds = rng.sample(pool, rng.choices(range(6), _PII_COUNT_WEIGHTS)[0])
    if "STREET_ADDRESS" in kinds and "POSTCODE" in kinds and rng.random() < 0.7:
        kinds.remove("POSTCODE")
        kinds[kinds.index("STREET_ADDRESS")] = "ADDRESS_WITH_POSTCODE"
    build = {"letter": _letter, "chat": _chat, "forward": _forward, "form": _form}[layout]
    template = build(rng, sector, tone, kinds)
    chat = layout == "chat"
    fake = fakers[locale]
    memo: dict[str, str] = {}

    def value_for(name: str) -> str:
        if label_of(name) is None:
            if name not in _SAME_THROUGHOUT or name not in memo:
                memo[name] = negative(rng, name, locale, sector)
            value = memo[name]
        else:
            value = _pii(rng, fake, locale, name, chat)
        return value.lower() if chat else value

    text, labels = render(template, value_for, str.lower if chat else str, label_of)
    return LabelledMessage(text, labels, sector, locale, layout, tone)


def _pii(rng: random.Random, fake: Faker, locale: str, name: str, chat: bool) -> str:
    if name in ("STREET_ADDRESS", "ADDRESS_LINES"):
        parts = values.address_parts(rng, fake, locale)
        if chat:
            return " ".join(parts).replace(",", "").replace(".", "")
        return ("\n" if name == "ADDRESS_LINES" else ", ").join(parts)
    if name == "PERSON" and chat:
        return f"{fake.first_name()} {fake.last_name()}"
    makers: dict[str, Callable[[], str]] = {
        "PERSON": lambda: values.person(rng, fake),
        "SURNAME_FIRST": lambda: values.surname_first(rng, fake),
        "EMAIL_ADDRESS": lambda: values.email(rng, fake),
        "PHONE_NUMBER": lambda: values.phone(rng, locale),
        "CREDIT_CARD": lambda: values.credit_card(rng),
        "IBAN_CODE": lambda: values.iban(rng),
        "SORT_CODE": lambda: values.sort_code(rng),
        "ACCOUNT_NUMBER": lambda: values.account_number(rng),
        "US_SSN": lambda: values.us_ssn(rng),
        "UK_NINO": lambda: values.uk_nino(rng),
        "POSTCODE": lambda: values.postcode(rng, fake, locale),
        "DATE_OF_BIRTH": lambda: values.date_of_birth(rng, fake, locale),
        "IP_ADDRESS": lambda: values.ip_address(rng),
    }
    return makers[name]()


def _mentions(rng: random.Random, table: dict[str, list[str]], kinds: list[str]) -> list[str]:
    return [rng.choice(table[kind]) for kind in kinds]


def _with_body(rng: random.Random, sentences: list[str], bodies: list[str]) -> list[str]:
    """Mentions scattered between one or two complaint sentences."""
    out = rng.sample(bodies, rng.choice((1, 1, 2)))
    for sentence in sentences:
        out.insert(rng.randint(0, len(out)), sentence)
    return out


def _paragraphs(rng: random.Random, sentences: list[str]) -> str:
    return "".join(
        s + ("\n" if s.endswith(":") or "\n" in s else rng.choice(" \n")) for s in sentences
    )


def _letter(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    kinds = list(kinds)
    signature = rng.choice(wording.SIGNATURES_WITHOUT_NAME)
    if "PERSON" in kinds and rng.random() < 0.6:
        kinds.remove("PERSON")
        signature = "{PERSON}"
        for extra in ("PHONE_NUMBER", "EMAIL_ADDRESS"):
            if extra in kinds and rng.random() < 0.5:
                kinds.remove(extra)
                signature += "\n" + rng.choice(wording.SIGNATURE_EXTRAS[extra])
    sentences = _with_body(rng, _mentions(rng, phrases.WRITTEN, kinds), wording.BODIES[sector])
    greeting = rng.choice(wording.GREETINGS[tone])
    remark = rng.choice(wording.REMARKS[tone])
    closing = rng.choice(wording.CLOSINGS[tone])
    body = _paragraphs(rng, sentences).rstrip()
    return f"{greeting}\n\n{body}\n\n{remark}\n\n{closing},\n{signature}"


def _chat(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    fragments = _with_body(rng, _mentions(rng, phrases.CHAT, kinds), wording.CHAT_BODIES[sector])
    if rng.random() < 0.6:
        fragments.insert(0, rng.choice(wording.CHAT_OPENERS))
    if rng.random() < 0.5:
        fragments.append(rng.choice(wording.CHAT_CLOSERS))
    text = fragments[0]
    for fragment in fragments[1:]:
        text += rng.choice(wording.CHAT_JOINERS) + fragment
    return text


def _forward(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    kinds = list(kinds)
    sender = tuple(kind in kinds and rng.random() < 0.8 for kind in ("PERSON", "EMAIL_ADDRESS"))
    for kind, used in zip(("PERSON", "EMAIL_ADDRESS"), sender, strict=True):
        if used:
            kinds.remove(kind)
    has_person, has_email = sender
    header = rng.choice(wording.FORWARD_HEADERS)
    header = header.replace("{FROM}", wording.FORWARD_FROM[has_person, has_email])
    quoted = _paragraphs(
        rng, _with_body(rng, _mentions(rng, phrases.WRITTEN, kinds), wording.BODIES[sector])
    ).rstrip()
    if header.startswith("On "):
        quoted = re.sub("^", "> ", quoted, flags=re.MULTILINE)
    return f"{rng.choice(wording.FORWARD_NOTES[tone])}\n\n{header}{quoted}"


def _form(rng: random.Random, sector: str, tone: str, kinds: list[str]) -> str:
    fields = _mentions(rng, phrases.FORM_FIELDS, kinds)
    for extra in rng.sample(wording.FORM_EXTRA_FIELDS, rng.randint(1, 3)):
        fields.insert(rng.randint(0, len(fields)), extra)
    message = " ".join(rng.sample(wording.BODIES[sector], rng.choice((1, 2))))
    lines = [rng.choice(wording.FORM_HEADERS), *fields, wording.FORM_MESSAGE + message]
    return "\n".join(lines)
