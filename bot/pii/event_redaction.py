"""Redaction of Rasa events (as dicts): every free-text value, none of the structure.

Intent, entity and action names, slot names, timestamps and ids stay as they are so the
tracker can be replayed; user and bot text, parse data, entity values, slot values, buttons
and metadata are redacted. Vault tokens and dialogue identifiers are skipped unchanged.
"""

from __future__ import annotations

import hashlib
import re
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from bot.vault.tokens import is_token

# Per event type, the fields that may carry customer text; other event types: metadata only.
TEXT_FIELDS: dict[str, tuple[str, ...]] = {
    "user": ("text", "parse_data", "metadata"),
    "bot": ("text", "data", "metadata"),
    "slot": ("value",),
    "entities": ("entities",),
    "action": ("action_text", "metadata"),
}
OTHER_EVENT_FIELDS = ("metadata",)
# Keys inside those fields whose values are names, scores or offsets, never customer text.
STRUCTURAL_KEYS = frozenset({
    "intent", "intent_ranking", "response_selector", "entity", "extractor", "role", "group",
    "start", "end", "confidence", "confidence_entity", "processors", "message_id", "name",
    "utter_action", "model_id", "assistant_id", "template_name", "input_channel",
})  # fmt: skip
# Slots that only ever hold slot or form names.
STRUCTURAL_SLOTS = frozenset({"requested_slot"})
# "utter_greet", "action_listen", "/affirm": names and intent payloads, not text.
_IDENTIFIER = re.compile(r"/?[a-z][a-z0-9]*(?:_[a-z0-9]+)+|/[a-z][a-z0-9_]*")

Redact = Callable[[str], str]


class CachedRedactor:
    """Remembers recent results by digest (not by text), so re-saving a tracker is cheap."""

    def __init__(self, redact: Redact, size: int = 4096) -> None:
        self._redact = redact
        self._size = size
        self._cache: OrderedDict[bytes, str] = OrderedDict()
        self._lock = threading.Lock()  # log records arrive from many threads

    def __call__(self, text: str) -> str:
        if not text.strip() or is_token(text) or _IDENTIFIER.fullmatch(text):
            return text
        key = hashlib.sha256(text.encode("utf-8")).digest()
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self._cache.move_to_end(key)
                return cached
        redacted = self._redact(text)
        with self._lock:
            self._cache[key] = redacted
            # A redacted text redacts to itself: remember that too.
            self._cache[hashlib.sha256(redacted.encode("utf-8")).digest()] = redacted
            while len(self._cache) > self._size:
                self._cache.popitem(last=False)
        return redacted


def redact_value(value: Any, redact: Redact) -> Any:
    """Strings redacted at any depth; structural keys of dicts left alone."""
    if isinstance(value, str):
        return redact(value)
    if isinstance(value, list):
        return [redact_value(item, redact) for item in value]
    if isinstance(value, dict):
        return {
            key: item if key in STRUCTURAL_KEYS else redact_value(item, redact)
            for key, item in value.items()
        }
    return value


def redact_event(event: dict[str, Any], redact: Redact) -> dict[str, Any]:
    """A copy of one event dict with its free-text fields redacted."""
    kind = event.get("event", "")
    if kind == "slot" and event.get("name") in STRUCTURAL_SLOTS:
        return dict(event)
    fields = TEXT_FIELDS.get(kind, OTHER_EVENT_FIELDS)
    return {
        key: redact_value(value, redact) if key in fields else value for key, value in event.items()
    }
