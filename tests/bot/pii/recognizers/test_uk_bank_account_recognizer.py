from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

ACCOUNTS = [
    ("sort code 12-34-56 account 12345678", ["12-34-56", "12345678"]),
    ("Sort code: 12 34 56, account number: 31926819", ["12 34 56", "31926819"]),
    ("sortcode 123456 acc 31926819", ["123456", "31926819"]),
    ("acc no. 31926819", ["31926819"]),
    ("sort code 12.34.56 account 1234-5678", ["12.34.56", "1234-5678"]),
    ("account no 3192 6819", ["3192 6819"]),
    ("my bank account number is 31926819", ["31926819"]),
    ("a/c 31926819 s/c 40-11-22", ["31926819", "40-11-22"]),
    ("acct #31926819", ["31926819"]),
    ("my sort code and account number are 12-34-56 and 31926819", ["12-34-56", "31926819"]),
]

NOT_ACCOUNTS = [
    "order no. 31926819",
    "the code 12-34-56 on the box",
    "I have had an account for 12 years",
    "account 123",
    "reference 31926819",
]


@pytest.mark.parametrize(("text", "numbers"), ACCOUNTS)
def test_when_sort_code_or_account_is_named_then_each_number_is_found(
    found: Found, text: str, numbers: list[str]
) -> None:
    spans = found(text)
    for number in numbers:
        assert ("UK_BANK_ACCOUNT", number) in spans


@pytest.mark.parametrize("text", NOT_ACCOUNTS)
def test_when_no_bank_cue_precedes_the_digits_then_no_bank_account(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "UK_BANK_ACCOUNT"] == []
