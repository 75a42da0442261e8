from __future__ import annotations

import pytest

from bot.analyze.kinds import kind_of
from bot.analyze.result import analysis_record
from bot.language import LanguageGuess
from bot.pii import PiiSpan, Redaction


@pytest.mark.parametrize(
    ("intent", "kind"),
    [
        ("complain", "complaint"),
        ("compliment", "feedback"),
        ("suggest", "feedback"),
        ("negative_remark", "feedback"),
        ("inquiry", "inquiry"),
        ("check_status", "inquiry"),
        ("request_human", "handoff_request"),
        ("greet", "other"),
        (None, "other"),
    ],
)
def test_when_intent_is_known_then_kind_follows_iso_10002(intent: str | None, kind: str) -> None:
    assert kind_of(intent) == kind


def test_when_fallback_fired_then_record_reports_the_runner_up_as_uncertain() -> None:
    parse = {
        "text": "secret words",
        "intent": {"name": "nlu_fallback", "confidence": 0.45},
        "intent_ranking": [
            {"name": "nlu_fallback", "confidence": 0.45},
            {"name": "complain", "confidence": 0.4},
        ],
    }
    redaction = Redaction("mail <EMAIL_ADDRESS>", (PiiSpan("EMAIL_ADDRESS", 5, 21, 1.0),))
    record = analysis_record("x", parse, LanguageGuess("en", 0.99), 0.45, redaction)
    assert record["kind"] == "complaint"
    assert record["intent"] == {"name": "complain", "confidence": 0.4}
    assert record["uncertain"] is True
    assert "secret words" not in str(record)
    assert record["distress"] == {"level": "none", "score": 0.0, "signals": []}
    assert record["pii"] == [{"type": "EMAIL_ADDRESS", "start": 5, "end": 21, "score": 1.0}]
    assert record["redacted_text"] == "mail <EMAIL_ADDRESS>"


def test_when_the_model_scored_distress_then_the_record_carries_it() -> None:
    distress = {"level": "high", "score": 0.75, "signals": ["despair"]}
    parse = {"intent": {"name": "complain", "confidence": 0.9}, "distress": distress}

    record = analysis_record("x", parse, LanguageGuess("en", 0.99), 0.45, Redaction("t", ()))

    assert record["distress"] == distress
