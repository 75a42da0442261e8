"""US Social Security numbers in AAA-GG-SSSS form, skipping areas never issued."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Area 000, 666 and 900-999 are never issued; group 00 and serial 0000 neither.
_AREA = r"(?!000|666|9\d\d)\d{3}"
_GROUP = r"(?!00)\d{2}"
_SERIAL = r"(?!0000)\d{4}"
_CUE = r"(?<=\b(?:ssn|social\s+security(?:\s+(?:number|no\.?|#))?)\s*(?:is|was|:|#|-)?\s*\(?\s*)"


class UsSsnRecognizer(PatternRecognizer):
    """123-45-6789; space-separated or bare nine digits only next to "SSN"/"social security"."""

    PATTERNS = [
        # Above a national phone number's 0.6: phones are not written 3-2-4.
        Pattern("ssn dashed", rf"(?<![\d-]){_AREA}-{_GROUP}-{_SERIAL}(?![\d-])", 0.65),
        Pattern("ssn spaced", rf"(?<![\d-]){_AREA} {_GROUP} {_SERIAL}(?![\d-])", 0.3),
        Pattern("ssn after cue", rf"{_CUE}{_AREA}[ .-]?{_GROUP}[ .-]?{_SERIAL}(?![\d-])", 0.8),
        Pattern("ssn dotted", rf"(?<![\d.]){_AREA}\.{_GROUP}\.{_SERIAL}(?![\d.])", 0.5),
    ]
    CONTEXT = ["ssn", "social", "security"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="US_SSN",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )
