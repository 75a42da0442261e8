"""Redacting Rasa event dicts: customer text goes, the structure the dialogue needs stays."""

from __future__ import annotations

from typing import Any

import pytest

from bot.pii.event_redaction import CachedRedactor, redact_event


def fake_redact(text: str) -> str:
    return "<REDACTED>"


TOKEN = "vt_" + "0f" * 16


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        (
            {"event": "user", "text": "hi I'm Sam", "input_channel": "rest",
             "parse_data": {"text": "hi I'm Sam", "intent": {"name": "greet", "confidence": 1.0},
                            "entities": [{"entity": "name", "value": "Sam", "start": 7}]},
             "metadata": {"from": "sam@example.com"}},
            {"event": "user", "text": "<REDACTED>", "input_channel": "rest",
             "parse_data": {"text": "<REDACTED>", "intent": {"name": "greet", "confidence": 1.0},
                            "entities": [{"entity": "name", "value": "<REDACTED>", "start": 7}]},
             "metadata": {"from": "<REDACTED>"}},
        ),
        (
            {"event": "bot", "text": "Thanks Sam", "metadata": {"utter_action": "utter_thanks"},
             "data": {"buttons": [{"title": "Yes Sam", "payload": "/affirm"}]}},
            {"event": "bot", "text": "<REDACTED>", "metadata": {"utter_action": "utter_thanks"},
             "data": {"buttons": [{"title": "<REDACTED>", "payload": "/affirm"}]}},
        ),
        ({"event": "slot", "name": "description", "value": "Sam's story"},
         {"event": "slot", "name": "description", "value": "<REDACTED>"}),
        ({"event": "slot", "name": "contact_email", "value": TOKEN},
         {"event": "slot", "name": "contact_email", "value": TOKEN}),
        ({"event": "slot", "name": "requested_slot", "value": "description"},
         {"event": "slot", "name": "requested_slot", "value": "description"}),
        ({"event": "slot", "name": "field_failures", "value": {"contact_email": 2}},
         {"event": "slot", "name": "field_failures", "value": {"contact_email": 2}}),
        ({"event": "action", "name": "action_listen", "policy": "RulePolicy"},
         {"event": "action", "name": "action_listen", "policy": "RulePolicy"}),
        ({"event": "active_loop", "name": "complaint_form"},
         {"event": "active_loop", "name": "complaint_form"}),
    ],
)  # fmt: skip
def test_when_an_event_is_redacted_then_only_customer_text_changes(
    event: dict[str, Any], expected: dict[str, Any]
) -> None:
    assert redact_event(event, CachedRedactor(fake_redact)) == expected


def test_when_the_same_text_is_redacted_again_then_the_cache_answers() -> None:
    calls: list[str] = []

    def counting(text: str) -> str:
        calls.append(text)
        return text.replace("Sam", "<PERSON>")

    redactor = CachedRedactor(counting, size=8)

    assert redactor("hi Sam") == "hi <PERSON>"
    assert redactor("hi Sam") == "hi <PERSON>"
    assert redactor("hi <PERSON>") == "hi <PERSON>"  # already redacted output
    assert calls == ["hi Sam"]
