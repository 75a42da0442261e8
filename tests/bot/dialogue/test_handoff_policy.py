"""HandoffPolicy reads the tracker as Rasa hands it over and picks the handoff actions."""

from __future__ import annotations

from typing import Any

import pytest
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.trackers import DialogueStateTracker

from bot.dialogue.handoff_policy import turn_view
from bot.handoff.decision import next_action
from bot.settings import PROJECT_ROOT

DOMAIN = Domain.load(str(PROJECT_ROOT / "domain.yml"))


def tracker_after(text: str, intent: str, distress: dict[str, Any] | None = None,
                  *before: Any) -> DialogueStateTracker:  # fmt: skip
    tracker = DialogueStateTracker("conv", DOMAIN.slots)
    for event in before:
        tracker.update(event)
    tracker.update(ActionExecuted("action_listen"))
    parse = {"intent": {"name": intent, "confidence": 0.9}, "entities": [], "text": text}
    if distress:
        parse["distress"] = distress
    tracker.update(UserUttered(text, parse["intent"], [], parse_data=parse))
    tracker.update(ActionExecuted("action_extract_slots"))
    return tracker


@pytest.mark.parametrize(
    ("tracker", "action"),
    [
        (tracker_after("hi", "greet"), None),
        (tracker_after("i can't cope", "inform", {"level": "high", "signals": ["despair"]}),
         "action_handoff"),
        (tracker_after("hello?", "greet", None, SlotSet("handoff_active", True)),
         "action_relay_to_agent"),
        (tracker_after("blah", "nlu_fallback", None, UserUttered("zzz", {"name": "nlu_fallback"})),
         "action_handoff"),
    ],
)  # fmt: skip
def test_when_rasa_asks_after_a_user_message_then_the_policy_decides(
    tracker: DialogueStateTracker, action: str | None
) -> None:
    assert next_action(turn_view(tracker)) == action


def test_when_the_handoff_action_has_run_then_the_policy_waits_for_the_customer() -> None:
    tracker = tracker_after("i can't cope", "inform", {"level": "high", "signals": ["despair"]})
    tracker.update(ActionExecuted("action_handoff"))

    assert next_action(turn_view(tracker)) == "action_listen"


def test_when_the_policy_hands_off_then_it_outranks_a_form_in_progress() -> None:
    """The RulePolicy's form predictions are "no user" predictions, which beat any other."""
    from unittest.mock import MagicMock

    from rasa.engine.storage.resource import Resource

    from bot.dialogue.handoff_policy import HandoffPolicy

    policy = HandoffPolicy(
        {"priority": 7}, MagicMock(), Resource("handoff"), MagicMock(is_finetuning=False)
    )
    tracker = tracker_after("i can't cope", "inform", {"level": "high", "signals": ["despair"]})

    prediction = policy.predict_action_probabilities(tracker, DOMAIN)

    assert prediction.is_no_user_prediction and prediction.policy_priority == 7
    best = DOMAIN.action_names_or_texts[prediction.max_confidence_index]
    assert best == "action_handoff"


def test_when_the_tone_keeps_worsening_then_the_policy_hands_off_before_any_high_message() -> None:
    tracker = DialogueStateTracker("conv", DOMAIN.slots)
    for text, score in (("not great", 0.0), ("third time i've called", 0.25)):
        parse = {"intent": {"name": "inform"}, "text": text, "distress": {"score": score}}
        tracker.update(ActionExecuted("action_listen"))
        tracker.update(UserUttered(text, parse["intent"], [], parse_data=parse))
        tracker.update(ActionExecuted("complaint_form"))
    latest = {"level": "low", "score": 0.58, "signals": ["repeated_contact", "shouting"]}

    tracker = tracker_after("THIS IS RIDICULOUS", "inform", latest, *tracker.events)

    assert next_action(turn_view(tracker)) == "action_handoff"
