from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

NAMED = [
    ("my name is sam example and i want a refund", "sam example"),
    ("My name is Sam Example.", "Sam Example"),
    ("Hi, my name's Alex Example, I ordered a kettle", "Alex Example"),
    ("Name: Jo Bloggs", "Jo Bloggs"),
    ("This is Sam Example speaking, about my bill", "Sam Example"),
    ("this is sam here, calling about my order", "sam"),
    ("I'm Sam Example from Leeds and my boiler broke", "Sam Example"),
    ("i'm sam from leeds", "sam"),
    ("Hi, I'm Jane Doe and the parcel never came", "Jane Doe"),
    ("Regards, Sam", "Sam"),
    ("Thanks,\nSam Example", "Sam Example"),
    ("Kind regards,\nPriya Example", "Priya Example"),
    ("Please sort it out. Best wishes, Sam", "Sam"),
    ("thanks, sam", "sam"),
    ("Many thanks\nAlex Example", "Alex Example"),
    ("The manager, Mr Jones, refused to help", "Jones"),
    ("I spoke to Alex on the phone", "Alex"),
    ("Please contact Priya Example at the office", "Priya Example"),
    ("Hi Sam,\nthanks for calling me back", "Sam"),
    ("You can call me Sam Example", "Sam Example"),
    ("this is sam example writing about my bill", "sam example"),
    ("the account is in the name of alex example", "alex example"),
    ("the parcel was signed for by jo example, who does not live here", "jo example"),
    ("i spoke to priya example at your call centre", "priya example"),
    ("Name (surname first): KING, Rebecca\nMessage: hi", "KING, Rebecca"),
    ("put it under rebecca king\ncust no 1", "rebecca king"),
    ("acct is in my wifes name amanda jones and use", "amanda jones"),
    ("its teresa taylor btw", "teresa taylor"),
    ("Yours faithfully,\nJo A. Smith", "Jo A. Smith"),
    ("From: Beverley Smith <b@example.com>", "Beverley Smith"),
    ("According to Mary Ward from your billing team", "Mary Ward"),
    ("I raised it with my neighbour Anne-Marie Kelly.", "Anne-Marie Kelly"),
]

NOT_NAMED = [
    "I'm writing from home about my order",
    "I'm calling from a different number",
    "Thanks for your help",
    "Thank you very much",
    "Thanks again",
    "Cheers mate",
    "Best wishes",
    "Dear Sir, I want to complain",
    "Hello Team,\nmy order is late",
    "my name is on the account but the bill is wrong",
    "my name is spelled wrong on the letter",
    "I'm Very Upset with this service",
    "I called Customer Services twice",
    "i spoke to someone at your call centre",
    "I spoke to your manager yesterday",
    "Hello Brightmart team,\nmy order is late",
    "Dear Northgate Bank,\nI am writing to complain",
    "I was moved onto the TV Max bundle plan",
    "your engineer never came",
    "the agent was rude to me",
    "my name is on the account",
    "Meter point 12 3456 is wrong",
    "Card charged: 4411 twice",
]


@pytest.mark.parametrize(("text", "name"), NAMED)
def test_when_a_cue_introduces_a_name_then_it_is_a_person(
    found: Found, text: str, name: str
) -> None:
    assert ("PERSON", name) in found(text)


@pytest.mark.parametrize("text", NOT_NAMED)
def test_when_a_cue_is_followed_by_ordinary_words_then_no_person(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "PERSON"] == []
