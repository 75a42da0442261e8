"""Runs analyze over a stream of inputs: in worker processes (one model each), in input order,
with progress on stderr for big inputs."""

from __future__ import annotations

import asyncio
import json
import multiprocessing
import sys
import time
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from bot.analyze.reader import InputItem, read_items
from bot.analyze.result import analysis_record
from bot.language import detect_language
from bot.pii import PiiConfig, PiiDetector, get_detector

PROGRESS_EVERY_SECONDS = 2.0
CHUNK_SIZE = 32


@dataclass(frozen=True)
class AnalyzerOptions:
    model: Path
    fallback_threshold: float
    min_language_chars: int
    pii: PiiConfig = field(default_factory=PiiConfig)


@dataclass
class RunSummary:
    analysed: int = 0
    rejected: int = 0
    seconds: float = 0.0


class Analyzer:
    """Wraps a loaded Rasa agent and the PII detector; one instance serves many texts."""

    def __init__(
        self,
        agent: Any,
        fallback_threshold: float,
        min_language_chars: int,
        detector: PiiDetector | None = None,
    ) -> None:
        self._agent = agent
        self._fallback_threshold = fallback_threshold
        self._min_language_chars = min_language_chars
        self._detector = detector or get_detector()
        self._loop = asyncio.new_event_loop()

    @classmethod
    def load(cls, options: AnalyzerOptions) -> Analyzer:
        from bot.model import load_agent

        detector = get_detector(options.pii)
        detector.warm_up()
        agent = load_agent(options.model)
        return cls(agent, options.fallback_threshold, options.min_language_chars, detector)

    def analyse(self, item_id: Any, text: str) -> dict[str, Any]:
        parse_data = self._loop.run_until_complete(self._agent.parse_message(text))
        language = detect_language(text, self._min_language_chars)
        redaction = self._detector.redact(text)
        return analysis_record(item_id, parse_data, language, self._fallback_threshold, redaction)

    def analyse_chunk(self, items: list[InputItem]) -> list[dict[str, Any]]:
        return [
            {"id": item.id, "error": item.error}
            if item.text is None
            else self.analyse(item.id, item.text)
            for item in items
        ]


# Each worker process loads the model once and keeps it here.
_worker_analyzer: Analyzer | None = None


def _start_worker(options: AnalyzerOptions) -> None:
    global _worker_analyzer
    _worker_analyzer = Analyzer.load(options)


def _worker_chunk(items: list[InputItem]) -> list[dict[str, Any]]:
    assert _worker_analyzer is not None
    return _worker_analyzer.analyse_chunk(items)


def _chunks(items: Iterable[InputItem]) -> Iterator[list[InputItem]]:
    chunk: list[InputItem] = []
    for item in items:
        chunk.append(item)
        if len(chunk) == CHUNK_SIZE:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _in_order(
    executor: ProcessPoolExecutor, chunks: Iterator[list[InputItem]], window: int
) -> Iterator[list[dict[str, Any]]]:
    """Results chunk by chunk in input order, with at most `window` chunks in flight."""
    pending: deque[Future[list[dict[str, Any]]]] = deque()
    for chunk in chunks:
        pending.append(executor.submit(_worker_chunk, chunk))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


class _Progress:
    def __init__(self, err: IO[str]) -> None:
        self._err = err
        self.started = self._last = time.monotonic()

    def tick(self, done: int) -> None:
        now = time.monotonic()
        if now - self._last >= PROGRESS_EVERY_SECONDS:
            rate = done / (now - self.started)
            self._err.write(f"analyze: {done} texts done ({rate:.0f}/s)\n")
            self._err.flush()
            self._last = now


def _write(records: list[dict[str, Any]], out: IO[str], err: IO[str], summary: RunSummary) -> None:
    for record in records:
        if "error" in record:
            summary.rejected += 1
            err.write(f"analyze: input {record['id']}: {record['error']}\n")
        else:
            summary.analysed += 1
        out.write(json.dumps(record) + "\n")


def run_analysis(
    analyzer: Analyzer, lines: Iterable[str], out: IO[str], err: IO[str] = sys.stderr
) -> RunSummary:
    """Analyse in this process with an already loaded model."""
    summary, progress = RunSummary(), _Progress(err)
    for chunk in _chunks(read_items(lines)):
        _write(analyzer.analyse_chunk(chunk), out, err, summary)
        progress.tick(summary.analysed)
    summary.seconds = time.monotonic() - progress.started
    return summary


class AnalyzerPool:
    """Worker processes, each holding its own copy of the model; reusable across runs."""

    def __init__(self, options: AnalyzerOptions, jobs: int) -> None:
        context = multiprocessing.get_context("spawn")  # TensorFlow does not survive fork
        self._jobs = jobs
        self._pool = ProcessPoolExecutor(
            jobs, context, initializer=_start_worker, initargs=(options,)
        )

    def __enter__(self) -> AnalyzerPool:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._pool.shutdown(cancel_futures=True)

    def run(self, lines: Iterable[str], out: IO[str], err: IO[str] = sys.stderr) -> RunSummary:
        summary, progress = RunSummary(), _Progress(err)
        for records in _in_order(self._pool, _chunks(read_items(lines)), window=self._jobs * 4):
            _write(records, out, err, summary)
            progress.tick(summary.analysed)
        summary.seconds = time.monotonic() - progress.started
        return summary


def run_analysis_in_workers(
    options: AnalyzerOptions,
    jobs: int,
    lines: Iterable[str],
    out: IO[str],
    err: IO[str] = sys.stderr,
) -> RunSummary:
    with AnalyzerPool(options, jobs) as pool:
        return pool.run(lines, out, err)
