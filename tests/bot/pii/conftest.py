"""One detector for the whole session: loading spaCy takes seconds, detecting milliseconds."""

from __future__ import annotations

import pytest

from bot.pii import PiiDetector, get_detector
from tests.bot.pii.helpers import Found


@pytest.fixture(scope="session")
def detector() -> PiiDetector:
    built = get_detector()
    built.warm_up()
    return built


@pytest.fixture(scope="session")
def found(detector: PiiDetector) -> Found:
    """(type, matched text) for every span the detector reports in a text."""

    def spans_of(text: str) -> list[tuple[str, str]]:
        return [(span.type, text[span.start : span.end]) for span in detector.detect(text)]

    return spans_of
