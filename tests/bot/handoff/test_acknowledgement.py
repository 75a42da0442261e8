"""Low distress: an acknowledgement that fits what the customer said, once."""

from __future__ import annotations

import pytest

from bot.handoff.acknowledgement import FRUSTRATED_TEXT, VULNERABLE_TEXT, acknowledgement_for


@pytest.mark.parametrize(
    ("distress", "done", "expected"),
    [
        ({"level": "low", "signals": ["illness"]}, False, VULNERABLE_TEXT),
        ({"level": "low", "signals": ["repeated_contact", "profanity"]}, False, FRUSTRATED_TEXT),
        ({"level": "low", "signals": ["illness"]}, True, None),
        ({"level": "none", "signals": []}, False, None),
        ({"level": "high", "signals": ["despair"]}, False, None),  # the handoff speaks instead
    ],
)
def test_when_distress_is_low_then_the_acknowledgement_fits_and_comes_once(
    distress: dict[str, object], done: bool, expected: str | None
) -> None:
    assert acknowledgement_for(distress, done) == expected
