"""When people are there to take a handoff: HANDOFF_HOURS such as "Mon-Fri 08:00-20:00" in
HANDOFF_TIMEZONE. Outside those hours the customer is told honestly when someone will reply."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.errors import ConfigurationError

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
_SPEC = re.compile(
    r"^\s*(?P<first>[a-z]{3})(?:\s*-\s*(?P<last>[a-z]{3}))?\s+"
    r"(?P<open>\d{1,2}:\d{2})\s*-\s*(?P<close>\d{1,2}:\d{2})\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class OpeningHours:
    days: frozenset[int]  # 0 = Monday
    opens: time
    closes: time
    zone: ZoneInfo
    text: str  # as configured, for messages

    def is_open(self, moment: datetime) -> bool:
        local = moment.astimezone(self.zone)
        return local.weekday() in self.days and self.opens <= local.time() < self.closes


def _time(value: str) -> time:
    hours, minutes = (int(part) for part in value.split(":"))
    try:
        return time(hours, minutes)
    except ValueError as err:
        raise ConfigurationError(f"HANDOFF_HOURS: {value} is not a time of day") from err


def parse_opening_hours(spec: str, zone_name: str) -> OpeningHours:
    """ "Mon-Fri 08:00-20:00", "Sat 09:00-13:00"; "24/7" means always open."""
    try:
        zone = ZoneInfo(zone_name)
    except (ZoneInfoNotFoundError, ValueError) as err:
        raise ConfigurationError(f"HANDOFF_TIMEZONE: unknown time zone {zone_name!r}") from err
    if spec.strip() == "24/7":
        return OpeningHours(frozenset(range(7)), time(0, 0), time.max, zone, "24/7")
    found = _SPEC.match(spec)
    if not found or found["first"].lower() not in DAYS:
        raise ConfigurationError('HANDOFF_HOURS looks like "Mon-Fri 08:00-20:00" or "24/7"')
    first = DAYS.index(found["first"].lower())
    last_name = (found["last"] or found["first"]).lower()
    if last_name not in DAYS:
        raise ConfigurationError(f"HANDOFF_HOURS: unknown day {last_name!r}")
    last = DAYS.index(last_name)
    days = (
        frozenset(range(first, last + 1))
        if first <= last
        else frozenset([*range(first, 7), *range(0, last + 1)])
    )
    opens, closes = _time(found["open"]), _time(found["close"])
    if opens >= closes:
        raise ConfigurationError("HANDOFF_HOURS: opening time must be before closing time")
    return OpeningHours(days, opens, closes, zone, f"{spec.strip()} ({zone_name})")
