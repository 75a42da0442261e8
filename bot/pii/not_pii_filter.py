"""Drops detections that are really ours or the customer's business, not personal data.

Complaint references, order numbers and money amounts look like phone or card numbers to
the recognizers; company and product names look like people to the NER model.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from bot.pii.spans import PiiSpan

_ID_CUE = (
    r"\b(?:order|invoice|tracking|booking|ticket|case|reference|ref|receipt|transaction"
    r"|parcel|consignment|confirmation)\b\.?\s*(?:number|num|no\.?|id|code)?\s*(?:is|:|-)?\s*#?\s*"
)


class NotPiiFilter:
    """Removes spans inside references, order numbers and amounts, and PERSON brands."""

    PATTERNS: tuple[str, ...] = (
        _ID_CUE + r"(?P<span>(?=[a-z0-9-]*\d)[a-z0-9][a-z0-9-]{2,})",
        r"(?P<span>(?:[£$€]|\b(?:gbp|usd|eur)\s?)\d[\d,]*(?:\.\d{1,2})?)",
        r"(?P<span>\b\d[\d,]*(?:\.\d{1,2})?\s?(?:pounds|quid|dollars|euros|pence|p)\b)",
    )

    def __init__(self, reference_pattern: str, organisations: Iterable[str]) -> None:
        patterns = (rf"(?P<span>\b{reference_pattern}\b)", *self.PATTERNS)
        self._patterns = [re.compile(p, re.IGNORECASE) for p in patterns]
        self._organisations = frozenset(name.lower() for name in organisations)

    def protected_ranges(self, text: str) -> list[tuple[int, int]]:
        """Character ranges that are references, order numbers or amounts."""
        return [m.span("span") for pattern in self._patterns for m in pattern.finditer(text)]

    def keep(self, text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
        protected = self.protected_ranges(text)
        return [
            span
            for span in spans
            if not any(start <= span.start and span.end <= end for start, end in protected)
            and not (span.type == "PERSON" and self.is_brand(text[span.start : span.end]))
        ]

    def is_brand(self, name: str) -> bool:
        """True for brands ("Sky", "Dyson V11"); names with digits are products, not people."""
        words = re.sub(r"[^\w&'.]+", " ", name.lower()).split()
        if not words or any(ch.isdigit() for ch in name):
            return True
        if words[0] == "the":
            words = words[1:]
        return any(" ".join(words[:n]) in self._organisations for n in range(1, len(words) + 1))
