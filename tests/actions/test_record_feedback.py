"""action_record_feedback: compliments, suggestions and remarks are stored as feedback."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.record_feedback import THANKS, RecordFeedback
from bot.store.engine import sqlite_url_for
from tests.actions.stored import feedback_rows
from tests.actions.trackers import SENDER_ID, make_tracker, texts


@pytest.mark.parametrize(
    ("intent", "text", "kind"),
    [
        ("compliment", "The engineer who came round was really helpful and kind", "compliment"),
        ("suggest", "You should let people book delivery slots in the evening", "suggestion"),
        ("negative_remark", "Your website is slow and confusing to use", "remark"),
        ("nlu_fallback", "The hold music is far too loud on the phone line", "remark"),
    ],
)
async def test_when_feedback_is_given_then_it_is_stored_with_its_kind_and_thanked(
    domain: dict[str, Any], database_url: str, intent: str, text: str, kind: str
) -> None:
    dispatcher = CollectingDispatcher()
    tracker = make_tracker(text, intent, slots={}, active_loop=None, channel="socketio")

    events = await RecordFeedback().run(dispatcher, tracker, domain)

    assert events == []
    assert texts(dispatcher) == [THANKS[kind]]
    rows = feedback_rows(database_url)
    assert len(rows) == 1
    assert rows[0]["kind"] == kind
    assert rows[0]["text"] == text
    assert rows[0]["channel"] == "socketio"
    assert rows[0]["conversation_id"] == SENDER_ID
    assert rows[0]["language"] == "en"


async def test_when_feedback_cannot_be_stored_then_the_customer_is_told(
    domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url_for(tmp_path / "not-migrated.db"))
    dispatcher = CollectingDispatcher()
    tracker = make_tracker("Lovely service, thank you all", "compliment", active_loop=None)

    await RecordFeedback().run(dispatcher, tracker, domain)

    assert texts(dispatcher) == [
        "Thank you. I couldn't save that just now because of a problem on our side — please "
        "try again a little later."
    ]
