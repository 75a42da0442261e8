"""What the customer hears at handoff, and the crisis lines by language."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.errors import ConfigurationError
from bot.handoff.crisis import crisis_message, load_crisis_resources
from bot.handoff.messages import handoff_messages, reason_for


@pytest.mark.parametrize(
    ("intent", "level", "signals", "reason"),
    [
        ("complain", "high", ["self_harm"], "self_harm"),
        ("complain", "high", ["despair", "bereavement"], "distress_high"),
        ("nlu_fallback", "none", [], "misunderstood"),
        ("request_human", "low", ["profanity"], "request"),
    ],
)
def test_when_a_handoff_starts_then_its_reason_follows_the_strongest_cause(
    intent: str, level: str, signals: list[str], reason: str
) -> None:
    assert reason_for(intent, level, signals) == reason


@pytest.mark.parametrize(("language", "number"), [("en", "116 123"), ("es", "024"),
                                                  ("fr", "3114"), ("de", "0800 111 0 111"),
                                                  ("pt", "116 123")])  # fmt: skip
def test_when_crisis_lines_are_given_then_they_match_the_language(
    language: str, number: str
) -> None:
    assert number in crisis_message(language)


def test_when_self_harm_hands_off_then_crisis_lines_come_between_empathy_and_next_steps() -> None:
    messages = handoff_messages("self_harm", "CRISIS", "CMP-2026-000007")

    assert messages[1] == "CRISIS"
    assert "CMP-2026-000007" in messages[2]


def test_when_the_crisis_file_lacks_english_then_the_error_says_so(tmp_path: Path) -> None:
    path = tmp_path / "crisis.yml"
    path.write_text("fr: appelez le 3114\n", encoding="utf-8")

    with pytest.raises(ConfigurationError, match="`en`"):
        load_crisis_resources(path)
