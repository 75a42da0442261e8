"""Seeded synthetic complaint messages with labelled PII spans, for the PII detector benchmark.

No real people: names and addresses come from Faker (en_GB, en_US), emails use example.* domains,
phones the Ofcom drama and US 555-01xx ranges, cards the published test numbers, NI numbers the
reserved QQ prefix or random valid prefixes. Complaint references, order numbers, amounts,
incident dates, products and company names are unlabelled hard negatives. A sort code and an
account number are separate UK_BANK_ACCOUNT labels; STREET_ADDRESS covers street and town, and a
following postcode or ZIP is its own POSTCODE label.
"""

from __future__ import annotations

import datetime
import ipaddress
import random
import re
import string
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

LABEL_TYPES = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "UK_BANK_ACCOUNT",
    "US_SSN",
    "UK_NINO",
    "STREET_ADDRESS",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "IP_ADDRESS",
)
EMAIL_DOMAINS = ("example.com", "example.org", "example.net")
SECTORS = ("retail", "telecom", "banking", "utilities", "travel")
LOCALES = ("en_GB", "en_US")


@dataclass(frozen=True)
class PiiLabel:
    type: str
    start: int
    end: int
    value: str  # what was embedded at text[start:end]


@dataclass(frozen=True)
class LabelledMessage:
    text: str
    labels: tuple[PiiLabel, ...]
    sector: str
    locale: str
    register: str  # "chat" or "email"
    tone: str  # "polite" or "angry"


_COMPANIES = {
    "retail": ["Brightmart", "TechNest", "Home & Garden Direct", "Oakwood Furniture"],
    "telecom": ["BrightFibre", "Skyline Mobile", "Nexus Telecom", "Vireo Broadband"],
    "banking": ["Northgate Bank", "Crestline Building Society", "Harbour Card Services"],
    "utilities": ["Northwind Energy", "Riverside Water", "Greenfield Gas"],
    "travel": ["Skyline Air", "EuroJet", "Coastal Rail", "Sunway Holidays"],
}
_PRODUCTS = {
    "retail": ["Galaxy S24", "iPhone 15 Pro", "Dyson V15 vacuum", "KitchenAid mixer", "PS5"],
    "telecom": ["Fibre 500", "Unlimited 5G SIM", "Smart Hub 2", "TV Max bundle"],
    "banking": ["Platinum credit card", "Everyday current account", "Easy Saver account"],
    "utilities": ["smart meter", "Fixed Saver tariff", "boiler cover", "water meter"],
    "travel": ["hotel package", "city break", "rail pass", "car hire"],
}
_CHAT_BODIES = {
    "retail": [
        "my {product} from {company} arrived smashed, order {order}, want my {amount} back",
        "still waiting on a refund of {amount} for order {order}, complaint {ref}",
        "the {product} i bought on {date} stopped working after a week",
        "parcel {tracking} marked delivered on {date} but nothing came",
    ],
    "telecom": [
        "broadband down since {date} again, {product} is useless, ref {ref}",
        "you charged me {amount} for roaming on {date} that i never used",
        "engineer no show at {time} on {date}, third time now",
        "my {product} bill went up to {amount} without any notice",
    ],
    "banking": [
        "a payment of {amount} left my account on {date} and i never made it",
        "your app has locked me out since {date}, complaint {ref}",
        "why was my {product} charged a {amount} late fee when I paid on time",
        "transfer of {amount} on {date} never arrived, ref {ref}",
    ],
    "utilities": [
        "bill for {amount} this month?? meter {meter} was read on {date} and it's wrong",
        "estimated bill again, {amount}, complaint {ref}",
        "no hot water since {date} and the {product} engineer never came",
        "you took {amount} by direct debit on {date} after I switched away",
    ],
    "travel": [
        "flight {flight} on {date} cancelled and {company} won't refund the {amount}",
        "booking {booking}, lost luggage on {date}, still nothing",
        "hotel was nothing like the pictures, paid {amount} for the {product}",
        "delayed 6 hours on {flight}, where's my compensation, ref {ref}",
    ],
}
_EMAIL_BODIES = {
    "retail": [
        "I am writing about order {order}, a {product} bought from {company} on {date} for "
        "{amount}. It arrived damaged and the replacement promised by your agent never came.",
        "On {date} I returned the {product} from order {order} and your courier gave me tracking "
        "{tracking}. Three weeks later I still have not been refunded the {amount}, and "
        "complaint {ref} has had no reply.",
    ],
    "telecom": [
        "Since {date} my {company} {product} connection has dropped every evening, often for "
        "hours. The engineer visit booked for {time} was cancelled twice and I am still being "
        "billed {amount} a month.",
        "I was moved onto the {product} plan on {date} without my agreement and my bill has "
        "gone up to {amount}. Your adviser promised a call back about complaint {ref}.",
    ],
    "banking": [
        "On {date} a payment of {amount} was taken from my {product} that I did not authorise. "
        "I reported it the same day under reference {ref}, but {company} refused a refund.",
        "I have banked with {company} for twelve years and my {product} was closed on {date} "
        "without warning. My salary of {amount} is now stuck and nobody can say where it is.",
    ],
    "utilities": [
        "My latest {company} bill of {amount} is based on an estimate even though I submitted a "
        "reading for meter {meter} on {date}. This is the third estimated bill in a row.",
        "The {product} installed on {date} has not sent a single reading and I keep getting "
        "letters threatening a {amount} charge. Please log this under complaint {ref}.",
    ],
    "travel": [
        "Our {company} flight {flight} on {date} was cancelled with two hours' notice and we had "
        "to buy new tickets for {amount}. I have had no response to complaint {ref}.",
        "I booked the {product} with {company} (booking {booking}) and on arrival on {date} the "
        "room had no working shower. I am asking for a partial refund of {amount}.",
    ],
}
_PHRASES = {
    "PERSON": [
        "my name is {PERSON}",
        "this is {PERSON} writing",
        "the account is in the name of {PERSON}",
        "I spoke to {PERSON} at your call centre and got nowhere",
        "the parcel was signed for by {PERSON}, who does not live here",
    ],
    "EMAIL_ADDRESS": [
        "email me at {EMAIL_ADDRESS}",
        "my email is {EMAIL_ADDRESS}",
        "reply to {EMAIL_ADDRESS} not the old address",
        "the receipt went to {EMAIL_ADDRESS}",
    ],
    "PHONE_NUMBER": [
        "call me on {PHONE_NUMBER}",
        "my number is {PHONE_NUMBER}",
        "you can reach me on {PHONE_NUMBER} after 5pm",
        "the line affected is {PHONE_NUMBER}",
    ],
    "CREDIT_CARD": [
        "the card used was {CREDIT_CARD}",
        "card number {CREDIT_CARD}",
        "I paid with my card {CREDIT_CARD}",
        "it was charged to {CREDIT_CARD} twice",
    ],
    "IBAN_CODE": [
        "please refund to IBAN {IBAN_CODE}",
        "my IBAN is {IBAN_CODE}",
        "the money should go back to {IBAN_CODE}",
    ],
    "UK_BANK_ACCOUNT": [  # one value, two labelled spans
        "sort code {SORT_CODE}, account number {ACCOUNT_NUMBER}",
        "my bank details are sort code {SORT_CODE} account {ACCOUNT_NUMBER}",
        "refund to s/c {SORT_CODE} a/c {ACCOUNT_NUMBER}",
        "my sort code and account number are {SORT_CODE} and {ACCOUNT_NUMBER}",
        "refund to account number {ACCOUNT_NUMBER}, same sort code as before",
    ],
    "US_SSN": [
        "my SSN is {US_SSN}",
        "they asked for my social security number ({US_SSN}) over the phone",
        "SSN: {US_SSN}",
    ],
    "UK_NINO": [
        "my NI number is {UK_NINO}",
        "National Insurance number {UK_NINO}",
        "NINO {UK_NINO}",
    ],
    "STREET_ADDRESS": [
        "I live at {STREET_ADDRESS}",
        "my address is {STREET_ADDRESS}",
        "the engineer should come to {STREET_ADDRESS}",
        "please deliver to {STREET_ADDRESS}",
    ],
    "POSTCODE": ["my postcode is {POSTCODE}", "postcode {POSTCODE}"],
    "DATE_OF_BIRTH": [
        "DOB {DATE_OF_BIRTH}",
        "date of birth {DATE_OF_BIRTH}",
        "I was born on {DATE_OF_BIRTH}",
        "d.o.b. {DATE_OF_BIRTH}",
    ],
    "IP_ADDRESS": [
        "my router's IP is {IP_ADDRESS}",
        "the login came from {IP_ADDRESS}, which isn't me",
        "your site blocked my IP address {IP_ADDRESS}",
    ],
}
_ZIP_PHRASES = ["ZIP {POSTCODE}", "my zip code is {POSTCODE}", "ZIP code: {POSTCODE}"]
_ADDRESS_WITH_POSTCODE = {
    "en_GB": [
        "I live at {STREET_ADDRESS}, {POSTCODE}",
        "my address is {STREET_ADDRESS} {POSTCODE}",
    ],
    "en_US": ["I live at {STREET_ADDRESS}, ZIP {POSTCODE}"],
}
_OPENINGS = {
    ("chat", "polite"): ["", "hi, ", "hello, ", "hi there - ", "good morning, "],
    ("chat", "angry"): ["", "this is ridiculous, ", "URGENT: ", "fed up - "],
    ("email", "polite"): ["Dear Sir or Madam,\n\n", "Hello {company} team,\n\n"],
    ("email", "angry"): [
        "To whom it may concern,\n\n",
        "Dear {company},\n\n",
        "FORMAL COMPLAINT\n\n",
    ],
}
_TONE_LINES = {
    ("chat", "polite"): ["", ", thanks", ". thank you", " - cheers"],
    ("chat", "angry"): [" !!!", ", absolute joke", ". sort it out NOW", " - worst service ever"],
    ("email", "polite"): [
        "I would be grateful if you could look into this.",
        "Thank you in advance for your help.",
    ],
    ("email", "angry"): [
        "This is completely unacceptable and I have spent over three hours on hold.",
        "If this is not fixed within 14 days I will take it to the Ombudsman.",
    ],
}
_SIGN_OFFS = ["Kind regards", "Many thanks", "Regards", "Best wishes"]
_SECTOR_FAVOURITES = {
    "retail": ("EMAIL_ADDRESS", "CREDIT_CARD", "STREET_ADDRESS", "POSTCODE", "PERSON"),
    "telecom": ("PHONE_NUMBER", "IP_ADDRESS", "STREET_ADDRESS", "PERSON"),
    "banking": ("CREDIT_CARD", "IBAN_CODE", "UK_BANK_ACCOUNT", "US_SSN", "UK_NINO"),
    "utilities": ("STREET_ADDRESS", "POSTCODE", "PHONE_NUMBER", "EMAIL_ADDRESS"),
    "travel": ("PERSON", "DATE_OF_BIRTH", "EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD"),
}
_NOT_IN_LOCALE = {"en_GB": ("US_SSN",), "en_US": ("UK_NINO", "UK_BANK_ACCOUNT", "IBAN_CODE")}
_PII_COUNT_WEIGHTS = (12, 30, 28, 18, 12)  # messages with 0, 1, 2, 3, 4 values
_LABEL_OF = {"SORT_CODE": "UK_BANK_ACCOUNT", "ACCOUNT_NUMBER": "UK_BANK_ACCOUNT"}
_SAME_THROUGHOUT = ("company", "product", "ref")
_PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


_TEST_CARDS = (
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
_NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"  # never D, F, I, Q, U, V
_NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"  # never D, F, I, O, Q, U, V
_NINO_UNALLOCATED = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")
_MONTHS = (
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


def generate(count: int, seed: int = 2026) -> list[LabelledMessage]:
    """The same `count` messages for the same seed (and Faker version); each embeds 0-4 values
    (bank details count once but carry two labels)."""
    values = _Values(seed)
    return [_message(values) for _ in range(count)]


class _Values:
    """One seeded RNG and one seeded Faker per locale, so the seed alone fixes every value."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.fakers: dict[str, Faker] = {}
        for offset, locale in enumerate(LOCALES):
            self.fakers[locale] = Faker(locale)
            self.fakers[locale].seed_instance(seed + offset)

    def pii(self, kind: str, locale: str) -> str:
        return _MAKERS[kind](self.rng, self.fakers[locale], locale)

    def filler(self, name: str, locale: str, sector: str) -> str:
        rng, gb = self.rng, locale == "en_GB"
        if name == "company":
            return rng.choice(_COMPANIES[sector])
        if name == "product":
            return rng.choice(_PRODUCTS[sector])
        if name == "ref":
            return f"CMP-{rng.choice((2025, 2026))}-{rng.randint(1, 999_999):06d}"
        if name == "order":
            return rng.choice(
                (
                    f"#A{rng.randint(10_000, 99_999)}",
                    f"ORD-{_digits(rng, 8)}",
                    f"{rng.randint(200, 299)}-{_digits(rng, 7)}-{_digits(rng, 7)}",
                    _digits(rng, 8),
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
            spelled = f"{day} {_MONTHS[month - 1]}" if gb else f"{_MONTHS[month - 1]} {day}"
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
            return rng.choice(("JD", "TT")) + _digits(rng, 16)
        if name == "meter":
            return f"E{rng.randint(10, 99)}{rng.choice(('BG', 'LG', 'MK'))}{_digits(rng, 6)}"
        raise KeyError(name)


def _digits(rng: random.Random, count: int) -> str:
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
    number = rng.choice(_TEST_CARDS)
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
    number = _digits(rng, 8)
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
    month = _MONTHS[born.month - 1]
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


_MAKERS: dict[str, Callable[[random.Random, Faker, str], str]] = {
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


def _message(values: _Values) -> LabelledMessage:
    rng = values.rng
    sector, locale = rng.choice(SECTORS), rng.choices(LOCALES, weights=(60, 40))[0]
    register = rng.choices(("chat", "email"), weights=(55, 45))[0]
    tone = rng.choice(("polite", "angry"))
    kinds = _choose_kinds(rng, sector, locale, rng.choices(range(5), _PII_COUNT_WEIGHTS)[0])
    template = _template(rng, sector, locale, register, tone, kinds)
    literal = str.lower if register == "chat" and rng.random() < 0.35 else str
    memo: dict[str, str] = {}

    def value_for(name: str) -> str:
        if name in _MAKERS:
            return values.pii(name, locale)
        if name not in _SAME_THROUGHOUT:
            return literal(values.filler(name, locale, sector))
        if name not in memo:
            memo[name] = literal(values.filler(name, locale, sector))
        return memo[name]

    text, labels = _render(template, value_for, literal)
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
        phrases.append(rng.choice(_ADDRESS_WITH_POSTCODE[locale]))
        kinds.remove("STREET_ADDRESS")
    for kind in kinds:
        options = _ZIP_PHRASES if kind == "POSTCODE" and locale == "en_US" else _PHRASES[kind]
        phrases.append(rng.choice(options))
    rng.shuffle(phrases)
    opening = rng.choice(_OPENINGS[register, tone])
    tone_line = rng.choice(_TONE_LINES[register, tone])
    if register == "chat":
        body = rng.choice(_CHAT_BODIES[sector])
        return (
            opening
            + body
            + "".join(rng.choice((", ", " - ", "; ")) + p for p in phrases)
            + tone_line
        )
    bodies = rng.sample(_EMAIL_BODIES[sector], 2 if rng.random() < 0.3 else 1)
    sentences = " ".join(f"{p[0].upper()}{p[1:]}." for p in phrases)
    gap = rng.choice(("\n\n", " ")) if sentences else ""
    sign_off = rng.choice(_SIGN_OFFS) + (",\n{PERSON}" if signed else "")
    return f"{opening}{' '.join(bodies)}{gap}{sentences} {tone_line}\n\n{sign_off}"


def _render(
    template: str, value_for: Callable[[str], str], literal: Callable[[str], str]
) -> tuple[str, tuple[PiiLabel, ...]]:
    """Fills the placeholders in order, recording where each PII value lands."""
    text, position = "", 0
    labels: list[PiiLabel] = []
    for match in _PLACEHOLDER.finditer(template):
        text += literal(template[position : match.start()])
        name, value = match.group(1), value_for(match.group(1))
        if name in _MAKERS:
            kind = _LABEL_OF.get(name, name)
            labels.append(PiiLabel(kind, len(text), len(text) + len(value), value))
        text += value
        position = match.end()
    return text + literal(template[position:]), tuple(labels)
