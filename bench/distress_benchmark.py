"""Prints distress detector accuracy and latency on the hand-written labelled distress set.

Usage: .venv/bin/python bench/distress_benchmark.py [--set PATH] [--phrases PATH].
The set (bench/distress_set.yml) was written without looking at the detector's lexicons, so its
figures are honest ones. Reports: counts per level, a confusion matrix, precision/recall/F1 for
`high` and for any distress (low or high), recall of `high` per language, recall per labelled
signal, the false-positive rate on hard negatives (idioms such as "this price is killing me"),
misses among the self-harm phrasings (bench/distress_self_harm_phrases.yml, all must be `high`)
and latency per message. Always exits 0; the figures are the output. Self-harm text is never
printed: missed phrasings show only their language and length.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` importable as a script

from bench.distress_set import (  # noqa: E402
    LANGUAGES,
    LEVELS,
    PHRASES_PATH,
    PHRASINGS,
    SET_PATH,
    SIGNALS,
    LabelledDistress,
    SelfHarmPhrase,
    load_phrases,
    load_set,
)
from bot.distress import get_scorer  # noqa: E402

WARM_UP_TEXTS = (
    "Hello, my parcel has not arrived.",
    "THIS IS THE THIRD TIME I HAVE CALLED!!!",
    "Ma facture est fausse, merci de corriger.",
)
SHOWN_FALSE_ALARMS = 10


@dataclass(frozen=True)
class Prediction:
    level: str
    signals: tuple[str, ...]
    millis: float


@dataclass(frozen=True)
class BinaryScores:
    true_positive: int
    false_positive: int
    false_negative: int

    def precision(self) -> float:
        predicted = self.true_positive + self.false_positive
        return self.true_positive / predicted if predicted else 0.0

    def recall(self) -> float:
        actual = self.true_positive + self.false_negative
        return self.true_positive / actual if actual else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


Scored = tuple[LabelledDistress, Prediction]


def predict(score: Callable[[str], object], text: str) -> Prediction:
    """Times one call; tolerates a level given as an enum rather than a string."""
    began = time.perf_counter()
    result = score(text)
    millis = (time.perf_counter() - began) * 1000
    level = getattr(result, "level", "none")
    signals = tuple(str(s) for s in getattr(result, "signals", ()))
    return Prediction(str(getattr(level, "value", level)), signals, millis)


def binary(scored: Sequence[Scored], positive: set[str]) -> BinaryScores:
    flags = [(i.level in positive, p.level in positive) for i, p in scored]
    return BinaryScores(
        true_positive=sum(t and p for t, p in flags),
        false_positive=sum(p and not t for t, p in flags),
        false_negative=sum(t and not p for t, p in flags),
    )


def ratio(hit: int, total: int) -> str:
    return f"{hit}/{total} = {hit / total:.3f}" if total else "0/0 = n/a"


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def print_counts(scored: Sequence[Scored]) -> None:
    labelled = Counter(i.level for i, _ in scored)
    predicted = Counter(p.level for _, p in scored)
    print(f"{'level':<8} {'labelled':>8} {'predicted':>9}")
    for level in LEVELS:
        print(f"{level:<8} {labelled[level]:>8} {predicted[level]:>9}")
    for level in sorted(set(predicted) - set(LEVELS)):
        print(f"{level:<8} {0:>8} {predicted[level]:>9}  (unexpected level)")


def print_confusion(scored: Sequence[Scored]) -> None:
    cells = Counter((i.level, p.level) for i, p in scored)
    print("\nconfusion matrix (rows: labelled, columns: predicted):")
    print(f"{'':<8}" + "".join(f"{level:>7}" for level in LEVELS))
    for truth in LEVELS:
        print(f"{truth:<8}" + "".join(f"{cells[truth, guess]:>7}" for guess in LEVELS))


def print_binary(scored: Sequence[Scored]) -> None:
    print(f"\n{'positive class':<22} {'prec':>6} {'recall':>6} {'F1':>6}   TP  FP  FN")
    for name, positive in (("high", {"high"}), ("any distress (low|high)", {"low", "high"})):
        s = binary(scored, positive)
        print(
            f"{name:<22} {s.precision():>6.3f} {s.recall():>6.3f} {s.f1():>6.3f} "
            f"{s.true_positive:>4} {s.false_positive:>3} {s.false_negative:>3}"
        )


def print_language_recall(scored: Sequence[Scored]) -> None:
    print("\nrecall of high per language:")
    for language in LANGUAGES:
        high = [p for i, p in scored if i.language == language and i.level == "high"]
        found = sum(p.level == "high" for p in high)
        print(f"  {language}  {ratio(found, len(high))}")


def print_signal_recall(scored: Sequence[Scored]) -> None:
    print("\nrecall per labelled signal (signal named in the result):")
    for signal in SIGNALS:
        named = [p for i, p in scored if signal in i.signals]
        if named:
            found = sum(signal in p.signals for p in named)
            print(f"  {signal:<20} {ratio(found, len(named))}")


def print_hard_negatives(scored: Sequence[Scored]) -> None:
    """Hard negatives hold idioms, never distress, so their text is safe to show."""
    pairs = [(i, p) for i, p in scored if i.hard_negative]
    alarms = [(i, p) for i, p in pairs if p.level != "none"]
    high = sum(p.level == "high" for _, p in alarms)
    print(f"\nhard-negative false-positive rate: {ratio(len(alarms), len(pairs))} ({high} high)")
    for item, prediction in alarms[:SHOWN_FALSE_ALARMS]:
        signals = ",".join(prediction.signals) or "-"
        print(f"  {prediction.level:<4} [{item.language}] {signals}: {item.text}")
    if len(alarms) > SHOWN_FALSE_ALARMS:
        print(f"  ... and {len(alarms) - SHOWN_FALSE_ALARMS} more")


def print_phrase_misses(
    phrases: Sequence[SelfHarmPhrase], predictions: Sequence[Prediction]
) -> None:
    """Counts per language and phrasing; each miss as language and length, never its text."""
    missed = [ph for ph, p in zip(phrases, predictions, strict=True) if p.level != "high"]
    print(f"\nself-harm phrasings not scored high: {ratio(len(missed), len(phrases))}")
    for key, names in (("language", LANGUAGES), ("phrasing", PHRASINGS)):
        totals = Counter(getattr(ph, key) for ph in phrases)
        misses = Counter(getattr(ph, key) for ph in missed)
        print("  " + ", ".join(f"{name} {misses[name]}/{totals[name]}" for name in names))
    for phrase in missed:
        print(f"  missed: [{phrase.language}] {len(phrase.text)} chars (text withheld)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--set", type=Path, default=SET_PATH, dest="set_path")
    parser.add_argument("--phrases", type=Path, default=PHRASES_PATH)
    args = parser.parse_args()
    items = load_set(args.set_path)
    phrases = load_phrases(args.phrases)

    began = time.perf_counter()
    scorer = get_scorer()
    scorer.score_message("Hello, my bill is wrong.")  # lexicons may be compiled on first use
    print(f"scorer ready after {time.perf_counter() - began:.2f} s (built + first call)")
    for text in WARM_UP_TEXTS:
        scorer.score_message(text)

    predictions = [predict(scorer.score_message, item.text) for item in items]
    phrase_predictions = [predict(scorer.score_message, phrase.text) for phrase in phrases]
    languages = Counter(item.language for item in items)
    print(
        f"set: {len(items)} messages ("
        + ", ".join(f"{lang} {languages[lang]}" for lang in LANGUAGES)
        + f"), {sum(i.hard_negative for i in items)} hard negatives; "
        f"{len(phrases)} self-harm phrasings\n"
    )
    scored = list(zip(items, predictions, strict=True))
    print_counts(scored)
    print_confusion(scored)
    print_binary(scored)
    print_language_recall(scored)
    print_signal_recall(scored)
    print_hard_negatives(scored)
    print_phrase_misses(phrases, phrase_predictions)

    millis = [p.millis for p in predictions + phrase_predictions]
    print(
        f"\nlatency per message ({len(millis)} calls): p50 {percentile(millis, 0.5):.3f} ms, "
        f"p95 {percentile(millis, 0.95):.3f} ms, max {max(millis):.3f} ms"
    )


if __name__ == "__main__":
    main()
