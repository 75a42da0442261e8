"""When did it happen: incident dates from answers ("last Tuesday") and from whole complaints.

Our own patterns find and resolve the expressions people use, so free text never fires on
durations, amounts or references; dateparser only backs up direct answers in odd formats.
Everything resolves against an explicit `today`, and dates without a year mean the most
recent past occurrence.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from dateutil.relativedelta import relativedelta

from bot.errors import InvalidField

DEFAULT_MAX_AGE_DAYS = 6 * 365 + 2  # six years, leap days included

FUTURE = "That date is in the future — when did it happen?"
UNCLEAR = (
    'Sorry, I couldn\'t work out that date. You could say something like "yesterday", '
    '"last Tuesday" or "3 March".'
)
NEEDS_MONTH = 'I need a day and a month as well — for example "3 March" or "last Friday".'
NO_SUCH_DAY = "That date doesn't exist — please check the day and the month."
TOO_OLD = (
    "That's more than {age} ago, which is too long ago for us to look into. "
    "If you meant a more recent date, please give it again."
)

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


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    value: date | None  # None: looked like a date but no such day exists
    coarse: bool = False  # year-level precision ("two years ago"): used only as a last resort


_Resolver = Callable[[dict[str, Any], date, bool], date | None]


def parse_incident_date(
    text: str,
    today: date,
    *,
    day_first: bool = True,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> date:
    """The date a direct answer names; raises InvalidField when it is unclear, future or old."""
    cleaned = " ".join(text.split()).strip(" .!?,")
    if not cleaned:
        raise InvalidField(UNCLEAR)
    if re.fullmatch(r"(?:on\s+)?(?:the\s+)?\d{1,2}", cleaned, re.IGNORECASE):
        raise InvalidField(NEEDS_MONTH)
    found = _best(list(_scan(cleaned, today, day_first, loose=True)))
    if found is None:
        value = _dateparser_fallback(cleaned, today, day_first)
        if value is None:
            raise InvalidField(UNCLEAR)
    elif found.value is None:
        raise InvalidField(NO_SUCH_DAY)
    else:
        value = found.value
    _check_range(value, today, max_age_days)
    return value


def find_incident_date(
    text: str,
    today: date,
    *,
    day_first: bool = True,
    max_age_days: int = DEFAULT_MAX_AGE_DAYS,
) -> date | None:
    """The first plausible incident date mentioned in free text, or None."""
    usable = []
    for found in _scan(text, today, day_first, loose=False):
        if found.value is None:
            continue
        try:
            _check_range(found.value, today, max_age_days)
        except InvalidField:
            continue
        usable.append(found)
    best = _best(usable)
    return best.value if best else None


def _best(found: list[_Found]) -> _Found | None:
    """Earliest day-level mention; year-level ones only when nothing else is there."""
    found.sort(key=lambda item: (item.coarse, item.start))
    return found[0] if found else None


def _check_range(value: date, today: date, max_age_days: int) -> None:
    if value > today:
        raise InvalidField(FUTURE)
    if (today - value).days > max_age_days:
        years = max_age_days / 365.25
        whole_years = abs(years - round(years)) < 0.05
        age = f"{round(years)} years" if whole_years else f"{max_age_days} days"
        raise InvalidField(TOO_OLD.format(age=age))


def _scan(text: str, today: date, day_first: bool, *, loose: bool) -> Iterator[_Found]:
    """Every date expression in `text`, overlapping matches resolved in favour of the longest."""
    matches: list[tuple[int, int, _Resolver, dict[str, Any], bool]] = []
    for pattern, resolver, coarse, loose_only in _PATTERNS:
        if loose_only and not loose:
            continue
        for match in pattern.finditer(text):
            groups = {key: value for key, value in match.groupdict().items() if value is not None}
            matches.append((match.start(), match.end(), resolver, groups, coarse))
    matches.sort(key=lambda item: (item[0], -(item[1] - item[0])))
    taken_until = -1
    for start, end, resolver, groups, coarse in matches:
        if start < taken_until:
            continue
        taken_until = end
        yield _Found(start, end, resolver(groups, today, day_first), coarse)


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _most_recent(today: date, month: int, day: int) -> date | None:
    """The latest existing `day month` up to today (29 February looks back to a leap year)."""
    for year in range(today.year, today.year - 9, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= today:
            return candidate
    return None


def _year(raw: str, today: date) -> int:
    year = int(raw)
    if year < 100:
        year += 2000 if year <= today.year % 100 + 1 else 1900
    return year


def _day_month(groups: dict[str, Any], today: date, day_first: bool) -> date | None:
    month = MONTHS[groups["month"].lower()]
    day = int(groups["day"]) if "day" in groups else ORDINAL_WORDS[groups["dayword"].lower()]
    if "year" in groups:
        return _safe_date(int(groups["year"]), month, day)
    return _most_recent(today, month, day) if 1 <= day <= 31 else None


def _numeric(groups: dict[str, Any], today: date, day_first: bool) -> date | None:
    first, second = int(groups["first"]), int(groups["second"])
    day, month = (first, second) if day_first else (second, first)
    if month > 12 and day <= 12:
        day, month = month, day  # only one reading exists
    if "year" in groups:
        return _safe_date(_year(groups["year"], today), month, day)
    if month > 12:
        return None
    return _most_recent(today, month, day)


def _iso(groups: dict[str, Any], today: date, day_first: bool) -> date | None:
    return _safe_date(int(groups["year"]), int(groups["month"]), int(groups["day"]))


def _ordinal(groups: dict[str, Any], today: date, day_first: bool) -> date | None:
    day = int(groups["day"])
    if not 1 <= day <= 31:
        return None
    month_start = today.replace(day=1)
    for back in range(13):
        first = month_start - relativedelta(months=back)
        candidate = _safe_date(first.year, first.month, day)
        if candidate is not None and candidate <= today:
            return candidate
    return None


def _month_only(groups: dict[str, Any], today: date, day_first: bool) -> date | None:
    month = MONTHS[groups["month"].lower()]
    part = groups.get("part", "early").lower().replace("the", "").replace("of", "").strip()
    day = MONTH_PARTS.get(part.rstrip("- "), 1)
    if "year" in groups:
        return date(int(groups["year"]), month, day)
    year = today.year if month <= today.month else today.year - 1
    return min(date(year, month, day), today)  # "end of this month" cannot be later than today


def _weekday(groups: dict[str, Any], today: date, day_first: bool) -> date:
    target = WEEKDAYS[groups["weekday"].lower()]
    which = (groups.get("which") or "").lower()
    if which == "next":
        return today + timedelta(days=(target - today.weekday()) % 7 or 7)
    if groups.get("lastweek"):
        monday = today - timedelta(days=today.weekday() + 7)
        return monday + timedelta(days=target)
    back = (today.weekday() - target) % 7
    if back == 0 and which != "this":
        back = 7  # "on Monday" said on a Monday means last week's
    return today - timedelta(days=back)


def _ago(groups: dict[str, Any], today: date, day_first: bool) -> date:
    raw = groups["count"].lower()
    count = int(raw) if raw.isdigit() else COUNTS[" ".join(raw.split())]
    return _shift(today, groups["unit"].lower(), -count)


def _ahead(groups: dict[str, Any], today: date, day_first: bool) -> date:
    raw = groups["count"].lower()
    count = int(raw) if raw.isdigit() else COUNTS[" ".join(raw.split())]
    return _shift(today, groups["unit"].lower(), count)


def _shift(today: date, unit: str, count: int) -> date:
    if unit.startswith(("hour", "minute")):
        return today
    if unit.startswith("fortnight"):
        return today + timedelta(days=14 * count)
    if unit.startswith("week"):
        return today + timedelta(weeks=count)
    if unit.startswith("month"):
        return today + relativedelta(months=count)
    if unit.startswith("year"):
        return today + relativedelta(years=count)
    return today + timedelta(days=count)


def _named(groups: dict[str, Any], today: date, day_first: bool) -> date:
    phrase = " ".join(groups["phrase"].lower().split())
    if phrase.startswith("last weekend"):
        return today - timedelta(days=(today.weekday() - 5) % 7 or 7)
    offsets = {"day before yesterday": -2, "yesterday": -1, "last night": -1, "tomorrow": 1}
    for key, days in offsets.items():
        if key in phrase:
            return today + timedelta(days=days)
    for unit in ("week", "fortnight", "month", "year"):
        if phrase.endswith(unit):
            return _shift(today, unit, 1 if phrase.startswith("next") else -1)
    return today


def _dateparser_fallback(text: str, today: date, day_first: bool) -> date | None:
    """Odd formats in a direct answer ("third of March"); only when it names a day or month."""
    words = set(re.findall(r"[a-z]+", text.lower()))
    if not words & (set(MONTHS) | set(WEEKDAYS)) and not re.search(r"\d[/.-]\d", text):
        return None
    import dateparser  # heavy: loaded on first use, never at import time

    settings = {
        "PREFER_DATES_FROM": "past",
        "RELATIVE_BASE": datetime.combine(today, time(12)),
        "DATE_ORDER": "DMY" if day_first else "MDY",
        "PREFER_DAY_OF_MONTH": "first",
        "RETURN_AS_TIMEZONE_AWARE": False,
    }
    parsed = dateparser.parse(text, languages=["en"], settings=settings)
    return parsed.date() if parsed else None


def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


_PATTERNS: tuple[tuple[re.Pattern[str], _Resolver, bool, bool], ...] = (
    # 3 March, 3rd of March 2026, the 3rd of March
    (_compile(rf"\b{_ANY_WEEKDAY}(?<![\w£$€#.,/-])(?:the\s+)?{_DAY_BEFORE_MONTH}{_MONTH}\b{_YEAR}\b"),
     _day_month, False, False),
    # March 3rd, March the 3rd, 2026
    (_compile(rf"\b{_ANY_WEEKDAY}{_MONTH}\s+{_DAY_AFTER_MONTH}{_NOT_AFTER_NUMBER}{_YEAR}\b"),
     _day_month, False, False),
    # 2026-03-03, 2026/03/03
    (_compile(r"(?<![\w£$€#.,/-])(?P<year>(?:19|20)\d\d)([-/])(?P<month>[01]?\d)\2(?P<day>[0-3]?\d)"
              r"(?![\w/-]|\.\d)"), _iso, False, False),
    # 3/3/2026, 03.03.26
    (_compile(r"(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)([/.-])(?P<second>[0-3]?\d)\2"
              r"(?P<year>(?:19|20)?\d\d)(?![\w/-]|[.,]\d)"), _numeric, False, False),
    # on 3/3 (needs a cue in free text; a bare 3/3 could be a score or a fraction)
    (_compile(rf"{_CUE}(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)/(?P<second>[01]?\d)(?![\w/-]|[.,]\d)"),
     _numeric, False, False),
    (_compile(r"(?<![\w£$€#.,/:-])(?P<first>[0-3]?\d)/(?P<second>[01]?\d)(?![\w/-]|[.,]\d)"),
     _numeric, False, True),
    # on the 14th
    (_compile(rf"{_CUE}(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b{_END_OF_PHRASE}"),
     _ordinal, False, False),
    (_compile(r"(?<![\w£$€#.,/-])(?:the\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th)\b"),
     _ordinal, False, True),
    # Tuesday last week, last Tuesday, on Tuesday, this Tuesday, next Tuesday
    (_compile(rf"(?<!\bevery\s)(?<!\beach\s)\b(?:(?P<which>last|this|next|past)\s+)?{_WEEKDAY}\b"
              r"(?:(?P<lastweek>\s+(?:of\s+)?last\s+week))?"), _weekday, False, False),
    # two weeks ago, 3 days ago, a couple of days ago
    (_compile(rf"\b{_COUNT}\s+(?P<unit>minute|hour|day|week|fortnight|month)s?\s+ago\b"),
     _ago, False, False),
    (_compile(rf"\b{_COUNT}\s+(?P<unit>year)s?\s+ago\b"), _ago, True, False),
    (_compile(rf"\bin\s+{_COUNT}\s+(?P<unit>day|week|fortnight|month|year)s?\b"),
     _ahead, False, False),
    # today, yesterday, last week, last night, tomorrow
    (_compile(r"\b(?P<phrase>(?:the\s+)?day\s+before\s+yesterday|yesterday|today|tonight|"
              r"this\s+(?:morning|afternoon|evening)|earlier\s+today|last\s+night|tomorrow|"
              r"last\s+weekend|(?:last|this\s+past|past|next)\s+(?:week|fortnight|month))\b"),
     _named, False, False),
    (_compile(r"\b(?P<phrase>last\s+year)\b"), _named, True, False),
    # March 2026 (free text), in March / March (answers only)
    (_compile(rf"\b(?:in\s+)?{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"), _month_only, True, False),
    (_compile(rf"^(?:it\s+was\s+|sometime\s+|back\s+)?(?:in\s+|last\s+)?(?:(?P<part>early|late|"
              rf"mid|(?:the\s+)?(?:start|beginning|middle|end)\s+of)[-\s]*)?{_MONTH}"
              r"(?:\s+(?P<year>(?:19|20)\d\d))?$"), _month_only, True, True),
)  # fmt: skip
