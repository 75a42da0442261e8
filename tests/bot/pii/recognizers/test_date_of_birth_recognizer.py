from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

BIRTH_DATES = [
    ("DOB: 01/02/1980", "01/02/1980"),
    ("dob 1/2/80", "1/2/80"),
    ("D.O.B 1990-05-17", "1990-05-17"),
    ("born on 1 April 1980", "1 April 1980"),
    ("I was born on the 14th of March 1985", "14th of March 1985"),
    ("date of birth is March 14th, 1985", "March 14th, 1985"),
    ("Date of birth: 31.12.1979", "31.12.1979"),
    ("my birthday is 5 Sept 1991", "5 Sept 1991"),
    ("born 02-11-1975 in Leeds", "02-11-1975"),
    ("dob 12-Mar-1984", "12-Mar-1984"),
    ("born 12 Mar 84", "12 Mar 84"),
]

NOT_BIRTH_DATES = [
    "it happened on 3 March",
    "ordered on 01/02/2026",
    "last Tuesday the engineer didn't show",
    "delivery date 14 March 2026",
    "born in 1980",
    "the warranty started 1 April 2024",
]


@pytest.mark.parametrize(("text", "date"), BIRTH_DATES)
def test_when_a_birth_cue_precedes_a_date_then_it_is_a_date_of_birth(
    found: Found, text: str, date: str
) -> None:
    assert ("DATE_OF_BIRTH", date) in found(text)


@pytest.mark.parametrize("text", NOT_BIRTH_DATES)
def test_when_a_date_has_no_birth_cue_then_it_survives(found: Found, text: str) -> None:
    assert found(text) == []
