"""The distress detector as a Rasa NLU component: every parsed message gets a `distress` entry
in its parse data ({level, score, signals}), which the actions and `analyze` read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.nlu.constants import TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.distress import DistressScorer
from bot.distress.config import DEFAULT_CONFIG, load_distress_config

DISTRESS = "distress"


@DefaultV1Recipe.register([DefaultV1Recipe.ComponentType.MESSAGE_FEATURIZER], is_trainable=False)
class DistressDetector(GraphComponent):
    """Scores each message with the lexicons of `config_file` (default: bot/defaults)."""

    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"config_file": None}

    def __init__(self, scorer: DistressScorer) -> None:
        self._scorer = scorer

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> DistressDetector:
        path = Path(config["config_file"]) if config.get("config_file") else DEFAULT_CONFIG
        return cls(DistressScorer(load_distress_config(path)))

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            result = self._scorer.score_message(str(text))
            message.set(DISTRESS, result.as_dict(), add_to_output=True)
        return messages
