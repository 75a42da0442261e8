"""Language identification with langdetect, seeded so the same text always gets the same answer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from threading import Lock

UNDETERMINED = "und"
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_init_lock = Lock()
_seeded = False


@dataclass(frozen=True)
class LanguageGuess:
    code: str
    confidence: float

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "confidence": round(self.confidence, 3)}


def _ensure_seeded() -> None:
    # langdetect is random by default; a fixed seed makes results repeatable.
    global _seeded
    with _init_lock:
        if not _seeded:
            from langdetect import DetectorFactory

            DetectorFactory.seed = 0
            _seeded = True


def detect_language(text: str, min_letters: int = 15) -> LanguageGuess:
    """Best guess at the language of `text`; `und` when there are too few letters to tell."""
    if len(_LETTERS.findall(text)) < min_letters:
        return LanguageGuess(UNDETERMINED, 0.0)
    _ensure_seeded()
    from langdetect import LangDetectException, detect_langs

    try:
        best = detect_langs(text)[0]
    except LangDetectException:
        return LanguageGuess(UNDETERMINED, 0.0)
    return LanguageGuess(str(best.lang), float(best.prob))
