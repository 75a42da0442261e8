"""The handoff decision after each customer message."""

from __future__ import annotations

import pytest

from bot.handoff.decision import TurnView, next_action


def turn(**changes: object) -> TurnView:
    base: dict[str, object] = {
        "responding_to_user": True,
        "last_action": None,
        "paused": False,
        "distress_level": "none",
        "recent_intents": ["complain"],
    }
    base.update(changes)
    return TurnView(**base)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("view", "action"),
    [
        (turn(), None),
        (turn(distress_level="low"), None),
        (turn(distress_level="high"), "action_handoff"),
        (turn(paused=True, distress_level="high"), "action_relay_to_agent"),
        (turn(recent_intents=["greet", "nlu_fallback"]), None),
        (turn(recent_intents=["nlu_fallback", "nlu_fallback"]), "action_handoff"),
        (turn(responding_to_user=False, last_action="action_handoff"), "action_listen"),
        (turn(responding_to_user=False, last_action="action_relay_to_agent"), "action_listen"),
        (turn(responding_to_user=False, last_action="complaint_form"), None),
    ],
)
def test_when_a_customer_message_arrives_then_the_handoff_decision_is(
    view: TurnView, action: str | None
) -> None:
    assert next_action(view) == action
