"""Incident dates, resolved against a fixed Monday 23 November 2026."""

from __future__ import annotations

import time
from datetime import date

import pytest

from bot.errors import InvalidField
from bot.fields import dates as dates_module
from bot.fields import find_incident_date, parse_incident_date

TODAY = date(2026, 11, 23)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", date(2026, 11, 23)),
        ("Today.", date(2026, 11, 23)),
        ("this morning", date(2026, 11, 23)),
        ("earlier today", date(2026, 11, 23)),
        ("3 hours ago", date(2026, 11, 23)),
        ("yesterday", date(2026, 11, 22)),
        ("last night", date(2026, 11, 22)),
        ("the day before yesterday", date(2026, 11, 21)),
        ("day before yesterday", date(2026, 11, 21)),
        ("last Tuesday", date(2026, 11, 17)),
        ("on Tuesday", date(2026, 11, 17)),
        ("Tuesday", date(2026, 11, 17)),
        ("it was on Saturday", date(2026, 11, 21)),
        ("on Monday", date(2026, 11, 16)),  # said on a Monday: last week's
        ("last Monday", date(2026, 11, 16)),
        ("this Monday", date(2026, 11, 23)),
        ("Tuesday last week", date(2026, 11, 17)),
        ("Friday last week", date(2026, 11, 20)),
        ("3 March", date(2026, 3, 3)),
        ("March 3rd", date(2026, 3, 3)),
        ("3rd of March", date(2026, 3, 3)),
        ("the third of March", date(2026, 3, 3)),
        ("March the first", date(2026, 3, 1)),
        ("Mar 3, 2026", date(2026, 3, 3)),
        ("Tuesday, 17 November 2026", date(2026, 11, 17)),
        ("Tue 17 Nov", date(2026, 11, 17)),
        ("25 December", date(2025, 12, 25)),  # no year: the most recent past one
        ("23 November", date(2026, 11, 23)),
        ("24 November", date(2025, 11, 24)),
        ("29 February", date(2024, 2, 29)),
        ("the 14th", date(2026, 11, 14)),
        ("14th", date(2026, 11, 14)),
        ("on the 23rd", date(2026, 11, 23)),
        ("the 30th", date(2026, 10, 30)),
        ("it happened on the 3rd I think", date(2026, 11, 3)),
        ("3/3/2026", date(2026, 3, 3)),
        ("03/03/26", date(2026, 3, 3)),
        ("3.3.2026", date(2026, 3, 3)),
        ("12/10/2026", date(2026, 10, 12)),  # day first by default
        ("13/10/2026", date(2026, 10, 13)),
        ("10/13/2026", date(2026, 10, 13)),  # only one reading exists
        ("3/3", date(2026, 3, 3)),
        ("2026-03-03", date(2026, 3, 3)),
        ("2026/03/03", date(2026, 3, 3)),
        ("two weeks ago", date(2026, 11, 9)),
        ("around 2 weeks ago", date(2026, 11, 9)),
        ("3 days ago", date(2026, 11, 20)),
        ("a week ago", date(2026, 11, 16)),
        ("a couple of days ago", date(2026, 11, 21)),
        ("a few days ago", date(2026, 11, 20)),
        ("a fortnight ago", date(2026, 11, 9)),
        ("last week", date(2026, 11, 16)),
        ("last weekend", date(2026, 11, 21)),
        ("last month", date(2026, 10, 23)),
        ("a month ago", date(2026, 10, 23)),
        ("2 months ago", date(2026, 9, 23)),
        ("last year", date(2025, 11, 23)),
        ("in March", date(2026, 3, 1)),
        ("mid-March", date(2026, 3, 15)),
        ("end of October", date(2026, 10, 28)),
        ("December", date(2025, 12, 1)),
        ("May 2025", date(2025, 5, 1)),
    ],
)
def test_when_answer_names_a_past_date_then_it_is_resolved(text: str, expected: date) -> None:
    assert parse_incident_date(text, TODAY) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3/4/2026", date(2026, 3, 4)),
        ("3/14/2026", date(2026, 3, 14)),
        ("14/3/2026", date(2026, 3, 14)),  # only one reading exists
        ("11/5", date(2026, 11, 5)),
    ],
)
def test_when_day_first_is_off_then_month_is_read_first(text: str, expected: date) -> None:
    assert parse_incident_date(text, TODAY, day_first=False) == expected


def test_when_day_first_is_off_then_a_month_first_future_date_is_rejected() -> None:
    with pytest.raises(InvalidField, match="in the future"):
        parse_incident_date("12/10/2026", TODAY, day_first=False)


@pytest.mark.parametrize(
    ("text", "expected_message"),
    [
        ("tomorrow", dates_module.FUTURE),
        ("next Tuesday", dates_module.FUTURE),
        ("in 3 days", dates_module.FUTURE),
        ("next week", dates_module.FUTURE),
        ("1 December 2026", dates_module.FUTURE),
        ("25/12/2026", dates_module.FUTURE),
        ("2027-01-01", dates_module.FUTURE),
        ("call me", dates_module.UNCLEAR),
        ("whenever it was", dates_module.UNCLEAR),
        ("10 years", dates_module.UNCLEAR),
        ("for 3 hours", dates_module.UNCLEAR),
        ("", dates_module.UNCLEAR),
        ("5", dates_module.NEEDS_MONTH),
        ("the 14", dates_module.NEEDS_MONTH),
        ("31/2/2026", dates_module.NO_SUCH_DAY),
        ("31 February", dates_module.NO_SUCH_DAY),
        ("30/13/2026", dates_module.NO_SUCH_DAY),
        ("2026-02-30", dates_module.NO_SUCH_DAY),
    ],
)
def test_when_answer_is_not_a_usable_date_then_message_says_why(
    text: str, expected_message: str
) -> None:
    with pytest.raises(InvalidField) as problem:
        parse_incident_date(text, TODAY)
    assert str(problem.value) == expected_message


def test_when_date_is_in_the_future_then_message_asks_when_it_happened() -> None:
    with pytest.raises(InvalidField, match="That date is in the future — when did it happen?"):
        parse_incident_date("tomorrow", TODAY)


@pytest.mark.parametrize("text", ["10 years ago", "1 January 2019", "3/3/2015", "1 January 1999"])
def test_when_date_is_more_than_six_years_ago_then_it_is_too_old(text: str) -> None:
    with pytest.raises(InvalidField, match="more than 6 years ago") as problem:
        parse_incident_date(text, TODAY)
    assert text not in str(problem.value)


def test_when_max_age_is_configured_then_it_is_used_and_named_in_the_message() -> None:
    assert parse_incident_date("3 weeks ago", TODAY, max_age_days=30) == date(2026, 11, 2)
    with pytest.raises(InvalidField, match="more than 30 days ago"):
        parse_incident_date("2 months ago", TODAY, max_age_days=30)


def test_when_date_is_just_inside_six_years_then_it_is_accepted() -> None:
    assert parse_incident_date("1 January 2021", TODAY) == date(2021, 1, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 3 March I was charged a late fee twice", date(2026, 3, 3)),
        ("My broadband dropped out last Tuesday and again yesterday", date(2026, 11, 17)),
        ("I joined 2 years ago and yesterday it broke", date(2026, 11, 22)),
        ("The parcel was due on the 14th, but never came", date(2026, 11, 14)),
        ("On the 14th of October my parcel went missing", date(2026, 10, 14)),
        ("Back on 12/10/2026 at 10:30 the order was late", date(2026, 10, 12)),
        ("I was charged twice 2 weeks ago", date(2026, 11, 9)),
        ("they promised a callback next Tuesday; the fault began on Friday", date(2026, 11, 20)),
        ("my bill for May 2026 was wrong", date(2026, 5, 1)),
        ("Tuesday's delivery never arrived", date(2026, 11, 17)),
        ("It happened on 3/3 when I was away", date(2026, 3, 3)),
        (
            "Hi, my name is Sam Example and I've been a customer for 10 years. On 3 March "
            "my broadband stopped working. I have called 5 times since and spent 3 hours on "
            "hold, paying £30 a month for nothing (ref CMP-2026-000123). May I ask for a "
            "full refund? Call me on 07700 900123.",
            date(2026, 3, 3),
        ),
    ],
)
def test_when_complaint_mentions_a_date_then_it_is_found(text: str, expected: date) -> None:
    assert find_incident_date(text, TODAY) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I've been a customer for 10 years and may I say this is awful",
        "March of the penguins was on TV",
        "I paid £30 for 3 hours of nothing",
        "My reference is CMP-2026-000123",
        "I called 3 times in 2 days",
        "every Tuesday the engineer fails to show",
        "It was the 3rd time I called",
        "they will come next Tuesday",
        "the price split was 50/50",
        "version 1.2.10 of the app crashes",
        "It's been 3 weeks since the order",
        "I sat on hold and nobody answered",
        "I was a customer since 2015",
        "I called them 20 times",
        "Call 07700 900123",
        "My account number ends 1403",
        "I joined 10 years ago",
        "I may 5 times have asked",
        "",
    ],
)
def test_when_complaint_has_no_date_then_nothing_is_found(text: str) -> None:
    assert find_incident_date(text, TODAY) is None


def test_when_scanning_a_typical_message_then_it_takes_under_five_milliseconds() -> None:
    message = (
        "Hello, I've been with you for 10 years. Last Tuesday my parcel was left in the rain "
        "and the courier said they'd come back in 2 days, but nothing. I paid £30 for next day "
        "delivery. Ref CMP-2026-000123. I want a full refund. Sam Example, 07700 900123."
    )
    find_incident_date(message, TODAY)
    parse_incident_date("third of March", TODAY)
    started = time.perf_counter()
    for _ in range(100):
        find_incident_date(message, TODAY)
        parse_incident_date("last Tuesday", TODAY)
    assert (time.perf_counter() - started) / 100 < 0.005
