"""Prints `complaintbot analyze` throughput (texts per second) on a generated mixed set.

Usage: .venv/bin/python bench/analyze_throughput.py [--count 1000] [--model models/]
Measures 1 worker and one worker per core (what `complaintbot analyze` uses by default),
after the model is loaded. Target: >= 100 texts/s on 2 cores.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import time
from pathlib import Path

from bot.analyze.runner import AnalyzerOptions, AnalyzerPool
from bot.model import find_model
from bot.settings import get_settings

OPENINGS = ["", "Hi, ", "Hello team, ", "Dear Sir or Madam, ", "ok so ", "URGENT: "]
BODIES = [
    "my {p} has not worked since {d} and I want a refund",
    "I was charged twice for my {p} on {d}, please fix this",
    "thank you so much for sorting out my {p} so quickly",
    "it would be nice if the {p} page showed prices including tax",
    "what time do you open on {d}?",
    "can I change the address on my {p} account",
    "the {p} engineer never turned up on {d} and nobody called, this is the third time",
    "just saying the {p} app looks worse since the update",
    "can I speak to a real person about my {p}",
    "any news on my complaint about the {p}?",
]
PRODUCTS = ["broadband", "credit card", "electricity", "flight", "parcel", "mobile contract"]
DAYS = ["Monday", "3 March", "last week", "yesterday", "the 14th"]


def texts(count: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        body = rng.choice(BODIES).format(p=rng.choice(PRODUCTS), d=rng.choice(DAYS))
        out.append(rng.choice(OPENINGS) + body)
    return out


def measure(options: AnalyzerOptions, jobs: int, lines: list[str]) -> None:
    began = time.perf_counter()
    with AnalyzerPool(options, jobs) as pool:
        pool.run(lines[: 64 * jobs], io.StringIO(), io.StringIO())  # loads the model(s)
        ready = time.perf_counter()
        summary = pool.run(lines, io.StringIO(), io.StringIO())
    rate = summary.analysed / summary.seconds
    print(
        f"jobs={jobs}: {rate:.0f} texts/s over {summary.analysed} texts "
        f"(model load + warm-up {ready - began:.1f} s)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    settings = get_settings()
    options = AnalyzerOptions(
        find_model(args.model or settings.models_dir),
        settings.fallback_threshold,
        settings.langdetect_min_chars,
    )
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts(args.count))]
    cores = os.cpu_count() or 1
    print(f"cores: {cores}; target >= 100 texts/s on 2 cores")
    for jobs in sorted({1, min(cores, 4)}):
        measure(options, jobs, lines)


if __name__ == "__main__":
    main()
