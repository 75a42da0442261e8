"""The held-out PII set must be reproducible, exactly labelled, made only of values that cannot
belong to anyone, and worded differently from the tuning set it checks."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

import pytest

from bench import pii_independent_negatives, pii_independent_set, pii_tuning_fillers
from bench.pii_dataset import LABEL_TYPES, LabelledMessage
from bench.pii_render import placeholder_free
from bench.pii_tuning_templates import template_texts as tuning_template_texts
from tests.bench.fake_values import digits_of, iban_checksum_valid, luhn_valid

# Published by card networks and payment processors for testing; never issued to anyone.
TEST_CARD_NUMBERS = {
    "4111111111111111",
    "4000056655665556",
    "4012888888881881",
    "4242424242424242",
    "5555555555554444",
    "5200828282828210",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "378734493671000",
    "6011111111111117",
    "6011000990139424",
    "3530111333300000",
    "30569309025904",
}
VOIDED_SSNS = {"078051120", "219099999", "123456789"}
DOCUMENTATION_NETWORKS = [
    ipaddress.ip_network(net)
    for net in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24", "2001:db8::/32")
]
EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
HARD_NEGATIVE = re.compile(
    r"CMP-20\d\d-\d{6}|IMEI \d{15}|INV-2026-\d{7}|[£$€][\d,]+(\.\d\d)?|USD [\d,.]+", re.IGNORECASE
)


@pytest.fixture(scope="module")
def messages() -> list[LabelledMessage]:
    return pii_independent_set.generate(600)


def is_test_card(value: str) -> bool:
    return luhn_valid(value) and digits_of(value) in TEST_CARD_NUMBERS


def is_valid_iban(value: str) -> bool:
    return iban_checksum_valid(value)


def is_fictional_phone(value: str) -> bool:
    """Ofcom drama numbers (07700 900xxx, 020 7946 0xxx) or US 555-0100..0199."""
    digits = digits_of(value)
    if value.startswith(("+1", "1-")) or len(digits) == 10:
        return re.fullmatch(r"1?\d{3}55501\d\d", digits) is not None
    national = re.sub(r"^(?:0044|44)0?", "0", digits)
    return re.fullmatch(r"07700900\d{3}|02079460\d{3}", national) is not None


def is_documentation_ip(value: str) -> bool:
    address = ipaddress.ip_address(value)
    return any(address in network for network in DOCUMENTATION_NETWORKS)


def is_voided_ssn(value: str) -> bool:
    return digits_of(value) in VOIDED_SSNS


def is_specimen_nino(value: str) -> bool:
    return re.fullmatch(r"QQ[ -]?\d\d[ -]?\d\d[ -]?\d\d[ -]?[A-D]", value.upper()) is not None


def is_example_email(value: str) -> bool:
    pattern = r"[a-z0-9._+-]+@example\.(com|org|net)"
    return re.fullmatch(pattern, value, re.IGNORECASE) is not None


def word_runs(texts: list[str], length: int) -> set[tuple[str, ...]]:
    """Every run of `length` words inside the literal (non-placeholder) text of the templates."""
    runs = set()
    for text in texts:
        for segment in placeholder_free(text):
            words = re.findall(r"[a-z0-9']+", segment.lower())
            runs |= {tuple(words[i : i + length]) for i in range(len(words) - length + 1)}
    return runs


def test_when_600_messages_are_generated_then_every_type_and_layout_appears(
    messages: list[LabelledMessage],
) -> None:
    assert {label.type for m in messages for label in m.labels} == set(LABEL_TYPES)
    assert {m.register for m in messages} == set(pii_independent_set.LAYOUTS)
    assert any(not m.labels for m in messages)
    assert any(len(m.labels) >= 5 for m in messages)
    chats = [m.text for m in messages if m.register == "chat"]
    assert all(text == text.lower() for text in chats)


@pytest.mark.parametrize(
    ("kind", "is_fake"),
    [
        ("EMAIL_ADDRESS", is_example_email),
        ("PHONE_NUMBER", is_fictional_phone),
        ("CREDIT_CARD", is_test_card),
        ("IBAN_CODE", is_valid_iban),
        ("US_SSN", is_voided_ssn),
        ("UK_NINO", is_specimen_nino),
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


def test_when_messages_carry_references_amounts_and_device_ids_then_they_are_never_labelled(
    messages: list[LabelledMessage],
) -> None:
    negatives = 0
    for message in messages:
        for match in HARD_NEGATIVE.finditer(message.text):
            negatives += 1
            for label in message.labels:
                assert label.end <= match.start() or match.end() <= label.start, message.text
    assert negatives > len(messages) / 2


def test_when_both_sets_wording_is_compared_then_no_three_word_phrase_is_shared() -> None:
    independent = pii_independent_set.template_texts()
    assert len(independent) > 100
    shared = word_runs(tuning_template_texts(), 3) & word_runs(independent, 3)
    assert shared == set()


def test_when_both_sets_name_companies_and_products_then_the_names_differ() -> None:
    for table in ("COMPANIES", "PRODUCTS"):
        tuning = {n for names in getattr(pii_tuning_fillers, table).values() for n in names}
        independent = getattr(pii_independent_negatives, table).values()
        assert tuning.isdisjoint(n for names in independent for n in names)
