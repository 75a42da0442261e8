"""NLU quality on examples written separately from the training data and never trained on."""

from __future__ import annotations

from collections import Counter

import pytest
import yaml
from sklearn.metrics import f1_score

from bot.settings import PROJECT_ROOT
from tests.conversation.servers import RunningBot

pytestmark = pytest.mark.model
HOLDOUT = PROJECT_ROOT / "tests" / "nlu_holdout" / "holdout.yml"
MIN_MACRO_F1 = 0.80
# The classes that decide what happens to a customer must each stay usable on their own.
MIN_CLASS_F1 = {"complain": 0.85, "inquiry": 0.75, "compliment": 0.75, "request_human": 0.8}


def holdout_examples() -> list[tuple[str, str]]:
    document = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
    examples = []
    for block in document["nlu"]:
        for line in block["examples"].splitlines():
            if line.strip().startswith("- "):
                examples.append((line.strip()[2:], block["intent"]))
    return examples


def test_when_holdout_is_classified_then_macro_f1_meets_the_bar(bot: RunningBot) -> None:
    examples = holdout_examples()
    expected, predicted = [], []
    for text, intent in examples:
        parse = bot.parse(text)
        ranking = [r["name"] for r in parse["intent_ranking"] if r["name"] != "nlu_fallback"]
        expected.append(intent)
        predicted.append(ranking[0])
    labels = sorted(set(expected))
    per_class = dict(
        zip(labels, f1_score(expected, predicted, labels=labels, average=None), strict=True)
    )
    macro = float(f1_score(expected, predicted, labels=labels, average="macro"))
    confusions = Counter(
        (e, p) for e, p in zip(expected, predicted, strict=True) if e != p
    ).most_common(8)
    report = f"macro-F1 {macro:.3f}; per class {per_class}; top confusions {confusions}"
    print(report)
    assert macro >= MIN_MACRO_F1, report
    for intent, floor in MIN_CLASS_F1.items():
        assert per_class[intent] >= floor, report


def test_when_training_data_is_read_then_no_holdout_example_leaked_into_it() -> None:
    training_text = "\n".join(
        p.read_text(encoding="utf-8").lower() for p in (PROJECT_ROOT / "data" / "nlu").glob("*.yml")
    )
    leaked = [text for text, _ in holdout_examples() if f"- {text.lower()}\n" in training_text]
    assert leaked == []
