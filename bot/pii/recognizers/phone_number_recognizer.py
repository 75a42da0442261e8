"""Phone numbers in international and national formats, via phonenumbers over several regions.

Each run of digits is parsed whole in each region first (PhoneNumberMatcher is ten times
slower; it only splits runs holding several numbers). phonenumbers calls the reserved drama
and test ranges (07700 900xxx, 555-01xx) invalid, so possible numbers are accepted and those
ranges are recognised by pattern.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import (
    Leniency,
    NumberParseException,
    PhoneNumber,
    PhoneNumberMatcher,
    is_possible_number,
)
from presidio_analyzer import AnalysisExplanation, LocalRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

_MIN_DIGITS = 7


class PhoneNumberRecognizer(LocalRecognizer):
    """+44 7700 900123, 07700 900123, (202) 555-0143; scored by how sure phonenumbers is."""

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
    # Runs of digits and phone punctuation; only these windows go through phonenumbers.
    # A leading "(" only when it opens an area code: "(202) 555-0143", not "(123-45-6789)".
    CANDIDATE = re.compile(r"(?<![\w+])(?:\+|\((?=\d{1,5}\)))?\d[\d \t().\-/]{5,40}\d(?![\w])")
    # Dates (12/03/2026, 2026-03-12) and card-shaped groups (4111 1111 1111 1111) are never
    # phone numbers; other recognizers deal with them.
    NOT_A_NUMBER = re.compile(
        r"\d{1,4}([/.-])\d{1,2}\1\d{1,4}|\d{4}([ -]?)\d{4}\2\d{4}\2\d{4}(?:\2\d{1,3})?"
    )
    NAME = "PhoneNumberRecognizer"
    INTERNATIONAL_PREFIX = re.compile(r"\(?(?:\+|00[1-9]|011)")
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
            name=self.NAME,
            supported_language=supported_language,
            context=self.CONTEXT,
        )

    def load(self) -> None:
        pass

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        best: dict[tuple[int, int], float] = {}
        for window in self.CANDIDATE.finditer(text):
            for start, end, score in self._numbers_in(window.group()):
                key = (window.start() + start, window.start() + end)
                best[key] = max(score, best.get(key, 0.0))
        return [self._result(start, end, score) for (start, end), score in best.items()]

    def _numbers_in(self, candidate: str) -> list[tuple[int, int, float]]:
        """(start, end, score) of the phone numbers in one run of digits and punctuation."""
        digits = sum(ch.isdigit() for ch in candidate)
        if digits < _MIN_DIGITS or self.NOT_A_NUMBER.fullmatch(candidate):
            return []
        whole = self._score_whole(candidate)
        if whole is not None:
            return [(0, len(candidate), whole)]
        # Several numbers in one run, or one with extra digits around it: let the matcher split.
        found = []
        for region in self.regions:
            for match in PhoneNumberMatcher(candidate, region, leniency=Leniency.POSSIBLE):
                score = self.score(match.raw_string, match.number)
                if score is not None:
                    found.append((match.start, match.end, score))
        return found

    def _score_whole(self, candidate: str) -> float | None:
        # A leading + fixes the country, so one region is enough.
        regions = self.regions[:1] if candidate.startswith("+") else self.regions
        best: float | None = None
        for region in regions:
            try:
                number = phonenumbers.parse(candidate, region)
            except NumberParseException:
                continue
            score = self.score(candidate, number) if is_possible_number(number) else None
            if score is not None and (best is None or score > best):
                best = score
            if best is not None and best >= self.FICTIONAL:
                break  # no other region can score a national number higher
        return best

    def score(self, raw: str, number: PhoneNumber) -> float | None:
        national = phonenumbers.national_significant_number(number)
        if len(national) < _MIN_DIGITS:
            return None
        if self.is_fictional(number):
            return self.FICTIONAL
        international = self.INTERNATIONAL_PREFIX.match(raw) is not None
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
            recognizer=self.NAME, original_score=score, textual_explanation="phonenumbers match"
        )
        return RecognizerResult(
            entity_type="PHONE_NUMBER",
            start=start,
            end=end,
            score=score,
            analysis_explanation=explanation,
            recognition_metadata={
                RecognizerResult.RECOGNIZER_NAME_KEY: self.NAME,
                RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
            },
        )
