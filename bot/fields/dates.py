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
from bot.fields.date_patterns import (
    COUNTS,
    MONTH_PARTS,
    MONTHS,
    ORDINAL_WORDS,
    PATTERNS,
    WEEKDAYS,
    Reading,
)

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
    for pattern, reading, coarse, loose_only in PATTERNS:
        if loose_only and not loose:
            continue
        resolver = _RESOLVERS[reading]
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


_RESOLVERS: dict[Reading, _Resolver] = {
    "day_month": _day_month,
    "iso": _iso,
    "numeric": _numeric,
    "ordinal": _ordinal,
    "weekday": _weekday,
    "ago": _ago,
    "ahead": _ahead,
    "named": _named,
    "month_only": _month_only,
}
