"""Migration 0002 moves plain contact rows into the encrypted vault, and 0001 gets them back."""

from __future__ import annotations

import os

import pytest
from sqlalchemy import text

from bot.errors import StoreError
from bot.store.engine import create_engine_for
from bot.store.migrate import current_revision, downgrade, upgrade
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from tests.bot.store.conftest import redact_text

CONTACT = {"name": "Sam Example", "email": "sam.example@example.com", "phone": "+447700900123"}
COMPLAINT_AT_0001 = """
INSERT INTO complaints (id, reference, status, contact_id, product, description, incident_date,
    desired_outcome, consent, channel, conversation_id, language, policy_key,
    final_response_due, vulnerable, created_at, updated_at)
VALUES (1, 'CMP-2026-000001', 'acknowledged', 1, 'Broadband', 'It keeps dropping.',
    '2026-03-03', 'A refund', TRUE, 'rest', 'conv-1', 'en', 'fca_disp', '2026-05-04', FALSE,
    '2026-03-09 14:30:00', '2026-03-09 14:30:00')
"""


def seed_at_0001(database_url: str) -> None:
    upgrade(database_url, "0001")
    engine = create_engine_for(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(
                text(
                    "INSERT INTO contacts (id, name, email, phone, created_at) "
                    "VALUES (1, :name, :email, :phone, '2026-03-09 14:30:00')"
                ),
                CONTACT,
            )
            connection.execute(text(COMPLAINT_AT_0001))
    finally:
        engine.dispose()


def dump(database_url: str) -> str:
    """Every value in every row of our tables, as one text to search."""
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            tables = ("complaints", "vault_entries", "complaint_events")
            return "\n".join(
                repr(tuple(row)) for table in tables
                for row in connection.execute(text(f"SELECT * FROM {table}"))
            )  # fmt: skip
    finally:
        engine.dispose()


def test_when_contacts_exist_then_upgrade_encrypts_them_and_downgrade_restores_them(
    database_url: str,
) -> None:
    seed_at_0001(database_url)

    upgrade(database_url)

    stored = dump(database_url)
    assert all(value not in stored for value in CONTACT.values())
    engine = create_engine_for(database_url)
    try:
        record = ComplaintStore(engine, redact=redact_text).get_complaint("CMP-2026-000001")
        assert record is not None
        vault = ContactVault(engine, parse_keys(os.environ["VAULT_KEYS"]))
        revealed = vault.reveal_many(record.contact_tokens)
        assert sorted(revealed.values()) == sorted(CONTACT.values())
        assert vault.tokens_for("email", "SAM.example@example.com") == [record.contact_email_token]
    finally:
        engine.dispose()

    downgrade(database_url, "0001")

    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            row = connection.execute(text("SELECT name, email, phone FROM contacts")).one()
            assert tuple(row) == tuple(CONTACT.values())
    finally:
        engine.dispose()


def test_when_contacts_exist_but_no_vault_key_is_set_then_upgrade_stops_and_changes_nothing(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    seed_at_0001(database_url)
    monkeypatch.delenv("VAULT_KEYS")

    with pytest.raises(StoreError):
        upgrade(database_url)

    assert current_revision(database_url) == "0001"
