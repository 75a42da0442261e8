"""Every log record in the process passes through PII redaction, whoever emits it.

Installed as the LogRecord class rather than a handler filter: Rasa, Sanic and rasa-sdk
replace handlers while they start, but all of them (and Rasa's structlog, which renders into
stdlib logging) create records through the record factory. The message is redacted when a
handler first formats it, so filtered-out debug records cost nothing.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

WITHHELD = "[log message withheld: it could not be redacted]"
_state = threading.local()


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
            redacted = redact(message)
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
    RedactingLogRecord.redact = staticmethod(redact)
    logging.setLogRecordFactory(RedactingLogRecord)


def uninstall_log_redaction() -> None:
    RedactingLogRecord.redact = None
    logging.setLogRecordFactory(logging.LogRecord)


def record_factory_installed() -> bool:
    factory: Any = logging.getLogRecordFactory()
    return factory is RedactingLogRecord and RedactingLogRecord.redact is not None
