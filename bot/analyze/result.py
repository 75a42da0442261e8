"""Builds one analyze output record from the model's parse data (never echoing the input)."""

from __future__ import annotations

from typing import Any

from bot.analyze.kinds import FALLBACK_INTENT, kind_of
from bot.language import LanguageGuess
from bot.pii import Redaction

NO_DISTRESS: dict[str, Any] = {"level": "none", "score": 0.0, "signals": []}


def top_intent(parse_data: dict[str, Any]) -> tuple[str | None, float]:
    """The best real intent: when the fallback fired, the runner-up it overrode."""
    for candidate in parse_data.get("intent_ranking") or [parse_data.get("intent") or {}]:
        name = candidate.get("name")
        if name and name != FALLBACK_INTENT:
            return name, float(candidate.get("confidence") or 0.0)
    return None, 0.0


def analysis_record(
    item_id: Any,
    parse_data: dict[str, Any],
    language: LanguageGuess,
    fallback_threshold: float,
    redaction: Redaction,
) -> dict[str, Any]:
    name, confidence = top_intent(parse_data)
    chosen = (parse_data.get("intent") or {}).get("name")
    return {
        "id": item_id,
        "kind": kind_of(name),
        "intent": {"name": name, "confidence": round(confidence, 4)},
        # The bot asks "is this a formal complaint?" instead of acting when unsure.
        "uncertain": chosen == FALLBACK_INTENT or confidence < fallback_threshold,
        "language": language.as_dict(),
        # From the model's DistressDetector component: what the live bot would act on.
        "distress": dict(parse_data.get("distress") or NO_DISTRESS),
        "pii": [span.as_dict() for span in redaction.spans],
        # Fully masked when detection failed: the raw input is never printed.
        "redacted_text": redaction.text,
    }
