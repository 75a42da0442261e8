"""The benchmark set is only useful if it is reproducible and its labels are exactly right."""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Callable

import pytest

from bench.pii_dataset import EMAIL_DOMAINS, LABEL_TYPES, LabelledMessage, generate
from tests.bench.fake_values import iban_checksum_valid, luhn_valid

EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
# QQ is HMRC's example prefix; otherwise the allocated first and second letters.
NINO = re.compile(
    r"(?!BG|GB|KN|NK|NT|TN|ZZ)(QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?\d\d ?\d\d ?\d\d ?[A-D]"
)
HARD_NEGATIVE = re.compile(r"CMP-20\d\d-\d{6}|[£$][\d,]+(\.\d\d)?", re.IGNORECASE)


@pytest.fixture(scope="module")
def messages() -> list[LabelledMessage]:
    return generate(500)


def ip_valid(value: str) -> bool:
    try:
        ipaddress.ip_address(value)
    except ValueError:
        return False
    return True


def test_when_a_message_is_generated_then_it_holds_at_most_four_values(
    messages: list[LabelledMessage],
) -> None:
    for message in messages:
        bank_pair = sum(label.type == "UK_BANK_ACCOUNT" for label in message.labels) == 2
        assert len(message.labels) <= 4 + bank_pair  # sort code + account number: one value


def test_when_500_messages_are_generated_then_every_type_and_empty_messages_appear(
    messages: list[LabelledMessage],
) -> None:
    seen = {label.type for message in messages for label in message.labels}
    assert seen == set(LABEL_TYPES)
    assert any(not message.labels for message in messages)
    assert any(len(message.labels) == 4 for message in messages)
    assert {m.register for m in messages} == {"chat", "email"}


def test_when_an_email_appears_then_its_domain_is_an_example_domain(
    messages: list[LabelledMessage],
) -> None:
    found = [m.group(1) for message in messages for m in EMAIL_IN_TEXT.finditer(message.text)]
    assert found
    assert set(found) <= set(EMAIL_DOMAINS)


@pytest.mark.parametrize(
    ("kind", "is_valid"),
    [
        ("CREDIT_CARD", luhn_valid),
        ("IBAN_CODE", iban_checksum_valid),
        ("US_SSN", re.compile(r"(?!000|666|9)\d{3}[- ](?!00)\d{2}[- ](?!0000)\d{4}").fullmatch),
        ("UK_NINO", NINO.fullmatch),
        ("EMAIL_ADDRESS", re.compile(r"[a-z0-9._-]+@example\.(com|org|net)").fullmatch),
        ("IP_ADDRESS", ip_valid),
    ],
)
def test_when_a_value_has_a_checksum_or_format_then_it_is_valid(
    messages: list[LabelledMessage], kind: str, is_valid: Callable[[str], object]
) -> None:
    values = [label.value for m in messages for label in m.labels if label.type == kind]
    assert values
    assert [v for v in values if not is_valid(v)] == []


def test_when_messages_carry_references_and_amounts_then_they_are_never_labelled(
    messages: list[LabelledMessage],
) -> None:
    negatives = 0
    for message in messages:
        for match in HARD_NEGATIVE.finditer(message.text):
            negatives += 1
            for label in message.labels:
                assert label.end <= match.start() or match.end() <= label.start, message.text
    assert negatives > len(messages)
