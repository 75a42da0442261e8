"""The store redacts every free text it writes, whoever calls it, and logs erasures."""

from __future__ import annotations

from datetime import timedelta

from bot.store.columns import utc_now
from bot.store.repository import ComplaintStore
from tests.bot.store.factories import new_complaint

STORY = (
    "My name is Sam Example and the router died; email me at sam.example@example.com "
    "or call 07700 900123 about order 4471203."
)


def test_when_a_description_holds_personal_data_then_the_stored_one_has_placeholders(
    store: ComplaintStore,
) -> None:
    new = new_complaint(description=STORY, desired_outcome="Call Sam Example on 07700 900123")

    record = store.get_complaint(store.submit_complaint(new).reference)

    assert record is not None
    assert "sam.example@example.com" not in record.description
    assert "07700 900123" not in record.description
    assert "<EMAIL_ADDRESS>" in record.description
    assert "order 4471203" in record.description  # order numbers are not personal data
    assert "07700 900123" not in record.desired_outcome


def test_when_feedback_holds_personal_data_then_it_is_stored_redacted(
    store: ComplaintStore,
) -> None:
    store.record_feedback("compliment", STORY, "rest", "conv-9", "en")

    with store.engine.connect() as connection:
        text = connection.exec_driver_sql("SELECT text FROM feedback").scalar_one()
    assert "sam.example@example.com" not in text and "<EMAIL_ADDRESS>" in text


def test_when_a_status_note_holds_personal_data_then_the_event_log_has_it_redacted(
    store: ComplaintStore,
) -> None:
    reference = store.submit_complaint(new_complaint()).reference

    store.change_status(
        reference, "closed", "agent:1", note="Refunded; told sam.example@example.com"
    )

    closing = store.events_for(reference)[-1]
    assert closing.detail["note"] == "Refunded; told <EMAIL_ADDRESS>"
    record = store.get_complaint(reference)
    assert record is not None and record.closed_at is not None
    assert store.closed_before(utc_now() + timedelta(seconds=1))[0].reference == reference
    assert store.closed_before(utc_now() - timedelta(days=1)) == []


def test_when_contacts_are_erased_then_tokens_go_and_a_tombstone_event_stays(
    store: ComplaintStore,
) -> None:
    new = new_complaint()
    reference = store.submit_complaint(new).reference
    assert [c.reference for c in store.complaints_holding([new.contact_email_token or ""])] == [
        reference
    ]

    record = store.get_complaint(reference)
    assert record is not None
    store.mark_contact_erased([record.id], "privacy-cli", "erasure request")

    erased = store.get_complaint(reference)
    assert erased is not None
    assert erased.contact_tokens == () and erased.contact_erased_at is not None
    assert store.events_for(reference)[-1].event_type == "contact_erased"
    assert store.complaints_holding([new.contact_email_token or ""]) == []
