"""complaint_events is append-only: the ORM and the database itself refuse UPDATE and DELETE."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from sqlalchemy import delete, select, text, update
from sqlalchemy.engine import Engine
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from bot.errors import StoreError
from bot.store.models import ComplaintEvent
from bot.store.repository import ComplaintStore
from tests.bot.store.factories import new_complaint


@pytest.fixture
def reference(store: ComplaintStore) -> str:
    return store.submit_complaint(new_complaint()).reference


def edit_one_event(session: Session) -> None:
    session.execute(select(ComplaintEvent).limit(1)).scalar_one().actor = "agent:forger"


def delete_one_event(session: Session) -> None:
    session.delete(session.execute(select(ComplaintEvent).limit(1)).scalar_one())


def bulk_update(session: Session) -> None:
    session.execute(update(ComplaintEvent).values(actor="agent:forger"))


def bulk_delete(session: Session) -> None:
    session.execute(delete(ComplaintEvent))


def legacy_query_update(session: Session) -> None:
    session.query(ComplaintEvent).update({"actor": "agent:forger"})


def legacy_query_delete(session: Session) -> None:
    session.query(ComplaintEvent).delete()


ORM_TAMPERING: list[Callable[[Session], None]] = [
    edit_one_event,
    delete_one_event,
    bulk_update,
    bulk_delete,
    legacy_query_update,
    legacy_query_delete,
]


@pytest.mark.parametrize("tamper", ORM_TAMPERING, ids=lambda tamper: tamper.__name__)
def test_when_an_event_is_changed_through_a_session_then_store_error(
    engine: Engine, store: ComplaintStore, reference: str, tamper: Callable[[Session], None]
) -> None:
    before = store.events_for(reference)

    with Session(engine, future=True) as session, pytest.raises(StoreError):
        tamper(session)
        session.commit()

    assert store.events_for(reference) == before


@pytest.mark.parametrize(
    "statement",
    [
        "UPDATE complaint_events SET actor = 'agent:forger'",
        "UPDATE complaint_events SET to_status = 'closed' WHERE event_type = 'created'",
        "DELETE FROM complaint_events",
        "DELETE FROM complaint_events WHERE event_type = 'acknowledged'",
    ],
)
def test_when_raw_sql_changes_an_event_then_the_database_rejects_it(
    engine: Engine, store: ComplaintStore, reference: str, statement: str
) -> None:
    before = store.events_for(reference)

    with pytest.raises(DBAPIError) as raised, engine.begin() as connection:
        connection.execute(text(statement))

    assert "append-only" in str(raised.value.orig)
    assert store.events_for(reference) == before


@pytest.mark.postgres
def test_when_events_are_truncated_on_postgresql_then_the_database_rejects_it(
    postgres_url: str,
) -> None:
    from bot.store.engine import create_engine_for
    from bot.store.migrate import upgrade

    upgrade(postgres_url)
    engine = create_engine_for(postgres_url)
    try:
        with pytest.raises(DBAPIError, match="append-only"), engine.begin() as connection:
            connection.execute(text("TRUNCATE complaint_events CASCADE"))
    finally:
        engine.dispose()


def test_when_an_event_is_added_then_the_log_grows(
    engine: Engine, store: ComplaintStore, reference: str
) -> None:
    complaint = store.get_complaint(reference)
    assert complaint is not None
    with Session(engine, future=True) as session, session.begin():
        session.add(
            ComplaintEvent(
                complaint_id=complaint.id,
                event_type="note_added",
                actor="agent:7",
                detail={"note": "Called back"},
            )
        )

    events = store.events_for(reference)
    assert [event.event_type for event in events] == ["created", "acknowledged", "note_added"]
    assert events[-1].detail == {"note": "Called back"}
    assert events[-1].created_at.tzinfo is not None
