"""Turns overlapping detections into one non-overlapping list."""

from __future__ import annotations

from collections.abc import Iterable

from bot.pii.spans import PiiSpan


def merge_same_type(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Join overlapping spans of one type (NER "Jane" + cue "Jane Doe") into their union."""
    merged: list[PiiSpan] = []
    for span in sorted(spans, key=lambda s: (s.type, s.start, -s.end)):
        last = merged[-1] if merged else None
        if last is not None and last.type == span.type and span.start < last.end:
            merged[-1] = PiiSpan(
                last.type, last.start, max(last.end, span.end), max(last.score, span.score)
            )
        else:
            merged.append(span)
    return merged


def resolve_overlaps(spans: Iterable[PiiSpan]) -> list[PiiSpan]:
    """Keep the highest score, then the longest span; the result is sorted by start."""
    kept: list[PiiSpan] = []
    for span in sorted(merge_same_type(spans), key=lambda s: (-s.score, s.start - s.end, s.start)):
        if all(span.end <= other.start or other.end <= span.start for other in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s.start)
