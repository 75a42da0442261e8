"""action_decline_complaint_offer: a declined remark is kept as feedback; nothing else is."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from rasa_sdk.executor import CollectingDispatcher

from actions.decline_complaint_offer import DeclineComplaintOffer
from actions.record_feedback import THANKS
from bot.store.engine import sqlite_url_for
from tests.actions.stored import feedback_rows
from tests.actions.trackers import SENDER_ID, make_tracker, slot_changes, texts

REMARK = "Your website is slow and confusing to use on my phone"
CLEARED = {"pending_text": None, "pending_kind": None}


async def decline(domain: dict[str, Any], kind: str) -> tuple[list[dict], list[str]]:
    dispatcher = CollectingDispatcher()
    slots = {"pending_text": REMARK, "pending_kind": kind}
    tracker = make_tracker("no thanks", "deny", slots=slots, active_loop=None, channel="rest")
    events = await DeclineComplaintOffer().run(dispatcher, tracker, domain)
    return events, texts(dispatcher)


async def test_when_a_remark_is_not_made_a_complaint_then_it_is_recorded_as_feedback(
    domain: dict[str, Any], database_url: str
) -> None:
    events, messages = await decline(domain, "remark")

    assert messages == [THANKS["remark"]]
    assert slot_changes(events) == CLEARED
    [row] = feedback_rows(database_url)
    assert row["kind"] == "remark"
    assert row["text"] == REMARK
    assert row["channel"] == "rest"
    assert row["conversation_id"] == SENDER_ID


async def test_when_an_unclear_message_is_not_a_complaint_then_nothing_is_recorded(
    domain: dict[str, Any], database_url: str
) -> None:
    events, messages = await decline(domain, "unsure")

    assert feedback_rows(database_url) == []
    assert slot_changes(events) == CLEARED
    assert messages == [
        "No problem. I can take a complaint, pass on feedback, or check the status of a "
        "complaint you've made — just tell me which."
    ]


async def test_when_the_remark_cannot_be_stored_then_the_customer_is_still_thanked(
    domain: dict[str, Any], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", sqlite_url_for(tmp_path / "missing" / "complaints.db"))

    events, messages = await decline(domain, "remark")

    assert messages == ["Thank you for letting us know."]
    assert slot_changes(events) == CLEARED
