"""What the customer is told when the bot hands them to a person, by reason."""

from __future__ import annotations

REASONS = ("self_harm", "distress_high", "request", "misunderstood")
OPENINGS = {
    "self_harm": "I'm really sorry you're feeling like this, and I'm glad you told me.",
    "distress_high": "I'm so sorry — that sounds really hard, and I want to make sure you get "
    "proper help.",
    "request": "Of course.",
    "misunderstood": "I'm sorry, I'm not understanding you well enough to help.",
}
PASSING_ON = (
    "I'm passing this conversation to a member of our team now; anything you've already told "
    "me is kept, so you won't need to repeat it. Please stay here — they will reply in this chat."
)


def reason_for(intent: str | None, distress_level: str, signals: list[str]) -> str:
    if "self_harm" in signals:
        return "self_harm"
    if distress_level == "high":
        return "distress_high"
    if intent == "nlu_fallback":
        return "misunderstood"
    return "request"


CLOSED = (
    "Our team isn't available right now (we're here {hours}). Your conversation is in the "
    "queue and anything you've told me is kept; a member of the team will reply in this chat "
    "as soon as we open."
)
WAITING_LONGER = (
    "I'm sorry — it's taking longer than usual for someone to pick this up. You're still in "
    "the queue and a member of the team will reply here; you don't need to start again."
)


def handoff_messages(
    reason: str, crisis: str | None, reference: str | None, closed_hours: str | None = None
) -> list[str]:
    """The messages, in order: empathy, crisis lines (self-harm only), what happens next.

    `closed_hours` (the opening hours) when nobody is there to reply now.
    """
    messages = [OPENINGS[reason]]
    if reason == "self_harm" and crisis:
        messages.append(crisis)
    text = CLOSED.format(hours=closed_hours) if closed_hours else PASSING_ON
    if reference:
        text += f" I've logged what you've told me so far as complaint {reference}."
    messages.append(text)
    return messages
