"""The blind PII set must be reproducible, exactly labelled, made only of values that cannot
belong to anyone, leave its look-alike numbers unlabelled, and share no wording with the other
two sets (checked on their generated texts, not their templates)."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

import pytest

from bench import pii_blind_set, pii_dataset, pii_independent_set
from bench.pii_blind_negatives import COMPANIES
from bench.pii_labels import LABEL_TYPES, LabelledMessage
from tests.bench.fake_values import digits_of, iban_checksum_valid, luhn_valid

TEST_CARD_NUMBERS = {  # published by the card networks for testing; never issued to anyone
    "4111111111111111",
    "4012888888881881",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
}
# Never issued: the 1938 wallet-insert number, the 1936 pamphlet one, and SSA's advertising block.
ADVERTISING_SSNS = {"078051120", "219099999"} | {f"98765432{d}" for d in range(10)}
DOCUMENTATION_NETWORKS = [
    ipaddress.ip_network(net)
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
HARD_NEGATIVE = re.compile(
    "|".join(
        (
            r"CMP-202[56]-\d{6}",  # complaint references
            r"\bORD-\d{8}\b|#\d{8}\b|\b\d{3}-\d{7}-\d{7}\b",  # order numbers
            r"\b[A-Z]{2}\d{9}GB\b|\b1Z\d{3}[A-Z]{2}\d{11}\b|\bJD\d{10}\b",  # parcel tracking
            r"\b(?:EI|BA|UA|FR|AA|VS|DL|U2) ?\d{3,4}\b",  # flight numbers
            r"\b(?:EI|BA|UA|FR|AA|VS|DL|U2) \d{6}\b|\b\d{3}-\d{10}\b",  # bag tags, e-tickets
            r"[£$€][\d,]+(?:\.\d\d)?|\b[\d,]+(?:\.\d\d)? (?:GBP|USD|EUR)\b",  # amounts
            r"\b\d{1,2}/\d{1,2}/202[56]\b|\b\d{1,2} [A-Z][a-z]{2} 202[56]\b",  # incident dates
            r"\b[A-Z][a-z]+ \d{1,2}(?:st|nd|rd|th), 202[56]\b",
            r"\b[\d,]+ kWh\b|\b10 \d{3} \d{3} \d{3}\b|\bBL-\d{8}\b|\bACC-\d{6}\b",  # utilities
            r"\b[A-Z]\d\d[A-Z]\d{5}\b|\bM-\d\d[A-Z]\d{6}\b|\bSN \d{4}-[A-Z]{3}-\d{3}\b",  # serials
            r"\b[A-Z]{2}-\d{4}\b|\b[A-Z]{3}-\d{3}[A-Z]\b|\b\d{4}-[A-Z]{2}\b",  # model numbers
            r"\b8944(?: \d{4}){3} \d{3}\b|\bTX\d[A-Z]{2}\d\d[A-Z]\d[A-Z]\b",  # SIM, transaction
            r"\bexp(?:iry)? \d\d/\d\d\b|\bending \d{4}\b",  # card expiry dates, last four
            r"^Sent: .* \d\d:\d\d$",  # forwarding headers
        )
    ),
    re.MULTILINE,
)


@pytest.fixture(scope="module")
def messages() -> list[LabelledMessage]:
    return pii_blind_set.generate(600)


def is_test_card(value: str) -> bool:
    shaped = re.fullmatch(r"\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}", value)
    amex = re.fullmatch(r"\d{4}([ -]?)\d{6}\1\d{5}", value)
    return bool(shaped or amex) and luhn_valid(value) and digits_of(value) in TEST_CARD_NUMBERS


def is_valid_iban(value: str) -> bool:
    compact = value.replace(" ", "")
    if re.fullmatch(r"(GB|IE|DE|FR|NL|ES)\d\d[A-Z0-9]{14,30}", compact) is None:
        return False
    return iban_checksum_valid(compact)


def is_fictional_phone(value: str) -> bool:
    """Ofcom drama numbers, US 555-0100..0199, or Dublin 01 555 0100..0199."""
    digits = digits_of(value)
    if value.startswith(("+1", "1 ")) or len(digits) == 10:
        return re.fullmatch(r"1?\d{3}55501\d\d", digits) is not None
    if value.startswith(("+353", "00353")):
        return re.fullmatch(r"(?:00)?353155501\d\d", digits) is not None
    national = re.sub(r"^(?:00)?44(?:0)?", "0", digits)
    drama = r"07700900\d{3}|02079460\d{3}|01134960\d{3}|0155501\d\d"
    return re.fullmatch(drama, national) is not None


def is_documentation_ip(value: str) -> bool:
    address = ipaddress.ip_address(value)
    return any(address in network for network in DOCUMENTATION_NETWORKS)


def is_advertising_ssn(value: str) -> bool:
    shaped = re.fullmatch(r"\d{3}([ -]?)\d\d\1\d{4}", value) is not None
    return shaped and digits_of(value) in ADVERTISING_SSNS


def is_specimen_nino(value: str) -> bool:
    return re.fullmatch(r"QQ ?\d\d ?\d\d ?\d\d ?[A-D]", value.upper()) is not None


def is_example_email(value: str) -> bool:
    return re.fullmatch(r"[a-z0-9._+-]+@example\.(com|org|net)", value, re.I) is not None


def is_uk_bank_detail(value: str) -> bool:
    return re.fullmatch(r"\d\d([ -]?)\d\d\1\d\d|\d{4} ?\d{4}", value) is not None


def is_birth_date(value: str) -> bool:
    """A plausible birth year (1940-2004), never an incident year."""
    years = re.findall(r"\d{4}", value)
    if years:
        return len(years) == 1 and 1940 <= int(years[0]) <= 2004
    return re.fullmatch(r"\d{1,2}[/-]\d{1,2}[/-](?:[4-9]\d|0[0-4])", value) is not None


def phrases(messages: list[LabelledMessage], length: int = 3) -> set[tuple[str, ...]]:
    """Runs of `length` words inside one clause of the texts: labelled values, anything with a
    digit, punctuation and line breaks end a run, so only the sets' own wording is compared."""
    runs = set()
    for message in messages:
        cuts = [0] + [at for label in message.labels for at in (label.start, label.end)]
        cuts.append(len(message.text))
        for start, end in zip(cuts[::2], cuts[1::2], strict=True):
            stretch = message.text[start:end].lower()
            for clause in re.split(r"\S*\d\S*|[.,;:!?()\[\]\n\"<>|/]| - ", stretch):
                words = re.findall(r"[a-z]+(?:'[a-z]+)*", clause)
                runs |= {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}
    return runs


def test_when_600_messages_are_generated_then_every_type_layout_and_locale_appears(
    messages: list[LabelledMessage],
) -> None:
    assert {label.type for m in messages for label in m.labels} == set(LABEL_TYPES)
    assert {m.register for m in messages} == set(pii_blind_set.LAYOUTS)
    assert {m.locale for m in messages} == set(pii_blind_set.LOCALES)
    assert {m.sector for m in messages} == set(pii_blind_set.SECTORS)
    assert {m.tone for m in messages} == {"polite", "angry"}
    assert any(not m.labels for m in messages)
    assert any(len(m.labels) >= 5 for m in messages)


@pytest.mark.parametrize(
    ("kind", "is_fake"),
    [
        ("EMAIL_ADDRESS", is_example_email),
        ("PHONE_NUMBER", is_fictional_phone),
        ("CREDIT_CARD", is_test_card),
        ("IBAN_CODE", is_valid_iban),
        ("UK_BANK_ACCOUNT", is_uk_bank_detail),
        ("US_SSN", is_advertising_ssn),
        ("UK_NINO", is_specimen_nino),
        ("DATE_OF_BIRTH", is_birth_date),
        ("IP_ADDRESS", is_documentation_ip),
    ],
)
def test_when_a_value_is_embedded_then_it_cannot_belong_to_anyone(
    messages: list[LabelledMessage], kind: str, is_fake: Callable[[str], bool]
) -> None:
    found = [label.value for m in messages for label in m.labels if label.type == kind]
    assert found
    assert [value for value in found if not is_fake(value)] == []


def test_when_any_email_appears_in_the_text_then_its_domain_is_an_example_domain(
    messages: list[LabelledMessage],
) -> None:
    domains = {m.group(1).lower() for msg in messages for m in EMAIL_IN_TEXT.finditer(msg.text)}
    assert domains == {"example.com", "example.org", "example.net"}


def test_when_messages_carry_look_alike_numbers_and_companies_then_they_are_never_labelled(
    messages: list[LabelledMessage],
) -> None:
    names = [name for group in COMPANIES.values() for name in group]
    names_pattern = re.compile(r"\b(?:" + "|".join(re.escape(name) for name in names) + r")\b")
    negatives = 0
    for message in messages:
        for pattern in (HARD_NEGATIVE, names_pattern):
            for match in pattern.finditer(message.text):
                negatives += 1
                for label in message.labels:
                    assert label.end <= match.start() or match.end() <= label.start, (
                        match.group(0),
                        message.text,
                    )
    assert negatives > 2 * len(messages)


def test_when_the_three_sets_are_compared_then_no_three_word_phrase_is_shared() -> None:
    blind = phrases(pii_blind_set.generate(1500, seed=2026))
    assert len(blind) > 1000
    for other in (pii_dataset.generate, pii_independent_set.generate):
        shared = blind & phrases(other(1500, 2026))
        assert sorted(shared) == []
