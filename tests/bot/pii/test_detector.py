from __future__ import annotations

import logging

import pytest

from bot.pii import PII_TYPES, PiiConfig, PiiDetector, PiiSpan, Redaction, get_detector

MESSAGE = (
    "Hi, my name is Sam Example and I was charged £30 twice on order #123456. "
    "Call 07700 900123 or email sam@example.com. I live at 221B Baker Street, London NW1 6XE. "
    "Reference CMP-2026-000123."
)
REDACTED = (
    "Hi, my name is <PERSON> and I was charged £30 twice on order #123456. "
    "Call <PHONE_NUMBER> or email <EMAIL_ADDRESS>. I live at <STREET_ADDRESS> <POSTCODE>. "
    "Reference CMP-2026-000123."
)
SECRET = "Sam Example 07700 900123"


def test_when_message_has_several_kinds_of_pii_then_each_gets_its_typed_placeholder(
    detector: PiiDetector,
) -> None:
    redaction = detector.redact(MESSAGE)
    assert (redaction.text, redaction.failed) == (REDACTED, False)


def test_when_pii_is_detected_then_spans_are_sorted_disjoint_and_point_into_the_original(
    detector: PiiDetector,
) -> None:
    spans = detector.detect(MESSAGE)
    assert [MESSAGE[s.start : s.end] for s in spans] == [
        "Sam Example",
        "07700 900123",
        "sam@example.com",
        "221B Baker Street, London",
        "NW1 6XE",
    ]
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert all(s.type in PII_TYPES and 0.4 <= s.score <= 1.0 for s in spans)
    assert detector.redact(MESSAGE).spans == tuple(spans)


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_when_text_is_blank_then_nothing_is_redacted(detector: PiiDetector, text: str) -> None:
    assert detector.redact(text) == Redaction(text, ())


def test_when_placeholders_are_overridden_then_those_types_use_them(
    detector: PiiDetector,
) -> None:
    config = PiiConfig(placeholders={"PERSON": "[name]", "PHONE_NUMBER": "#"})
    custom = PiiDetector(config, analyzer=detector.analyzer)
    text = "I'm Sam Example from Leeds, call 07700 900123 or sam@example.com"
    assert custom.redact(text).text == "I'm [name] from Leeds, call # or <EMAIL_ADDRESS>"


def test_when_min_score_is_raised_then_weaker_detections_are_dropped(
    detector: PiiDetector,
) -> None:
    strict = PiiDetector(PiiConfig(min_score=0.95), analyzer=detector.analyzer)
    text = "I'm Sam Example from Leeds, mail sam@example.com"
    assert [s.type for s in strict.detect(text)] == ["EMAIL_ADDRESS"]


def test_when_detection_raises_then_text_is_fully_masked_and_only_the_error_type_is_logged(
    detector: PiiDetector, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def explode(*args: object, **kwargs: object) -> list[object]:
        raise RuntimeError(f"could not parse {SECRET}")

    monkeypatch.setattr(detector.analyzer, "analyze", explode)
    with caplog.at_level(logging.DEBUG):
        redaction = detector.redact(f"Hi, I'm {SECRET}!")
    assert redaction == Redaction("**, *'* *** ******* ***** ******!", (), failed=True)
    assert "RuntimeError" in caplog.text
    assert "Sam" not in caplog.text and "07700" not in caplog.text


def test_when_the_model_cannot_be_loaded_then_redaction_fails_closed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    broken = PiiDetector(PiiConfig(spacy_model="/nonexistent/spacy-model"))
    with caplog.at_level(logging.ERROR):
        redaction = broken.redact(SECRET)
    assert redaction == Redaction("*** ******* ***** ******", (), failed=True)
    assert "ConfigurationError" in caplog.text and "Sam" not in caplog.text


def test_when_detect_raises_then_the_error_reaches_the_caller(
    detector: PiiDetector, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(detector.analyzer, "analyze", lambda *a, **k: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        detector.detect("anything")


def test_when_the_same_config_is_asked_for_twice_then_one_detector_is_shared() -> None:
    config = PiiConfig(placeholders={"PERSON": "[name]"})
    same = PiiConfig(placeholders={"PERSON": "[name]"})
    assert get_detector(config) is get_detector(same)
    assert get_detector(config) is not get_detector(PiiConfig())
    assert get_detector() is get_detector(PiiConfig())


def test_when_a_detector_is_created_then_nothing_heavy_is_built_yet() -> None:
    assert PiiDetector(PiiConfig(spacy_model="/nonexistent"))._analyzer is None


def test_when_spans_are_serialised_then_they_have_the_analyze_contract_fields() -> None:
    assert PiiSpan("EMAIL_ADDRESS", 3, 18, 1.0).as_dict() == {
        "type": "EMAIL_ADDRESS",
        "start": 3,
        "end": 18,
        "score": 1.0,
    }


@pytest.mark.parametrize(
    "text",
    [
        "I'm Sam Example and my neighbour on 07700 900461 takes my calls, sam@example.com",
        "Deliver to 221B Baker Street, London NW1 6XE, card 4111 1111 1111 1111",
    ],
)
def test_when_redacted_text_is_redacted_again_then_it_does_not_change(text: str) -> None:
    once = get_detector().redact(text).text

    assert get_detector().redact(once).text == once
