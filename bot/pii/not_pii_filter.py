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
    r"|parcel|consignment|confirmation|customer|member|membership|meter|mpan|mprn|policy"
    r"|claim|serial|imei|model|flight|contract|loyalty)\b\.?\s*(?:number|num|no\.?|id|code)?\s*(?:is|:|-)?\s*#?\s*"
)


# A PERSON span ending in one of these, or followed by one, names a company, a team or a
# product ("Northgate Bank", "Hello Brightmart team", "TV Max bundle"). Words that are also
# surnames are left out.
_ORGANISATION_WORDS = frozenset(
    """airline airlines airways bank broadband building bundle co company contract council
    deal direct electric energy fibre finance gas group holidays hotel hotels inc insurance
    limited llc ltd media membership mobile motors package plan plc rail railways services
    society subscription support tariff team telecom travel utilities water coaches buses
    complaints customer care""".split()
)
# Words the NER model tags as people at the start of a line or form field ("Card charged:",
# "Meter point", "Jun", "On Fri"); a PERSON span made only of these is not a name.
_NEVER_A_NAME = frozenset(
    """account amount bill billing booking card charge charged claim delivery flight hello hi
    invoice message meter node order parcel payment phone point reference refund subject tel
    ticket wan ip on jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu
    thur thurs fri sat sun""".split()
)
_WORD = re.compile(r"[\w&'.]+")


class NotPiiFilter:
    """Removes spans inside references, order numbers and amounts, and PERSON brands."""

    PATTERNS: tuple[str, ...] = (
        _ID_CUE + r"(?P<span>(?=[a-z0-9/-]*\d)(?=[a-z0-9/-]{3})[a-z0-9](?:[a-z0-9/-]*[a-z0-9])?)",
        r"(?P<span>(?:[£$€]|\b(?:gbp|usd|eur)\s?)\d[\d,]*(?:\.\d{1,2})?)",
        r"(?P<span>\b\d[\d,]*(?:\.\d{1,2})?\s?(?:pounds|quid|dollars|euros|pence|p)\b)",
        # Software versions look like IPv4 addresses: "firmware 9.9.9.99", "v2.1.0.4".
        r"\b(?:version|firmware|software|build|v)\s*:?\s*(?P<span>\d+(?:\.\d+){1,3})",
    )

    def __init__(
        self, reference_pattern: str, brands: Iterable[str], placeholders: Iterable[str] = ()
    ) -> None:
        # Text redacted once is redacted again (slots, then the store): a placeholder such as
        # <PHONE_NUMBER> must never be mistaken for a name.
        marks = "|".join(re.escape(p) for p in sorted(set(placeholders), key=len, reverse=True))
        self._placeholders = re.compile(rf"<[A-Z_]{{3,}}>{'|' + marks if marks else ''}")
        patterns = (rf"(?P<span>\b{reference_pattern}\b)", *self.PATTERNS)
        self._patterns = [re.compile(p, re.IGNORECASE) for p in patterns]
        names = sorted({name.lower() for name in brands}, key=len, reverse=True)
        alternatives = "|".join(re.escape(name) for name in names) or r"(?!)"
        self._brands = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)

    def protected_ranges(self, text: str) -> list[tuple[int, int]]:
        """Character ranges that are references, order numbers or amounts."""
        return [m.span("span") for pattern in self._patterns for m in pattern.finditer(text)]

    def keep(self, text: str, spans: Iterable[PiiSpan]) -> list[PiiSpan]:
        spans = list(spans)
        protected = self.protected_ranges(text)
        brands = (
            [m.span() for m in self._brands.finditer(text)]
            if any(span.type == "PERSON" for span in spans)
            else []
        )
        placeholders = [m.span() for m in self._placeholders.finditer(text)]
        return [
            span
            for span in spans
            if not any(start <= span.start and span.end <= end for start, end in protected)
            and not any(start < span.end and span.start < end for start, end in placeholders)
            and not (span.type == "PERSON" and self._is_brand(text, span, brands))
        ]

    @staticmethod
    def _is_brand(text: str, span: PiiSpan, brands: list[tuple[int, int]]) -> bool:
        """Products have digits ("Pixel 8"); brands start at or before the span ("Premier Inn");
        companies end in, or come before, words like Bank or team."""
        name = text[span.start : span.end]
        if any(ch.isdigit() for ch in name):
            return True
        words = _WORD.findall(name.lower())
        if sum(ch.isalpha() for ch in name) < 2 or all(w in _NEVER_A_NAME for w in words):
            return True
        start = span.start + 4 if name.lower().startswith("the ") else span.start
        if any(b_start <= start < b_end for b_start, b_end in brands):
            return True
        words = _WORD.findall(name.lower())
        following = (
            _WORD.match(text, span.end + 1) if text[span.end : span.end + 1] == " " else None
        )
        return bool(words) and (
            words[-1] in _ORGANISATION_WORDS
            or (following is not None and following.group().lower() in _ORGANISATION_WORDS)
        )
