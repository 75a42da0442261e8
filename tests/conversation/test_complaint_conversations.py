"""Complaint conversations over the REST channel against the real trained model."""

from __future__ import annotations

import re

import pytest

from tests.conversation.conftest import revealed, rows
from tests.conversation.servers import RunningBot

pytestmark = pytest.mark.model
REFERENCE = re.compile(r"\bCMP-\d{4}-\d{6}\b")


def joined(replies: list[str]) -> str:
    return "\n".join(replies)


def reference_in(replies: list[str]) -> str:
    match = REFERENCE.search(joined(replies))
    assert match, f"no reference in replies: {replies}"
    return match.group(0)


def complaint_row(bot: RunningBot, reference: str) -> dict:
    """The stored complaint, with its contact details decrypted from the vault."""
    found = rows(bot.database_url, "SELECT * FROM complaints WHERE reference = :ref", ref=reference)
    assert len(found) == 1
    row = found[0]
    row["contact_name"] = revealed(bot.database_url, row["customer_name_token"])
    row["contact_email"] = revealed(bot.database_url, row["contact_email_token"])
    row["contact_phone"] = revealed(bot.database_url, row["contact_phone_token"])
    return row


def test_when_customer_answers_each_question_then_complaint_is_stored_with_every_field(
    bot: RunningBot, sender: str
) -> None:
    assert "what happened" in joined(bot.say(sender, "I want to make a complaint")).lower()
    replies = bot.say(
        sender,
        "My broadband has been dropping out every evening and the engineer never turned up",
    )
    assert "when did this happen" in joined(replies).lower()
    assert "what would you like" in joined(bot.say(sender, "last Tuesday")).lower()
    assert "your name" in joined(bot.say(sender, "a refund for the days without service")).lower()
    assert "email address or phone" in joined(bot.say(sender, "Sam Example")).lower()
    assert "agree" in joined(bot.say(sender, "sam.example@example.com")).lower()
    summary = joined(bot.say(sender, "yes"))
    assert "sam.example@example.com" in summary and "Broadband" in summary
    replies = bot.say(sender, "yes")
    reference = reference_in(replies)
    assert "8 weeks" in joined(replies)

    row = complaint_row(bot, reference)
    assert row["product"] == "Broadband"
    assert "engineer never turned up" in row["description"]
    assert row["incident_date"] is not None
    assert "refund" in row["desired_outcome"]
    assert row["contact_name"] == "Sam Example"
    assert row["contact_email"] == "sam.example@example.com"
    assert bool(row["consent"]) is True
    assert row["channel"] == "rest"
    assert row["final_response_due"] is not None
    # The running server keeps the conversation in our database, not Rasa's in-memory fallback.
    tracked = rows(bot.database_url, "SELECT data FROM events WHERE sender_id = :s", s=sender)
    assert len(tracked) > 10
    # ...and that store is the redacting one: placeholders, never the address itself.
    stored = "\n".join(row["data"] for row in tracked)
    assert "<EMAIL_ADDRESS>" in stored and "sam.example@example.com" not in stored


def test_when_one_message_holds_everything_then_bot_asks_only_for_what_is_missing(
    bot: RunningBot, sender: str
) -> None:
    replies = bot.say(
        sender,
        "I want to complain about my credit card. On 3 March I was charged a late fee twice "
        "even though I paid on time, and nobody has answered my messages since. "
        "I want the fees refunded. You can email me at jo.test@example.com",
    )
    assert "your name" in joined(replies).lower()
    assert "agree" in joined(bot.say(sender, "Jo Test")).lower()
    summary = joined(bot.say(sender, "yes"))
    assert "Credit card" in summary and "jo.test@example.com" in summary
    reference = reference_in(bot.say(sender, "yes"))
    row = complaint_row(bot, reference)
    assert row["product"] == "Credit card"
    assert str(row["incident_date"]).endswith("-03-03")
    assert "refund" in row["desired_outcome"].lower()


def test_when_email_is_invalid_then_bot_says_why_and_keeps_other_fields(
    bot: RunningBot, sender: str
) -> None:
    bot.say(
        sender,
        "I want to complain: my electricity bill was estimated again although I sent a "
        "meter reading last Monday. Please correct the bill.",
    )
    replies = bot.say(sender, "Alex Example")
    assert "email address or phone" in joined(replies).lower()
    replies = joined(bot.say(sender, "alex.example@"))
    assert "example.com" in replies  # the re-prompt shows what a valid address looks like
    replies = joined(bot.say(sender, "alex.example@example.com"))
    assert "agree" in replies.lower()
    summary = joined(bot.say(sender, "yes"))
    assert "Electricity" in summary and "Alex Example" in summary


def test_when_customer_corrects_a_field_at_confirmation_then_the_new_value_is_stored(
    bot: RunningBot, sender: str
) -> None:
    bot.say(
        sender,
        "I'd like to complain about my mobile phone contract. I was charged for roaming "
        "yesterday even though I never left the country. I want the charge removed.",
    )
    bot.say(sender, "Kim Sample")
    bot.say(sender, "kim.old@example.com")
    bot.say(sender, "yes")
    summary = joined(bot.say(sender, "change my email to kim.new@example.com"))
    assert "kim.new@example.com" in summary and "kim.old@example.com" not in summary
    reference = reference_in(bot.say(sender, "yes"))
    assert complaint_row(bot, reference)["contact_email"] == "kim.new@example.com"


def test_when_customer_cancels_mid_form_then_nothing_is_stored(
    bot: RunningBot, sender: str
) -> None:
    bot.say(sender, "I want to make a complaint")
    bot.say(sender, "My train ticket was charged twice on my card and I want one refunded")
    replies = joined(bot.say(sender, "cancel"))
    assert "nothing has been submitted" in replies.lower()
    stored = rows(
        bot.database_url, "SELECT id FROM complaints WHERE conversation_id = :s", s=sender
    )
    assert stored == []
    assert "hello" in joined(bot.say(sender, "hello")).lower()  # the form is really gone
