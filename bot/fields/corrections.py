"""Corrections: "change my email to ...", "actually my number is ...", "wrong date, it's ...".

Only explicit correction phrasing counts, so a new detail in an ordinary sentence is left to
the finders; the raw value is returned for the field's own validator to check.
"""

from __future__ import annotations

import re

# Field words as customers say them, longest first so "phone number" wins over "phone".
FIELD_WORDS: dict[str, tuple[str, ...]] = {
    "contact_email": ("e-mail address", "email address", "mail address", "e-mail", "email"),
    "contact_phone": (
        "mobile phone number", "phone number", "mobile number", "telephone number",
        "contact number", "mobile", "telephone", "phone", "number",
    ),
    "incident_date": (
        "date of the incident", "date it happened", "incident date", "when it happened",
        "date", "day", "when",
    ),
    "description": (
        "description of what happened", "what happened", "description", "details", "story",
        "complaint",
    ),
    "desired_outcome": (
        "desired outcome", "what i want", "what i would like", "what i'd like", "outcome",
        "resolution", "remedy",
    ),
    "product": ("product or service", "product", "service"),
    "customer_name": ("full name", "surname", "name"),
}  # fmt: skip

_BY_WORD = {word: slot for slot, words in FIELD_WORDS.items() for word in words}
_FIELD = (
    r"(?P<field>"
    + "|".join(re.escape(word) for word in sorted(_BY_WORD, key=len, reverse=True))
    + r")"
)
_POSSESSIVE = r"(?:(?:my|the|our|your)\s+)?"
_LEAD = r"^(?:(?:oh|sorry|oops|no|hang\s+on|wait|actually|please|also|and)[\s,.!-]+)*"
_POLITE = (
    r"(?:(?:can|could|would)\s+you\s+(?:please\s+)?|please\s+|"
    r"i\s+(?:want|need|would\s+like|'d\s+like)\s+to\s+)?"
)
_IS = r"(?:is|was|should\s+be|should\s+have\s+been|needs\s+to\s+be|'s)"
_VALUE = r"[\s:,-]*(?P<value>.+?)"
_END = r"[\s.!]*(?:(?:please|thanks|thank\s+you)[\s.!]*)?$"

_PATTERNS = tuple(
    re.compile(_LEAD + pattern + _END, re.IGNORECASE | re.DOTALL)
    for pattern in (
        # change my email to X / update the outcome to X / set product to X / replace ... with X
        rf"{_POLITE}(?:change|update|set|correct|amend|make|switch)\s+{_POSSESSIVE}{_FIELD}"
        rf"\s+(?:to|as|so\s+it\s+says){_VALUE}",
        rf"{_POLITE}replace\s+{_POSSESSIVE}{_FIELD}\s+with{_VALUE}",
        # actually my phone number is X / my name is actually X / the date should be X
        rf"(?:actually[\s,]+)?{_POSSESSIVE}{_FIELD}\s+(?:is\s+)?actually\s+(?:is\s+)?{_VALUE}",
        rf"actually[\s,]+{_POSSESSIVE}{_FIELD}\s+{_IS}{_VALUE}",
        rf"{_POSSESSIVE}{_FIELD}\s+(?:should\s+(?:be|have\s+been|say)|needs\s+to\s+(?:be|say)){_VALUE}",
        # wrong email, it's X / the date is wrong - it should be X
        rf"(?:that'?s\s+the\s+)?wrong\s+{_FIELD}[\s,.;:!-]+(?:it'?s|it\s+is|it\s+should\s+be|"
        rf"should\s+be|use|the\s+right\s+one\s+is|correct\s+one\s+is){_VALUE}",
        rf"{_POSSESSIVE}{_FIELD}\s+(?:is|was|'s)\s+(?:wrong|incorrect|not\s+right)[\s,.;:!-]+"
        rf"(?:it'?s|it\s+is|it\s+should\s+be|should\s+be|it\s+was|use|the\s+right\s+one\s+is){_VALUE}",
    )
)
_HAPPENED = re.compile(
    _LEAD
    + r"(?:actually\s+)?it\s+(?:actually\s+)?happened\s+(?:actually\s+)?(?P<value>.+?)"
    + _END,
    re.IGNORECASE,
)


def parse_correction(text: str) -> tuple[str, str] | None:
    """(slot name, raw new value) when the message corrects a field; otherwise None."""
    said = " ".join(text.replace("’", "'").split())
    for pattern in _PATTERNS:
        match = pattern.match(said)
        if match:
            slot = _BY_WORD[match.group("field").lower()]
            value = match.group("value").strip(" \"'“”‘’,;:")
            value = re.sub(r"^(?:spelled|spelt|say|says|read|reads)\s+", "", value, flags=re.I)
            if _plausible(slot, value):
                return slot, value
    happened = _HAPPENED.match(said)
    if happened and re.search(
        r"\d|day|week|month|ago|yesterday|today", happened.group("value"), re.I
    ):
        return "incident_date", happened.group("value").strip(" \"',;:")
    return None


def _plausible(slot: str, value: str) -> bool:
    """Guards against everyday phrasing ("change my phone to a new model") posing as a fix."""
    if not value:
        return False
    if slot == "contact_email":
        return "@" in value
    if slot == "contact_phone":
        return sum(char.isdigit() for char in value) >= 3
    return True
