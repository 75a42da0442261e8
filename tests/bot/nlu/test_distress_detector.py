"""The DistressDetector component puts its verdict into every message's output."""

from __future__ import annotations

from rasa.shared.nlu.training_data.message import Message

from bot.distress import get_scorer
from bot.nlu.distress_detector import DistressDetector


def test_when_messages_are_processed_then_each_carries_its_distress_in_the_output() -> None:
    detector = DistressDetector(get_scorer())
    messages = [Message(data={"text": "I can't cope any more"}), Message(data={"text": "hi"})]

    detector.process(messages)

    parsed = [m.as_dict(only_output_properties=True) for m in messages]
    assert [p["distress"]["level"] for p in parsed] == ["high", "none"]
    assert parsed[0]["distress"]["signals"] == ["despair"]
