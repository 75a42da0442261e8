"""UK postcodes, and US ZIP codes only where a state or "zip" shows that is what they are."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

UK_POSTCODE = (
    r"(?:GIR ?0AA|[A-PR-UWYZ](?:\d[A-HJKPSTUW\d]?|[A-HK-Y]\d[ABEHMNPRVWXY\d]?)"
    r" ?\d[ABD-HJLNP-UW-Z]{2})"
)
_UK_POSTCODE_SPACED = UK_POSTCODE.replace(" ?", " ")
_CUE = r"(?<=\b(?:post\s*code|postal\s*code|zip(?:\s*code)?)\s*(?:is|was|:|-)?\s*)"
_STATES = (
    r"AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
    r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY"
)
_ZIP = r"\d{5}(?:-\d{4})?(?![\d-])"


class PostcodeRecognizer(PatternRecognizer):
    """SW1A 1AA, "postcode sw1a 1aa", "Beverly Hills, CA 90210", "zip 10001-1234"."""

    PATTERNS = [
        # Capitals only without a cue: lower case "b1 2nd floor" is not a postcode.
        Pattern("uk postcode", rf"\b(?-i:{UK_POSTCODE})\b", 0.7),
        Pattern("uk postcode after cue", rf"{_CUE}{UK_POSTCODE}\b", 0.8),
        # Chat is often lower case: "sw1a 1aa" counts when spaced and not "b1 2nd floor".
        Pattern(
            "uk postcode any case",
            rf"\b(?={_UK_POSTCODE_SPACED}\b)(?![a-z\d]+ \d(?:st|nd|rd|th)\b){UK_POSTCODE}\b",
            0.6,
        ),
        Pattern("zip after cue", rf"{_CUE}(?<!\d){_ZIP}", 0.8),
        Pattern("zip after state", rf"(?<=\b(?-i:{_STATES}),?\s+){_ZIP}", 0.7),
    ]
    CONTEXT = ["postcode", "zip", "address"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="POSTCODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )
