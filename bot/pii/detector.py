"""Finds and redacts PII in customer text; one shared detector per configuration.

Redaction fails closed: if detection raises, the whole text is masked, never passed on.
"""

from __future__ import annotations

import logging
from threading import Lock
from typing import TYPE_CHECKING

from bot.pii.config import PiiConfig
from bot.pii.masking import mask_all, replace_spans
from bot.pii.name_expansion import expand_person_spans
from bot.pii.not_pii_filter import NotPiiFilter
from bot.pii.overlaps import resolve_overlaps
from bot.pii.spans import PII_TYPES, PiiSpan, Redaction

if TYPE_CHECKING:
    from presidio_analyzer import AnalyzerEngine

logger = logging.getLogger(__name__)

# Touches every recognizer once (regexes compiled, suffix list parsed) before real traffic.
_WARM_UP_TEXT = (
    "My name is Sam Example, call 07700 900123 or mail sam@example.com; "
    "card 4111 1111 1111 1111, DOB 01/02/1980, 221B Baker Street, SW1A 1AA."
)


class PiiDetector:
    """Detects PII with Presidio on spaCy; the engine is built on first use, then reused."""

    def __init__(self, config: PiiConfig, *, analyzer: AnalyzerEngine | None = None) -> None:
        """`analyzer` shares an engine that is already built (same spaCy model)."""
        self.config = config
        self._filter = NotPiiFilter(
            config.reference_pattern,
            config.brands,
            [config.placeholder(pii_type) for pii_type in PII_TYPES],
        )
        self._analyzer = analyzer
        self._lock = Lock()

    @property
    def analyzer(self) -> AnalyzerEngine:
        """The Presidio engine, built (and warmed up) once."""
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    from bot.pii.analyzer_provider import LANGUAGE, create_analyzer

                    analyzer = create_analyzer(self.config)
                    analyzer.analyze(_WARM_UP_TEXT, language=LANGUAGE)
                    self._analyzer = analyzer
        return self._analyzer

    def warm_up(self) -> None:
        """Build the engine now rather than on the first message."""
        _ = self.analyzer

    def detect(self, text: str) -> list[PiiSpan]:
        """Non-overlapping PII spans, sorted by start; offsets into `text`."""
        if not text.strip():
            return []
        results = self.analyzer.analyze(
            text,
            language="en",
            entities=list(PII_TYPES),
            score_threshold=self.config.min_score,
        )
        spans = [
            PiiSpan(res.entity_type, res.start, res.end, round(float(res.score), 3))
            for res in results
            if res.entity_type in PII_TYPES and res.end > res.start
        ]
        return resolve_overlaps(expand_person_spans(text, self._filter.keep(text, spans)))

    def redact_text(self, text: str) -> str:
        """Only the redacted text (what stores and log handlers keep)."""
        return self.redact(text).text

    def redact(self, text: str) -> Redaction:
        """`text` with PII replaced by typed placeholders; fully masked if detection fails."""
        try:
            spans = self.detect(text)
            return Redaction(replace_spans(text, spans, self.config.placeholder), tuple(spans))
        except Exception as err:  # noqa: BLE001 - fail closed whatever went wrong
            # The exception type only: messages from the NLP stack may quote the text.
            logger.error("PII detection failed (%s); message fully masked", type(err).__name__)
            return Redaction(mask_all(text), (), failed=True)


_detectors: dict[PiiConfig, PiiDetector] = {}
_detectors_lock = Lock()


def get_detector(config: PiiConfig | None = None) -> PiiDetector:
    """The process-wide detector for `config` (default settings when None)."""
    config = config if config is not None else PiiConfig()
    with _detectors_lock:
        detector = _detectors.get(config)
        if detector is None:
            detector = _detectors[config] = PiiDetector(config)
        return detector
