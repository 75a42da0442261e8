"""Runs analyze over a stream of inputs, with progress on stderr for big inputs."""

from __future__ import annotations

import asyncio
import json
import sys
import time
from collections.abc import Iterable
from dataclasses import dataclass
from typing import IO, Any

from bot.analyze.reader import read_items
from bot.analyze.result import analysis_record
from bot.language import detect_language

PROGRESS_EVERY_SECONDS = 2.0


@dataclass
class RunSummary:
    analysed: int = 0
    rejected: int = 0
    seconds: float = 0.0


class Analyzer:
    """Wraps a loaded Rasa agent; one instance serves many texts."""

    def __init__(self, agent: Any, fallback_threshold: float, min_language_chars: int) -> None:
        self._agent = agent
        self._fallback_threshold = fallback_threshold
        self._min_language_chars = min_language_chars

    async def analyse(self, item_id: Any, text: str) -> dict[str, Any]:
        parse_data = await self._agent.parse_message(text)
        language = detect_language(text, self._min_language_chars)
        return analysis_record(item_id, parse_data, language, self._fallback_threshold)


def run_analysis(
    analyzer: Analyzer, lines: Iterable[str], out: IO[str], err: IO[str] = sys.stderr
) -> RunSummary:
    return asyncio.run(_run(analyzer, lines, out, err))


async def _run(analyzer: Analyzer, lines: Iterable[str], out: IO[str], err: IO[str]) -> RunSummary:
    summary = RunSummary()
    started = last_report = time.monotonic()
    for item in read_items(lines):
        if item.text is None:
            summary.rejected += 1
            out.write(json.dumps({"id": item.id, "error": item.error}) + "\n")
            err.write(f"analyze: input {item.id}: {item.error}\n")
            continue
        out.write(json.dumps(await analyzer.analyse(item.id, item.text)) + "\n")
        summary.analysed += 1
        now = time.monotonic()
        if now - last_report >= PROGRESS_EVERY_SECONDS:
            rate = summary.analysed / (now - started)
            err.write(f"analyze: {summary.analysed} texts done ({rate:.0f}/s)\n")
            err.flush()
            last_report = now
    summary.seconds = time.monotonic() - started
    return summary
