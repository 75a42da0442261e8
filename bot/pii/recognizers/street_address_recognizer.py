"""UK and US street addresses: house number, street name, street type, optional town."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Words that never sit inside a street name; they stop "waited 45 minutes on the road".
_STOP = (
    r"(?:a|an|and|at|by|for|from|i|in|is|it|me|my|of|on|or|our|than|that|to|was|we|were|with"
    r"|you|your|about|after|before|over|per|every|each|times?|items?|hours?|minutes?|days?"
    r"|weeks?|months?|years?|pounds?|dollars?|euros?)"
)
_WORD = rf"(?!{_STOP}\b)(?:[^\W\d_][\w'’.-]*|\d{{1,3}}(?:st|nd|rd|th))"
# Street types that are rarely ordinary words may be lower case ("221b baker street").
_PLAIN_TYPE = (
    r"(?:street|st|road|rd|avenue|ave|lane|ln|boulevard|blvd|crescent|cres|terrace|gardens"
    r"|gdns|mews|parkway|pkwy|highway|hwy|broadway)"
)
# Street types that are also everyday words ("45 minutes way") must be capitalised.
_TITLE_TYPE = (
    r"(?-i:Drive|Dr|Close|Way|Court|Ct|Place|Pl|Grove|Square|Sq|Hill|Row|Walk|Park|Rise"
    r"|Green|View|Circle|Loop|Trail|Parade|Wharf|Quay)"
)
_UNIT = r"(?:(?:flat|apartment|apt|unit|suite)\.?\s*#?\d+[a-z]?,?\s+)?"
_DIRECTION = r"(?:\s+(?-i:NE|NW|SE|SW|N|S|E|W)\b)?"
_TOWN = r"(?:,\s*(?-i:\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2})\b)?"


class StreetAddressRecognizer(PatternRecognizer):
    """ "221B Baker Street", "12 High St, Leeds", "1600 Pennsylvania Avenue NW"."""

    PATTERNS = [
        Pattern(
            "street address",
            rf"\b{_UNIT}\d{{1,5}}[a-z]?,?\s+(?:{_WORD}\s+){{1,3}}"
            rf"(?:{_PLAIN_TYPE}|{_TITLE_TYPE})\b\.?{_DIRECTION}{_TOWN}",
            0.7,
        ),
    ]
    CONTEXT = ["address", "live", "living", "lives", "reside", "deliver", "delivered"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="STREET_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )
