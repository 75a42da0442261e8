"""Opening hours for handoffs: parsed from settings, checked in the configured time zone."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from bot.errors import ConfigurationError
from bot.handoff.hours import parse_opening_hours

# 2026-11-23 is a Monday.
MONDAY_NOON_UTC = datetime(2026, 11, 23, 12, 0, tzinfo=timezone.utc)
MONDAY_EVENING_UTC = datetime(2026, 11, 23, 20, 30, tzinfo=timezone.utc)
SATURDAY_NOON_UTC = datetime(2026, 11, 28, 12, 0, tzinfo=timezone.utc)
SUNDAY_NIGHT_UTC = datetime(2026, 11, 29, 3, 0, tzinfo=timezone.utc)


@pytest.mark.parametrize(
    ("spec", "zone", "moment", "is_open"),
    [
        ("Mon-Fri 08:00-20:00", "Europe/London", MONDAY_NOON_UTC, True),
        ("Mon-Fri 08:00-20:00", "Europe/London", MONDAY_EVENING_UTC, False),
        ("Mon-Fri 08:00-20:00", "Europe/London", SATURDAY_NOON_UTC, False),
        ("Mon-Fri 08:00-20:00", "America/New_York", MONDAY_NOON_UTC, False),  # 07:00 there
        ("Mon-Fri 07:00-20:00", "America/New_York", MONDAY_NOON_UTC, True),
        ("Sat-Mon 09:00-17:00", "Europe/London", MONDAY_NOON_UTC, True),
        ("24/7", "Europe/London", SUNDAY_NIGHT_UTC, True),
    ],
)  # fmt: skip
def test_when_a_handoff_starts_then_opening_hours_say_whether_someone_is_there(
    spec: str, zone: str, moment: datetime, is_open: bool
) -> None:
    assert parse_opening_hours(spec, zone).is_open(moment) is is_open


@pytest.mark.parametrize(
    ("spec", "zone", "problem"),
    [
        ("weekdays 9-5", "Europe/London", "looks like"),
        ("Mon-Fri 20:00-08:00", "Europe/London", "before closing"),
        ("Mon-Fri 08:00-25:00", "Europe/London", "not a time"),
        ("Mon-Fri 08:00-20:00", "Mars/Olympus", "unknown time zone"),
    ],
)
def test_when_hours_are_malformed_then_the_error_says_what_is_wrong(
    spec: str, zone: str, problem: str
) -> None:
    with pytest.raises(ConfigurationError, match=problem):
        parse_opening_hours(spec, zone)
