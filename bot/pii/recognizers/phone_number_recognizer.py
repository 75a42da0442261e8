"""Phone numbers in international and national formats, via phonenumbers over several regions.

phonenumbers calls the reserved drama/test ranges (07700 900xxx, 555-01xx) invalid, so the
matcher runs with POSSIBLE leniency and those ranges are recognised by pattern.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import Leniency, PhoneNumber, PhoneNumberMatch, PhoneNumberMatcher
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_MIN_DIGITS = 7


class PhoneNumberRecognizer(LocalRecognizer):
    """+44 7700 900123, 07700 900123, (202) 555-0143, +49 30 1234567, ..."""

    # Reserved fictional ranges, as national significant numbers per country calling code.
    FICTIONAL_PATTERNS: dict[int, re.Pattern[str]] = {
        44: re.compile(
            r"7700900\d{3}|(?:11[3-8]|1[2-6]1)4960\d{3}|1914980\d{3}|2079460\d{3}"
            r"|2890180\d{3}|2920180\d{3}|1632960\d{3}|3069990\d{3}|8081570\d{3}|9098790\d{3}"
        ),
        1: re.compile(r"[2-9]\d{2}55501\d{2}"),
    }
    CONTEXT = [
        "phone", "mobile", "cell", "call", "ring", "tel", "telephone", "landline", "number",
        "text", "whatsapp", "contact",
    ]  # fmt: skip
    INTERNATIONAL_VALID = 0.9
    FICTIONAL = 0.85
    INTERNATIONAL_POSSIBLE = 0.7
    NATIONAL_VALID = 0.6
    # Possible but not valid, or short: only counts with a context word nearby.
    WEAK = 0.3
    # National numbers with fewer digits (8-digit DE/IE numbers) look like any other id.
    MIN_NATIONAL_DIGITS = 9

    def __init__(self, regions: tuple[str, ...], supported_language: str = "en") -> None:
        self.regions = regions
        super().__init__(
            supported_entities=["PHONE_NUMBER"],
            supported_language=supported_language,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        if sum(ch.isdigit() for ch in text) < _MIN_DIGITS:
            return []
        best: dict[tuple[int, int], float] = {}
        for region in self.regions:
            for match in PhoneNumberMatcher(text, region, leniency=Leniency.POSSIBLE):
                score = self.score(match)
                key = (match.start, match.end)
                if score is not None and score > best.get(key, 0.0):
                    best[key] = score
        return [self._result(start, end, score) for (start, end), score in best.items()]

    def score(self, match: PhoneNumberMatch) -> float | None:
        number: PhoneNumber = match.number
        national = phonenumbers.national_significant_number(number)
        if len(national) < _MIN_DIGITS:
            return None
        if self.is_fictional(number):
            return self.FICTIONAL
        international = match.raw_string.lstrip("( ").startswith(("+", "00"))
        valid = phonenumbers.is_valid_number(number)
        if international:
            return self.INTERNATIONAL_VALID if valid else self.INTERNATIONAL_POSSIBLE
        if valid and len(national) >= self.MIN_NATIONAL_DIGITS:
            return self.NATIONAL_VALID
        return self.WEAK

    @classmethod
    def is_fictional(cls, number: PhoneNumber) -> bool:
        pattern = cls.FICTIONAL_PATTERNS.get(number.country_code or 0)
        national = phonenumbers.national_significant_number(number)
        return pattern is not None and pattern.fullmatch(national) is not None

    def _result(self, start: int, end: int, score: float) -> RecognizerResult:
        explanation = AnalysisExplanation(
            recognizer=self.name, original_score=score, textual_explanation="phonenumbers match"
        )
        return RecognizerResult(
            entity_type="PHONE_NUMBER",
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
