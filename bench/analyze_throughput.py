"""Prints `complaintbot analyze` throughput (texts per second) on a generated mixed set.

Usage: .venv/bin/python bench/analyze_throughput.py [--count 1000] [--model models/]
Target: >= 100 texts/s on 2 cores.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import statistics
import time
from pathlib import Path

from bot.analyze.runner import Analyzer, run_analysis
from bot.model import find_model, load_agent
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    settings = get_settings()
    started = time.perf_counter()
    agent = load_agent(find_model(args.model or settings.models_dir))
    print(f"model load: {time.perf_counter() - started:.1f} s")
    analyzer = Analyzer(agent, settings.fallback_threshold, settings.langdetect_min_chars)
    lines = [json.dumps({"id": i, "text": t}) for i, t in enumerate(texts(args.count))]
    run_analysis(analyzer, lines[:20], io.StringIO(), io.StringIO())  # warm-up

    rounds = []
    for _ in range(3):
        began = time.perf_counter()
        summary = run_analysis(analyzer, lines, io.StringIO(), io.StringIO())
        rounds.append(summary.analysed / (time.perf_counter() - began))
    print(f"texts: {args.count} per round, 3 rounds")
    print(
        f"throughput: median {statistics.median(rounds):.0f} texts/s "
        f"(min {min(rounds):.0f}, max {max(rounds):.0f}); target >= 100 texts/s"
    )


if __name__ == "__main__":
    main()
