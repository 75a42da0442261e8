from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

ADDRESSES = [
    ("I live at 221B Baker Street", "221B Baker Street"),
    ("221b baker street london", "221b baker street"),
    ("send it to 12 High St, Leeds", "12 High St, Leeds"),
    ("1600 Pennsylvania Avenue NW", "1600 Pennsylvania Avenue NW"),
    ("10 Downing Street, London SW1A 2AA", "10 Downing Street, London"),
    ("Flat 3, 12 Acacia Avenue, Leeds LS1 4DY", "Flat 3, 12 Acacia Avenue, Leeds"),
    ("350 5th Avenue", "350 5th Avenue"),
    ("123 Main St Apt 4B, Springfield, IL 62704", "123 Main St Apt 4B, Springfield"),
    ("742 Evergreen Terrace", "742 Evergreen Terrace"),
    ("4 Privet Drive, Little Whinging", "4 Privet Drive, Little Whinging"),
    ("7 Station Rd.", "7 Station Rd."),
    ("deliver to 15 Mill Lane please", "15 Mill Lane"),
    # after a cue: any street type, lower case, unit first, up to the end of the clause
    ("I live at Flat 12, Smith lane, Newtown", "Flat 12, Smith lane, Newtown"),
    ("my address is 5 rose court, bristol and nobody came", "5 rose court, bristol"),
    (
        "please deliver to 123 Oak Extension Apt. 456, Springfield, ZIP 62704",
        "123 Oak Extension Apt. 456, Springfield",
    ),
    (
        "the engineer should come to Studio 5, Rose meadows, Bristol. Thanks",
        "Studio 5, Rose meadows, Bristol",
    ),
    ("I live at 42 Elm Grove, Bristol BS1 4ST", "42 Elm Grove, Bristol"),
    ("we moved to 9 the green, little whinging", "9 the green, little whinging"),
    ("My broadband at Studio 41N Kieran Key keeps dropping", "Studio 41N Kieran Key"),
    ("Flat 5 Smith Flats", "Flat 5 Smith Flats"),
    ("deliveries to 404 bradford shoals johnville nm oh and", "404 bradford shoals johnville nm"),
    ("Postal address:\n12 Station Road\nNewtown\nConnection IP: 1", "12 Station Road\nNewtown"),
]

NOT_ADDRESSES = [
    "I was on hold for 45 minutes way too long",
    "waited 2 hours on the road",
    "I bought 3 items on high street",
    "the shop on Oxford Street was closed",
    "it took 5 days to drive there",
    "order #123456 arrived on Baker Street",
    "I live at home with my parents",
    "please deliver to the front door",
    "I booked Suite 2 of the hotel",
    "Unit 4 Ltd sent it",
    "go to: the settings page",
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_when_text_has_a_street_address_then_it_is_found(
    found: Found, text: str, address: str
) -> None:
    assert ("STREET_ADDRESS", address) in found(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_when_street_words_appear_without_an_address_then_no_address(
    found: Found, text: str
) -> None:
    assert [span for span in found(text) if span[0] == "STREET_ADDRESS"] == []
