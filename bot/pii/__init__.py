"""PII detection and redaction (Presidio on spaCy) for everything the bot persists or logs."""

from __future__ import annotations

from bot.pii.config import PiiConfig
from bot.pii.detector import PiiDetector, get_detector
from bot.pii.spans import PII_TYPES, PiiSpan, Redaction

__all__ = ["PII_TYPES", "PiiConfig", "PiiDetector", "PiiSpan", "Redaction", "get_detector"]
