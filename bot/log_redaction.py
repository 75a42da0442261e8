"""Every log record in the process passes through PII redaction, whoever emits it.

Installed as the LogRecord class rather than a handler filter: Rasa, Sanic and rasa-sdk
replace handlers while they start, but all of them (and Rasa's structlog, which renders into
stdlib logging) create records through the record factory. The message is redacted when a
handler first formats it, so filtered-out debug records cost nothing.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from bot.pii.event_redaction import CachedRedactor, redact_value

WITHHELD = "[log message withheld: it could not be redacted]"
_state = threading.local()


# Rasa's structlog keys that dump whole conversation states: mixed text that detection cannot
# read reliably, so they are withheld from the logs rather than redacted.
WITHHELD_KEYS = frozenset({
    "tracker_states", "current_states", "old_states", "states", "prediction_events",
    "rasa_events", "rasa_event", "tracker_latest_message", "slot_candidates", "successes",
    "json_message", "prefilled_slots", "slot_values",
})  # fmt: skip


def redact_message(message: str, redact: Callable[[str], str]) -> str:
    """Rasa's structlog lines are JSON: redact each value on its own, where names are easy
    to spot ("Sam Example"), rather than the JSON text (where they are not)."""
    if message.startswith("{"):
        try:
            document = json.loads(message)
        except ValueError:
            document = None
        if isinstance(document, dict):
            kept = {
                key: "[withheld]" if key in WITHHELD_KEYS else redact_value(value, redact)
                for key, value in document.items()
            }
            return json.dumps(kept, ensure_ascii=False)
    return redact(message)


class RedactingLogRecord(logging.LogRecord):
    redact: ClassVar[Callable[[str], str] | None] = None

    def getMessage(self) -> str:  # noqa: N802 - the logging API's name
        cached = self.__dict__.get("_redacted_message")
        if cached is not None:
            return cached
        message = super().getMessage()
        redact = type(self).redact
        if redact is None:
            return message
        if getattr(_state, "redacting", False):
            return WITHHELD  # logged by the redaction itself: do not recurse
        _state.redacting = True
        try:
            redacted = redact_message(message, redact)
            if self.exc_info and not self.exc_text:
                # Exception messages quote input too; the formatter reuses exc_text.
                self.exc_text = redact(logging.Formatter().formatException(self.exc_info))
        except Exception:  # noqa: BLE001 - never let logging leak the text or crash
            redacted = WITHHELD
            self.exc_text = WITHHELD if self.exc_info else self.exc_text
        finally:
            _state.redacting = False
        self.__dict__["_redacted_message"] = redacted
        return redacted


def install_log_redaction(redact: Callable[[str], str]) -> None:
    """From now on every log message in this process is redacted with `redact`."""
    RedactingLogRecord.redact = staticmethod(CachedRedactor(redact))
    logging.setLogRecordFactory(RedactingLogRecord)


def uninstall_log_redaction() -> None:
    RedactingLogRecord.redact = None
    logging.setLogRecordFactory(logging.LogRecord)


def record_factory_installed() -> bool:
    factory: Any = logging.getLogRecordFactory()
    return factory is RedactingLogRecord and RedactingLogRecord.redact is not None
