"""Maps NLU intents to the message kinds of ISO 10002 used across the product."""

from __future__ import annotations

KIND_OF_INTENT = {
    "complain": "complaint",
    "compliment": "feedback",
    "suggest": "feedback",
    "negative_remark": "feedback",
    "inquiry": "inquiry",
    "check_status": "inquiry",
    "request_human": "handoff_request",
}
FALLBACK_INTENT = "nlu_fallback"


def kind_of(intent: str | None) -> str:
    """complaint | feedback | inquiry | handoff_request | other."""
    return KIND_OF_INTENT.get(intent or "", "other")
