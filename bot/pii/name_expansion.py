"""Whole names, not halves: a PERSON span grows over the capitalised words right beside it.

spaCy's small model often tags only one part of a name ("Teresa <PERSON>"); the other part
is just as identifying. Everyday capitalised words (greetings, days, months) never join.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.pii.spans import PiiSpan

_NAME_WORD = r"(?:[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?|[A-Z]['’][A-Z][a-z]+)"
_BEFORE = re.compile(rf"({_NAME_WORD})[ \t]+$")
_AFTER = re.compile(rf"^[ \t]+({_NAME_WORD})")
_NEVER_NAMES = frozenset(
    "hi hello hey dear thanks thank yes no ok okay please sorry the a i my our your this that "
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december today yesterday tomorrow "
    "regards best kind sincerely cheers from to re fw fwd subject name called mr mrs ms miss dr "
    "sir madam".split()
)
MAX_EXTRA_WORDS = 2


def _joins(word: str) -> bool:
    return word.rstrip(".").lower() not in _NEVER_NAMES


def expand_person_spans(text: str, spans: list[PiiSpan]) -> list[PiiSpan]:
    expanded = []
    for span in spans:
        if span.type != "PERSON":
            expanded.append(span)
            continue
        start, end = span.start, span.end
        for _ in range(MAX_EXTRA_WORDS):
            found = _BEFORE.search(text[:start])
            if not found or not _joins(found.group(1)):
                break
            start = found.start(1)
        for _ in range(MAX_EXTRA_WORDS):
            found = _AFTER.match(text[end:])
            if not found or not _joins(found.group(1)):
                break
            end += found.end(1)
        expanded.append(replace(span, start=start, end=end))
    return expanded
