"""Checks the PII-set tests share: is a generated value a well-formed fake?"""

from __future__ import annotations

import re


def digits_of(value: str) -> str:
    return re.sub(r"\D", "", value)


def luhn_valid(number: str) -> bool:
    digits = [int(d) for d in reversed(digits_of(number))]
    total = sum(digits[0::2]) + sum(sum(divmod(2 * d, 10)) for d in digits[1::2])
    return total % 10 == 0


def iban_checksum_valid(iban: str) -> bool:
    """The mod-97 check, on the IBAN without spaces or dashes."""
    compact = re.sub(r"[ -]", "", iban).upper()
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in rearranged)) % 97 == 1
