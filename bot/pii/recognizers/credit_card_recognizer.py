"""Payment card numbers (13-19 digits, grouped or not) that pass the Luhn check."""

from __future__ import annotations

import re

from presidio_analyzer import Pattern, PatternRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

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
        # However people group them: 4111.1111.1111.1111, 4111  1111 ..., 4-6-4 (Diners).
        Pattern(
            "card any grouping",
            r"(?<![\d.-])\d{4}([ ]{1,2}|[.-])\d{2,6}(?:\1\d{2,6}){1,3}(?![\d-]|\.\d)",
            0.45,
        ),
    ]
    # A 15-digit IMEI passes Luhn too; so can a serial number.
    NOT_A_CARD_CUE = re.compile(r"\b(?:imei|serial|s/n|sn|meid)\b[^\n\d]{0,12}$", re.IGNORECASE)
    CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "cc"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="CREDIT_CARD",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def analyze(
        self,
        text: str,
        entities: list[str],
        nlp_artifacts: NlpArtifacts | None = None,
        regex_flags: int | None = None,
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts, regex_flags)
        return [
            result
            for result in results
            if not self.NOT_A_CARD_CUE.search(text[max(0, result.start - 30) : result.start])
        ]

    def validate_result(self, pattern_text: str) -> bool:
        digits = "".join(ch for ch in pattern_text if ch.isdigit())
        return (
            13 <= len(digits) <= 19
            and digits[0] in _ISSUER_DIGITS
            and len(set(digits)) > 1
            and luhn_ok(digits)
        )
