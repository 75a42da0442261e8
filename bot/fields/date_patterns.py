"""How dates are written: month and weekday names, number words, regex parts, the pattern table."""

from __future__ import annotations

import re
from typing import Literal

# Which resolver in bot.fields.dates turns a match into a date.
Reading = Literal[
    "day_month", "iso", "numeric", "ordinal", "weekday", "ago", "ahead", "named", "month_only"
]

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sept", "sep"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}  # fmt: skip
WEEKDAYS = {
    name: number
    for number, names in enumerate(
        (("monday", "mon"), ("tuesday", "tues", "tue"), ("wednesday", "wed"),
         ("thursday", "thurs", "thu"), ("friday", "fri"), ("saturday", "sat"),
         ("sunday", "sun")),
    )
    for name in names
}  # fmt: skip
COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
          "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
          "couple of": 2, "a couple of": 2, "few": 3, "a few": 3}  # fmt: skip

_ORDINALS = (
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth "
    "twenty-first twenty-second twenty-third twenty-fourth twenty-fifth twenty-sixth "
    "twenty-seventh twenty-eighth twenty-ninth thirtieth thirty-first"
)
ORDINAL_WORDS = {word: number for number, word in enumerate(_ORDINALS.split(), start=1)}
MONTH_PARTS = {"early": 1, "start": 1, "beginning": 1, "mid": 15, "middle": 15, "late": 28,
               "end": 28}  # fmt: skip

_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# Standalone weekdays only by full name: "sat", "wed" and "sun" are ordinary words too.
_WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_ANY_WEEKDAY = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+)?"
_DAYWORD = r"(?P<dayword>" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True)) + ")"
# "3 March", "3rd of March", "third of March" (a bare "first March" is an ordinary phrase)
_DAY_BEFORE_MONTH = rf"(?:(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?|{_DAYWORD}\s+of\s+)"
# "March 3", "March the 3rd", "March the third"
_DAY_AFTER_MONTH = rf"(?:(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b|the\s+{_DAYWORD}\b)"
_YEAR = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_COUNT = r"(?P<count>\d{1,3}|" + "|".join(sorted(COUNTS, key=len, reverse=True)) + r")"
_NOT_AFTER_NUMBER = r"(?![\w/-]|[.,:]\d|\s*(?:%|hours?|hrs?|mins?|minutes?|times?|x\b|am\b|pm\b))"
_CUE = r"(?:(?<=\bon\s)|(?<=\bsince\s)|(?<=\bfrom\s)|(?<=\buntil\s)|(?<=\bby\s)|(?<=\bdated\s))"
_END_OF_PHRASE = (
    r"(?=\s*(?:$|[.,;:!?)\n]|(?:and|but|when|i|we|my|our|they|it|so|then|at|around|about)\b))"
)


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


PATTERNS: tuple[tuple[re.Pattern[str], Reading, bool, bool], ...] = (
    # 3 March, 3rd of March 2026, the 3rd of March
    (_compile(rf"\b{_ANY_WEEKDAY}(?<![\w£$€#.,/-])(?:the\s+)?{_DAY_BEFORE_MONTH}{_MONTH}\b{_YEAR}\b"),
     "day_month", False, False),
    # March 3rd, March the 3rd, 2026
    (_compile(rf"\b{_ANY_WEEKDAY}{_MONTH}\s+{_DAY_AFTER_MONTH}{_NOT_AFTER_NUMBER}{_YEAR}\b"),
     "day_month", False, False),
    # 2026-03-03, 2026/03/03
    (_compile(r"(?<![\w£$€#.,/-])(?P<year>(?:19|20)\d\d)([-/])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)"
              r"(?![\w/-]|\.\d)"), "iso", False, False),
    # 3/3/2026, 03.03.26
    (_compile(r"(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)([/.-])(?P<second>[0-3]?\d)\2"
              r"(?P<year>(?:19|20)?\d\d)(?![\w/-]|[.,]\d)"), "numeric", False, False),
    # on 3/3 (needs a cue in free text; a bare 3/3 could be a score or a fraction)
    (_compile(rf"{_CUE}(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)/(?P<second>[01]?\d)(?![\w/-]|[.,]\d)"),
     "numeric", False, False),
    (_compile(r"(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)/(?P<second>[01]?\d)(?![\w/-]|[.,]\d)"),
     "numeric", False, True),
    # on the 14th
    (_compile(rf"{_CUE}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_END_OF_PHRASE}"),
     "ordinal", False, False),
    (_compile(r"(?<![\w£$€#.,/-])(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
     "ordinal", False, True),
    # Tuesday last week, last Tuesday, on Tuesday, this Tuesday, next Tuesday
    (_compile(rf"(?<!\bevery\s)(?<!\beach\s)\b(?:(?P<which>last|this|next|past)\s+)?{_WEEKDAY}\b"
              r"(?:(?P<lastweek>\s+(?:of\s+)?last\s+week))?"), "weekday", False, False),
    # two weeks ago, 3 days ago, a couple of days ago
    (_compile(rf"\b{_COUNT}\s+(?P<unit>minute|hour|day|week|fortnight|month)s?\s+ago\b"),
     "ago", False, False),
    (_compile(rf"\b{_COUNT}\s+(?P<unit>year)s?\s+ago\b"), "ago", True, False),
    (_compile(rf"\bin\s+{_COUNT}\s+(?P<unit>day|week|fortnight|month|year)s?\b"),
     "ahead", False, False),
    # today, yesterday, last week, last night, tomorrow
    (_compile(r"\b(?P<phrase>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|"
              r"this\s+(?:morning|afternoon|evening)|earlier\s+today|last\s+night|tomorrow|"
              r"last\s+weekend|(?:last|this\s+past|past|next)\s+(?:week|fortnight|month))\b"),
     "named", False, False),
    (_compile(r"\b(?P<phrase>last\s+year)\b"), "named", True, False),
    # March 2026 (free text), in March / March (answers only)
    (_compile(rf"\b(?:in\s+)?{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"), "month_only", True, False),
    (_compile(rf"^(?:it\s+was\s+|sometime\s+|back\s+)?(?:in\s+|last\s+)?(?:(?P<part>early|late|"
              rf"mid|(?:the\s+)?(?:start|beginning|middle|end)\s+of)[-\s]*)?{_MONTH}"
              r"(?:\s+(?P<year>(?:19|20)\d\d))?$"), "month_only", True, True),
)  # fmt: skip
