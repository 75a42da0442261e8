"""Writing redacted text: typed placeholders, or everything masked when detection failed."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from bot.pii.spans import PiiSpan


def replace_spans(text: str, spans: Iterable[PiiSpan], placeholder: Callable[[str], str]) -> str:
    """`text` with each (non-overlapping, sorted) span replaced by its type's placeholder."""
    parts: list[str] = []
    cursor = 0
    for span in spans:
        parts.append(text[cursor : span.start])
        parts.append(placeholder(span.type))
        cursor = span.end
    parts.append(text[cursor:])
    return "".join(parts)


def mask_all(text: str) -> str:
    """Every letter and digit replaced by "*": the shape survives, the content does not."""
    return "".join("*" if ch.isalnum() else ch for ch in text)
