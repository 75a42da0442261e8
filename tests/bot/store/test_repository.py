"""ComplaintStore: submitting, reading, changing status and recording feedback."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.errors import StoreError
from bot.store.repository import ComplaintStore
from tests.bot.store.conftest import redact_text
from tests.bot.store.factories import SUBMITTED_AT, new_complaint


def test_when_complaint_is_submitted_then_every_field_is_stored(store: ComplaintStore) -> None:
    new = new_complaint(vulnerable=True)

    submitted = store.submit_complaint(new)
    record = store.get_complaint(submitted.reference)

    assert submitted.reference == "CMP-2026-000001"
    assert submitted.status == "acknowledged"
    assert submitted.created_at == SUBMITTED_AT
    assert record is not None
    assert record.id == submitted.id
    assert record.reference == submitted.reference
    assert record.status == "acknowledged"
    assert record.customer_name_token == new.customer_name_token
    assert record.contact_email_token == new.contact_email_token
    assert record.contact_phone_token == new.contact_phone_token
    assert record.product == new.product
    assert record.description == new.description
    assert record.incident_date == date(2026, 3, 3)
    assert record.desired_outcome == new.desired_outcome
    assert record.consent is True
    assert record.consent_at == SUBMITTED_AT
    assert record.channel == "rest"
    assert record.conversation_id == "conv-0001"
    assert record.language == "en"
    assert record.policy_key == "fca_disp"
    assert record.acknowledge_due == date(2026, 3, 16)
    assert record.final_response_due == date(2026, 5, 4)
    assert record.vulnerable is True
    assert record.created_at == record.updated_at == SUBMITTED_AT


def test_when_complaint_is_submitted_then_created_and_acknowledged_events_are_logged(
    store: ComplaintStore,
) -> None:
    reference = store.submit_complaint(new_complaint()).reference

    events = store.events_for(reference)

    assert [(e.event_type, e.from_status, e.to_status, e.actor) for e in events] == [
        ("created", None, "received", "bot"),
        ("acknowledged", "received", "acknowledged", "bot"),
    ]
    assert events[0].detail == {"channel": "rest", "policy_key": "fca_disp"}
    assert events[1].detail == {"acknowledge_due": "2026-03-16", "final_response_due": "2026-05-04"}
    assert all(event.created_at == SUBMITTED_AT for event in events)


def test_when_timestamps_are_read_then_they_are_timezone_aware_utc(store: ComplaintStore) -> None:
    in_paris = SUBMITTED_AT.astimezone(timezone(timedelta(hours=1)))
    reference = store.submit_complaint(new_complaint(submitted_at=in_paris)).reference

    record = store.get_complaint(reference)

    assert record is not None
    assert record.created_at.utcoffset() == timedelta(0)
    assert record.created_at == SUBMITTED_AT


def test_when_consent_is_not_given_then_no_consent_time_is_stored(store: ComplaintStore) -> None:
    reference = store.submit_complaint(new_complaint(consent=False)).reference

    record = store.get_complaint(reference)

    assert record is not None
    assert (record.consent, record.consent_at, record.vulnerable) == (False, None, False)


def test_when_only_a_phone_is_given_then_the_complaint_is_stored_without_email(
    store: ComplaintStore,
) -> None:
    new = new_complaint(contact_email_token=None, acknowledge_due=None)
    record = store.get_complaint(store.submit_complaint(new).reference)

    assert record is not None
    assert (record.contact_email_token, record.contact_phone_token) == (
        None,
        new.contact_phone_token,
    )
    assert record.acknowledge_due is None


def test_when_submitted_at_is_naive_then_the_complaint_is_refused(store: ComplaintStore) -> None:
    with pytest.raises(StoreError):
        store.submit_complaint(new_complaint(submitted_at=datetime(2026, 3, 9, 14, 30)))


def test_when_reference_is_unknown_then_nothing_is_found(store: ComplaintStore) -> None:
    assert store.get_complaint("CMP-2026-999999") is None
    assert store.events_for("CMP-2026-999999") == []


def test_when_reference_is_typed_in_lower_case_then_the_complaint_is_found(
    store: ComplaintStore,
) -> None:
    reference = store.submit_complaint(new_complaint()).reference

    assert store.get_complaint(f" {reference.lower()} ") is not None


def test_when_status_changes_then_an_event_is_appended(store: ComplaintStore) -> None:
    reference = store.submit_complaint(new_complaint()).reference

    assert store.change_status(reference, "in_progress", "agent:42", note="Picked up")
    assert store.change_status(reference, "resolved", "agent:42")

    record = store.get_complaint(reference)
    events = store.events_for(reference)
    assert record is not None
    assert record.status == "resolved"
    assert record.updated_at > record.created_at
    assert [(e.event_type, e.from_status, e.to_status, e.actor) for e in events[2:]] == [
        ("status_changed", "acknowledged", "in_progress", "agent:42"),
        ("status_changed", "in_progress", "resolved", "agent:42"),
    ]
    assert events[2].detail == {"note": "Picked up"}
    assert events[3].detail == {}


def test_when_status_is_already_set_then_nothing_is_logged(store: ComplaintStore) -> None:
    reference = store.submit_complaint(new_complaint()).reference

    assert store.change_status(reference, "acknowledged", "system") is False
    assert len(store.events_for(reference)) == 2


@pytest.mark.parametrize(
    ("status", "actor", "reference"),
    [
        ("reopened", "agent:1", None),
        ("RESOLVED", "agent:1", None),
        ("resolved", " ", None),
        ("resolved", "agent:1", "CMP-2026-999999"),
    ],
)
def test_when_status_change_is_invalid_then_store_error_and_nothing_changes(
    store: ComplaintStore, status: str, actor: str, reference: str | None
) -> None:
    existing = store.submit_complaint(new_complaint()).reference

    with pytest.raises(StoreError):
        store.change_status(reference or existing, status, actor)

    record = store.get_complaint(existing)
    assert record is not None and record.status == "acknowledged"
    assert len(store.events_for(existing)) == 2


@pytest.mark.parametrize("kind", ["compliment", "suggestion", "remark"])
def test_when_feedback_is_recorded_then_it_is_stored_with_its_kind(
    store: ComplaintStore, engine: Engine, kind: str
) -> None:
    feedback_id = store.record_feedback(kind, "The agent was lovely.", "socketio", "conv-7", "en")

    with engine.connect() as connection:
        row = connection.execute(
            text("SELECT * FROM feedback WHERE id = :id"), {"id": feedback_id}
        ).one()
    assert (row.kind, row.text, row.channel, row.conversation_id, row.language) == (
        kind,
        "The agent was lovely.",
        "socketio",
        "conv-7",
        "en",
    )
    assert row.created_at is not None


def test_when_feedback_kind_is_unknown_then_it_is_refused_without_echoing_the_text(
    store: ComplaintStore,
) -> None:
    with pytest.raises(StoreError) as raised:
        store.record_feedback("rant", "Call me on 07700 900456", "rest", "conv-8", "en")

    assert "07700" not in str(raised.value)


def test_when_the_database_fails_then_store_error_holds_no_customer_data(
    database_url: str,
) -> None:
    from bot.store.engine import create_engine_for

    engine = create_engine_for(database_url)  # never migrated: the tables do not exist
    try:
        with pytest.raises(StoreError) as raised:
            ComplaintStore(engine, redact=redact_text).submit_complaint(new_complaint())
    finally:
        engine.dispose()

    message = str(raised.value)
    assert "Sam Example" not in message and "example.com" not in message
