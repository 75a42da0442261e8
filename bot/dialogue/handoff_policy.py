"""HandoffPolicy: hands over at once on high distress or repeated misunderstanding, and while
an agent has the conversation, routes every customer message to them instead of the bot.

It outranks the RulePolicy (priority 7 against 6), so it also interrupts an active form.
"""

from __future__ import annotations

from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.distress.trend import escalated_level, user_distress_scores
from bot.handoff.decision import TurnView, next_action

PAUSED_SLOT = "handoff_active"
# Runs between the customer's message and the first prediction; it does not answer anyone.
_SLOT_EXTRACTION = "action_extract_slots"


def turn_view(tracker: DialogueStateTracker, history: int = 3) -> TurnView:
    responding, last_action = True, None
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            break
        if isinstance(event, ActionExecuted) and event.action_name != _SLOT_EXTRACTION:
            responding, last_action = False, event.action_name
            break
    user_events = [e for e in tracker.events if isinstance(e, UserUttered)][-history:]
    latest = tracker.latest_message
    distress = (latest.parse_data.get("distress") or {}) if latest else {}
    scores = user_distress_scores(event.as_dict() for event in user_events)
    return TurnView(
        responding_to_user=responding and bool(user_events),
        last_action=last_action,
        paused=bool(tracker.get_slot(PAUSED_SLOT)),
        distress_level=escalated_level(str(distress.get("level", "none")), scores),
        recent_intents=[str(e.intent_name) for e in user_events],
    )


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT], is_trainable=True
)
class HandoffPolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        with self._model_storage.write_to(self._resource):
            pass  # nothing to learn: the decision is explicit
        return self._resource

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        action = next_action(turn_view(tracker))
        if action is None:
            return self._prediction(probabilities)
        probabilities[domain.index_for_action(action)] = 1.0
        # Marked like the RulePolicy's form predictions, which otherwise overrule every
        # prediction made from the user's message; then our higher priority decides.
        return self._prediction(probabilities, is_no_user_prediction=True)
