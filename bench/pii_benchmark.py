"""Prints PII detector precision, recall and latency on a synthetic labelled PII set.

Usage: .venv/bin/python bench/pii_benchmark.py [--set tuning|independent|blind] [--count 1000]
[--seed 2026]. The tuning set (bench/pii_dataset.py) is the one the recognizers were tuned on;
the independent set (bench/pii_independent_set.py) was held out, so its figures are the honest
ones. The blind set (bench/pii_blind_set.py) was written without seeing the detector or the
other sets' wording; it checks that improvements generalise, so do not tune against it.
A prediction matches a label when the types agree and it covers at least half of the label's
characters (one prediction per label); exact-boundary matches are reported alongside. Targets:
recall >= 0.95 for emails, phones, cards and IBANs, >= 0.85 for names and street addresses, and
p50 <= 10 ms per 200 characters. Always exits 0; the figures are the output. PII values are
never printed: snippets show them (and any other labelled or predicted span) as "*".
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # `bench` importable as a script

from bench import pii_blind_set, pii_dataset, pii_independent_set  # noqa: E402
from bench.pii_labels import LabelledMessage, PiiLabel  # noqa: E402
from bot.pii import PII_TYPES, PiiSpan, get_detector  # noqa: E402

RECALL_TARGETS = {
    "EMAIL_ADDRESS": 0.95,
    "PHONE_NUMBER": 0.95,
    "CREDIT_CARD": 0.95,
    "IBAN_CODE": 0.95,
    "PERSON": 0.85,
    "STREET_ADDRESS": 0.85,
}
P50_PER_200_CHARS_MS = 10.0
SETS: dict[str, Callable[[int, int], list[LabelledMessage]]] = {
    "tuning": pii_dataset.generate,
    "independent": pii_independent_set.generate,
    "blind": pii_blind_set.generate,
}
WARM_UP_MESSAGES = 50


@dataclass
class Tally:
    support: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0

    def precision(self) -> float:
        return self.matched / self.predicted if self.predicted else 0.0

    def recall(self) -> float:
        return self.matched / self.support if self.support else 0.0

    def f1(self) -> float:
        p, r = self.precision(), self.recall()
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Scores:
    tallies: dict[str, Tally] = field(default_factory=dict)
    misses: Counter[tuple[str, str]] = field(default_factory=Counter)  # (type, snippet)
    false_alarms: Counter[tuple[str, str]] = field(default_factory=Counter)
    confusions: Counter[tuple[str, str]] = field(default_factory=Counter)  # (label, predicted)

    def tally(self, kind: str) -> Tally:
        return self.tallies.setdefault(kind, Tally())


def overlaps_enough(label: PiiLabel, start: int, end: int) -> bool:
    """At least half of the label's characters are inside the predicted span."""
    covered = min(label.end, end) - max(label.start, start)
    return covered * 2 >= label.end - label.start


def score_message(scores: Scores, message: LabelledMessage, spans: Sequence[PiiSpan]) -> None:
    """Pairs labels and predictions one to one, largest overlap first, and counts the rest."""
    candidates = sorted(
        (
            (min(label.end, span.end) - max(label.start, span.start), li, si)
            for li, label in enumerate(message.labels)
            for si, span in enumerate(spans)
            if span.type == label.type and overlaps_enough(label, span.start, span.end)
        ),
        reverse=True,
    )
    paired_labels: set[int] = set()
    paired_spans: set[int] = set()
    for _, li, si in candidates:
        if li not in paired_labels and si not in paired_spans:
            paired_labels.add(li)
            paired_spans.add(si)
    exact = {(span.type, span.start, span.end) for span in spans}
    hidden = [(label.start, label.end) for label in message.labels]
    hidden += [(span.start, span.end) for span in spans]
    for li, label in enumerate(message.labels):
        tally = scores.tally(label.type)
        tally.support += 1
        tally.matched += li in paired_labels
        tally.exact += (label.type, label.start, label.end) in exact
        if li not in paired_labels:
            scores.misses[
                label.type, masked_snippet(message.text, label.start, label.end, hidden)
            ] += 1
            for span in spans:
                if span.type != label.type and overlaps_enough(label, span.start, span.end):
                    scores.confusions[label.type, span.type] += 1
    for si, span in enumerate(spans):
        scores.tally(span.type).predicted += 1
        if si not in paired_spans:
            snippet = masked_snippet(message.text, span.start, span.end, hidden)
            scores.false_alarms[span.type, snippet] += 1


def masked_snippet(text: str, start: int, end: int, hidden: list[tuple[int, int]]) -> str:
    """Up to three words before the span, the span in [brackets], two words after; letters and
    digits inside any labelled or predicted span become "*" and other digits "9"."""
    window = max(0, start - 80)
    before = re.search(r"(?:\S+\s+){0,3}\S*$", text[window:start])
    after = re.match(r"(?:\s*\S+){0,2}", text[end : end + 40])
    first = window + (before.start() if before else start - window)
    last = end + (after.end() if after else 0)

    def shown(at: int) -> str:
        char = text[at]
        if char.isspace():
            return " "
        if char.isalnum() and any(s <= at < e for s, e in hidden):
            return "*"
        return "9" if char.isdigit() else char

    def part(a: int, b: int) -> str:
        return "".join(shown(at) for at in range(a, b))

    return f"{part(first, start)}[{part(start, end)}]{part(end, last)}"


def grouped(found: Counter[tuple[str, str]]) -> list[tuple[int, str, str]]:
    """Most common first; snippets that differ only in value lengths or digits share a row."""
    groups: dict[tuple[str, str], list] = {}
    for (kind, snippet), count in found.items():
        key = (kind, re.sub(r"\*+", "*", re.sub(r"9+", "9", snippet.lower())))
        group = groups.setdefault(key, [0, snippet])
        group[0] += count
    rows = [(count, kind, example) for (kind, _), (count, example) in groups.items()]
    return sorted(rows, key=lambda row: (-row[0], row[1], row[2]))[:10]


def leaks(redacted: str, message: LabelledMessage) -> int:
    """Labelled values that survive redaction verbatim (a miss the user would actually see)."""
    return sum(label.value in redacted for label in message.labels)


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def print_scores(scores: Scores) -> None:
    print(
        f"{'type':<16} {'support':>7} {'found':>6} {'prec':>6} {'recall':>6} {'F1':>6} {'exact':>6}"
    )
    kinds = [k for k in PII_TYPES if k in scores.tallies] + sorted(
        k for k in scores.tallies if k not in PII_TYPES
    )
    total = Tally()
    for kind in kinds:
        t = scores.tallies[kind]
        exact = t.exact / t.support if t.support else 0.0
        print(
            f"{kind:<16} {t.support:>7} {t.predicted:>6} {t.precision():>6.3f} "
            f"{t.recall():>6.3f} {t.f1():>6.3f} {exact:>6.3f}"
        )
        total.support += t.support
        total.predicted += t.predicted
        total.matched += t.matched
        total.exact += t.exact
    exact = total.exact / total.support if total.support else 0.0
    print(
        f"{'micro':<16} {total.support:>7} {total.predicted:>6} {total.precision():>6.3f} "
        f"{total.recall():>6.3f} {total.f1():>6.3f} {exact:>6.3f}"
    )
    print("(found = predicted spans; exact = share of labels predicted with exact boundaries)")


def print_errors(title: str, found: Counter[tuple[str, str]]) -> None:
    print(f"\n{title} (top 10, values masked):")
    for count, kind, example in grouped(found) or [(0, "-", "none")]:
        print(f"  {count:>4}  {kind:<16} {example}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--set", choices=tuple(SETS), default="tuning", dest="set_name")
    args = parser.parse_args()
    generate = SETS[args.set_name]

    began = time.perf_counter()
    detector = get_detector()
    detector.detect("Hello, my name is Sam.")  # engines may be built lazily, on first use
    print(f"detector ready after {time.perf_counter() - began:.2f} s (built + first call)")
    messages = generate(args.count, args.seed)
    for message in generate(WARM_UP_MESSAGES, args.seed + 1):
        detector.detect(message.text)

    scores = Scores()
    millis: list[float] = []
    for message in messages:
        began = time.perf_counter()
        spans = detector.detect(message.text)
        millis.append((time.perf_counter() - began) * 1000)
        score_message(scores, message, spans)
    per_200 = [ms * 200 / max(1, len(m.text)) for ms, m in zip(millis, messages, strict=True)]

    chars = statistics.median(len(m.text) for m in messages)
    labels = sum(len(m.labels) for m in messages)
    print(
        f"{args.set_name} set: {len(messages)} messages (seed {args.seed}, "
        f"median {chars:.0f} chars), {labels} labels\n"
    )
    print_scores(scores)
    print(
        f"\nlatency per message: p50 {percentile(millis, 0.5):.2f} ms, "
        f"p95 {percentile(millis, 0.95):.2f} ms, p99 {percentile(millis, 0.99):.2f} ms; "
        f"p50 per 200 chars {percentile(per_200, 0.5):.2f} ms"
    )
    print_errors("false negatives", scores.misses)
    print_errors("false positives", scores.false_alarms)
    leaked = sum(leaks(detector.redact(m.text).text, m) for m in messages)
    print(f"\nredact(): {leaked} of {labels} labelled values still verbatim in the redacted text")
    if scores.confusions:
        print("\nmissed labels found under another type (label -> predicted):")
        for (label, predicted), count in scores.confusions.most_common(5):
            print(f"  {count:>4}  {label} -> {predicted}")

    missed = check_targets(scores, percentile(per_200, 0.5))
    print("targets: all met" if not missed else f"targets: missed: {'; '.join(missed)}")


def check_targets(scores: Scores, p50_per_200: float) -> list[str]:
    """Prints PASS/FAIL per target and returns the missed ones."""
    print("\ntargets:")
    missed = []
    for kind, target in RECALL_TARGETS.items():
        recall = scores.tally(kind).recall()
        ok = recall >= target
        print(f"  {'PASS' if ok else 'FAIL'}  {kind} recall {recall:.3f} (target >= {target:.2f})")
        if not ok:
            missed.append(f"{kind} recall {recall:.3f} < {target:.2f}")
    ok = p50_per_200 <= P50_PER_200_CHARS_MS
    print(
        f"  {'PASS' if ok else 'FAIL'}  p50 per 200 chars {p50_per_200:.2f} ms "
        f"(target <= {P50_PER_200_CHARS_MS:.0f} ms)"
    )
    if not ok:
        missed.append(f"p50 {p50_per_200:.2f} ms per 200 chars > {P50_PER_200_CHARS_MS:.0f} ms")
    return missed


if __name__ == "__main__":
    main()
