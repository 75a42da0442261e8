from __future__ import annotations

import io
import json
from typing import Any

import pytest

from bot.analyze import runner
from bot.analyze.reader import InputItem


class CountingAnalyzer:
    """Stands in for the Rasa model: the runner's ordering, errors and progress are under test."""

    def __init__(self) -> None:
        self.seen: list[Any] = []

    def analyse_chunk(self, items: list[InputItem]) -> list[dict[str, Any]]:
        self.seen += [item.id for item in items if item.text is not None]
        return [
            {"id": item.id, "error": item.error}
            if item.text is None
            else {"id": item.id, "kind": "other", "length": len(item.text)}
            for item in items
        ]


def test_when_input_is_big_then_progress_is_reported_on_stderr_only(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(runner, "PROGRESS_EVERY_SECONDS", 0.0)
    lines = [json.dumps({"id": i, "text": f"text number {i}"}) for i in range(100)]
    out, err = io.StringIO(), io.StringIO()
    summary = runner.run_analysis(CountingAnalyzer(), lines, out, err)  # type: ignore[arg-type]
    assert summary.analysed == 100 and summary.rejected == 0
    assert "texts done" in err.getvalue()
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == list(range(100))  # input order, progress not mixed in


def test_when_some_lines_are_broken_then_they_are_counted_and_reported_in_place() -> None:
    lines = ['{"id": "a", "text": "fine"}', "{broken", '{"id": "c", "text": "also fine"}']
    out, err = io.StringIO(), io.StringIO()
    summary = runner.run_analysis(CountingAnalyzer(), lines, out, err)  # type: ignore[arg-type]
    assert (summary.analysed, summary.rejected) == (2, 1)
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", 2, "c"]
    assert "input 2: line is not valid JSON" in err.getvalue()
    assert "{broken" not in err.getvalue()  # the input itself is never echoed
