"""Prints held-out NLU figures (macro-F1, per-intent F1, top confusions) for a trained model.

Usage: .venv/bin/python bench/nlu_holdout.py [--model models/]
"""

from __future__ import annotations

import argparse
import asyncio
import time
from collections import Counter
from pathlib import Path

import yaml
from sklearn.metrics import classification_report, f1_score

from bot.model import find_model, load_agent
from bot.settings import PROJECT_ROOT, get_settings

HOLDOUT = PROJECT_ROOT / "tests" / "nlu_holdout" / "holdout.yml"


def examples() -> list[tuple[str, str]]:
    document = yaml.safe_load(HOLDOUT.read_text(encoding="utf-8"))
    return [
        (line.strip()[2:], block["intent"])
        for block in document["nlu"]
        for line in block["examples"].splitlines()
        if line.strip().startswith("- ")
    ]


async def predict(agent, texts: list[str]) -> list[str]:
    out = []
    for text in texts:
        parse = await agent.parse_message(text)
        ranking = [r["name"] for r in parse["intent_ranking"] if r["name"] != "nlu_fallback"]
        out.append(ranking[0])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", type=Path, default=None)
    args = parser.parse_args()
    agent = load_agent(find_model(args.model or get_settings().models_dir))
    pairs = examples()
    began = time.perf_counter()
    predicted = asyncio.run(predict(agent, [t for t, _ in pairs]))
    seconds = time.perf_counter() - began
    expected = [i for _, i in pairs]
    print(classification_report(expected, predicted, digits=3, zero_division=0))
    print(
        f"macro-F1: {f1_score(expected, predicted, average='macro'):.3f} on {len(pairs)} examples"
    )
    confusions = Counter(
        (e, p) for e, p in zip(expected, predicted, strict=True) if e != p
    ).most_common(10)
    print("top confusions (expected -> predicted):")
    for (e, p), n in confusions:
        print(f"  {e} -> {p}: {n}")
    print(f"parse rate: {len(pairs) / seconds:.0f} texts/s")


if __name__ == "__main__":
    main()
