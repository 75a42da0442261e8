"""Feedback, questions, unclear messages and status lookups over the REST channel."""

from __future__ import annotations

import pytest

from tests.conversation.conftest import rows
from tests.conversation.servers import RunningBot
from tests.conversation.test_complaint_conversations import joined, reference_in

pytestmark = pytest.mark.model


def complaints_of(bot: RunningBot, sender: str) -> list[dict]:
    return rows(bot.database_url, "SELECT * FROM complaints WHERE conversation_id = :s", s=sender)


def test_when_customer_gives_a_compliment_then_feedback_is_recorded_and_no_complaint_opened(
    bot: RunningBot, sender: str
) -> None:
    replies = joined(
        bot.say(
            sender,
            "Just wanted to say the lady at your Leeds branch was brilliant today, thank you!",
        )
    )
    assert "passed your kind words on" in replies
    feedback = rows(
        bot.database_url, "SELECT kind FROM feedback WHERE conversation_id = :s", s=sender
    )
    assert [row["kind"] for row in feedback] == ["compliment"]
    assert complaints_of(bot, sender) == []


def test_when_customer_makes_a_suggestion_then_it_is_recorded_as_a_suggestion(
    bot: RunningBot, sender: str
) -> None:
    bot.say(sender, "It would be great if your app let me download statements as a spreadsheet")
    feedback = rows(
        bot.database_url, "SELECT kind FROM feedback WHERE conversation_id = :s", s=sender
    )
    assert [row["kind"] for row in feedback] == ["suggestion"]
    assert complaints_of(bot, sender) == []


def test_when_customer_asks_a_question_then_it_is_answered_as_an_inquiry(
    bot: RunningBot, sender: str
) -> None:
    replies = joined(bot.say(sender, "What time does your Manchester store open on Sundays?"))
    assert "question rather than a complaint" in replies
    assert complaints_of(bot, sender) == []


def test_when_remark_expects_nothing_then_bot_asks_and_declining_records_feedback(
    bot: RunningBot, sender: str
) -> None:
    replies = joined(bot.say(sender, "Not impressed with the new website layout, just saying."))
    assert "formal complaint" in replies
    replies = joined(bot.say(sender, "no thanks"))
    assert "passed your comments on" in replies
    feedback = rows(
        bot.database_url, "SELECT kind FROM feedback WHERE conversation_id = :s", s=sender
    )
    assert [row["kind"] for row in feedback] == ["remark"]
    assert complaints_of(bot, sender) == []


def test_when_the_model_is_unsure_then_bot_asks_whether_it_is_a_formal_complaint(
    bot: RunningBot, sender: str
) -> None:
    # The FallbackClassifier's verdict, sent as an intent payload so the rule is tested exactly.
    assert "formal complaint" in joined(bot.say(sender, "/nlu_fallback"))


def test_when_an_unclassifiable_message_arrives_then_bot_asks_rather_than_guessing(
    bot: RunningBot, sender: str
) -> None:
    replies = joined(bot.say(sender, "hmm the thing from before"))
    assert "formal complaint" in replies or "didn't quite follow" in replies
    assert complaints_of(bot, sender) == []


def test_when_customer_accepts_the_offer_then_the_remark_becomes_the_complaint_story(
    bot: RunningBot, sender: str
) -> None:
    bot.say(
        sender,
        "Your hold music is awful and I waited forty minutes on the phone to your bank today",
    )
    replies = joined(bot.say(sender, "yes"))
    assert "what happened" not in replies.lower()  # the remark already told the story


def _lodge(bot: RunningBot, sender: str) -> str:
    bot.say(
        sender,
        "I want to complain about a parcel delivery: the courier left my parcel in the rain "
        "two days ago and the contents were ruined. I want a replacement.",
    )
    bot.say(sender, "Pat Example")
    bot.say(sender, "07700 900123")
    bot.say(sender, "yes")
    return reference_in(bot.say(sender, "yes"))


def test_when_status_is_asked_with_the_right_contact_then_it_is_revealed(
    bot: RunningBot, sender: str
) -> None:
    reference = _lodge(bot, sender)
    other = sender + "-later"
    replies = joined(bot.say(other, f"what's happening with {reference}?"))
    assert "email address or phone number" in replies
    replies = joined(bot.say(other, "+44 7700 900123"))
    assert "acknowledged" in replies.lower()


def test_when_contact_is_wrong_or_reference_unknown_then_the_answer_is_the_same(
    bot: RunningBot, sender: str
) -> None:
    reference = _lodge(bot, sender)
    wrong_contact = sender + "-a"
    bot.say(wrong_contact, f"any update on {reference}")
    wrong = bot.say(wrong_contact, "someone.else@example.com")
    unknown_ref = sender + "-b"
    bot.say(unknown_ref, "any update on CMP-1999-999999")
    unknown = bot.say(unknown_ref, "07700 900123")
    assert wrong == unknown
    assert "couldn't find" in joined(wrong)
