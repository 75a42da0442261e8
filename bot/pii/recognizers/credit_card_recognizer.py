"""Payment card numbers (13-19 digits, grouped or not) that pass the Luhn check."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Major schemes start with 2-6 (Mastercard 2-series, Amex 3, Visa 4, Mastercard 5, Discover 6).
_ISSUER_DIGITS = "23456"


def luhn_ok(digits: str) -> bool:
    total = 0
    for position, char in enumerate(reversed(digits)):
        value = int(char) * (2 if position % 2 else 1)
        total += value - 9 if value > 9 else value
    return total % 10 == 0


class CreditCardRecognizer(PatternRecognizer):
    """Card numbers (4111 1111 1111 1111); Luhn and the scheme digit keep other ids out."""

    PATTERNS = [
        # Groups of four with the same separator throughout (16-19 digits).
        Pattern(
            "card grouped", r"(?<![\d-])\d{4}([ -]?)\d{4}\1\d{4}\1\d{4}(?:\1\d{1,3})?(?![\d-])", 0.5
        ),
        # American Express 4-6-5.
        Pattern("card amex", r"(?<![\d-])3[47]\d{2}([ -])\d{6}\1\d{5}(?![\d-])", 0.5),
        Pattern("card digits", r"(?<![\d-])\d{13,19}(?![\d-])", 0.4),
    ]
    CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return (
            13 <= len(digits) <= 19
            and digits[0] in _ISSUER_DIGITS
            and len(set(digits)) > 1
            and luhn_ok(digits)
        )
