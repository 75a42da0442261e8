"""Reads analyze input: JSON lines {"id": ..., "text": ...} or plain text lines."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class InputItem:
    id: Any
    text: str | None
    error: str | None = None


def _from_json(line: str, line_number: int) -> InputItem:
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return InputItem(line_number, None, "line is not valid JSON")
    if not isinstance(record, dict):
        return InputItem(line_number, None, 'expected an object like {"id": ..., "text": ...}')
    item_id = record.get("id", line_number)
    text = record.get("text")
    if not isinstance(text, str):
        return InputItem(item_id, None, 'missing "text" (a string)')
    return InputItem(item_id, text)


def read_items(lines: Iterable[str]) -> Iterator[InputItem]:
    """One item per non-blank line; ids default to the 1-based line number."""
    for line_number, raw in enumerate(lines, start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("{"):
            yield _from_json(line, line_number)
        else:
            yield InputItem(line_number, line)
