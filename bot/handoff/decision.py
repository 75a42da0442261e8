"""The handoff decision, as plain logic: the HandoffPolicy asks it after every user message.

A paused conversation (an agent has it) sends every customer message to the agent; a high
distress score, or two misunderstandings in a row, hands the conversation over at once, even
in the middle of the complaint form.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

HANDOFF_ACTION = "action_handoff"
RELAY_ACTION = "action_relay_to_agent"
LISTEN_ACTION = "action_listen"
FALLBACK_INTENT = "nlu_fallback"
MISUNDERSTANDINGS_BEFORE_HANDOFF = 2


@dataclass(frozen=True)
class TurnView:
    """What the decision needs from the tracker."""

    responding_to_user: bool  # no action has answered the latest customer message yet
    last_action: str | None
    paused: bool
    distress_level: str
    recent_intents: Sequence[str]  # the latest customer messages' intents, oldest first


def next_action(turn: TurnView) -> str | None:
    """The action to run now, or None to let the other policies decide."""
    if not turn.responding_to_user:
        # After our own actions the bot waits for the customer (or the agent).
        return LISTEN_ACTION if turn.last_action in (HANDOFF_ACTION, RELAY_ACTION) else None
    if turn.paused:
        return RELAY_ACTION
    if turn.distress_level == "high":
        return HANDOFF_ACTION
    recent = list(turn.recent_intents)[-MISUNDERSTANDINGS_BEFORE_HANDOFF:]
    if len(recent) == MISUNDERSTANDINGS_BEFORE_HANDOFF and all(
        intent == FALLBACK_INTENT for intent in recent
    ):
        return HANDOFF_ACTION
    return None
