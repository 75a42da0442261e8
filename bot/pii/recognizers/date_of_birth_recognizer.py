"""Dates of birth: a date only counts when "DOB", "date of birth" or "born" comes first."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_CUE = (
    r"(?<=\b(?:d\.?o\.?b\.?|date\s+of\s+birth|birth\s*date|birthday|born(?:\s+on)?)"
    r"\s*(?:is|was|:|-|=)?\s*(?:on\s+)?(?:the\s+)?)"
)
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = (
    r"(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})"
    r"|\d{4}-\d{1,2}-\d{1,2}"
    rf"|{_DAY}(?:\s+of)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|{_MONTH}\s+{_DAY},?\s+\d{{4}}"
    rf"|{_DAY}[-/ ]{_MONTH}[-/ ](?:\d{{4}}|\d{{2}}))"
)


class DateOfBirthRecognizer(PatternRecognizer):
    """Dates after a birth cue ("DOB: 01/02/1980"); incident dates must survive redaction."""

    PATTERNS = [Pattern("date of birth", _CUE + _DATE + r"(?!\d)", 0.85)]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="DATE_OF_BIRTH",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )
