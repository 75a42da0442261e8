"""Subject-access export and erasure: the right person's data, nothing else, both audited."""

from __future__ import annotations

import os

import pytest
from sqlalchemy.engine import Engine

from bot.errors import ConfigurationError
from bot.privacy import audit
from bot.privacy.requests import erase_subject, export_subject
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from tests.bot.store.factories import vaulted_complaint

SAM = {"name": "Sam Example", "email": "sam.example@example.com", "phone": "+447700900123"}
JO = {"name": "Jo Test", "email": "jo.test@example.org", "phone": "+447700900456"}


@pytest.fixture
def key() -> bytes:
    return parse_keys(os.environ["VAULT_KEYS"])[0]


@pytest.fixture
def lodged(store: ComplaintStore, vault: ContactVault) -> dict[str, list[str]]:
    sam = [store.submit_complaint(vaulted_complaint(vault, **SAM)).reference for _ in range(2)]
    jo = [store.submit_complaint(vaulted_complaint(vault, **JO)).reference]
    return {"sam": sam, "jo": jo}


@pytest.mark.parametrize(
    ("email", "phone"),
    [("Sam.Example@EXAMPLE.com", None), (None, "+44 7700 900123")],
)
def test_when_a_person_asks_for_their_data_then_the_export_has_theirs_only(
    store: ComplaintStore,
    vault: ContactVault,
    key: bytes,
    lodged: dict[str, list[str]],
    email: str | None,
    phone: str | None,
) -> None:
    export = export_subject(store, vault, key, email, phone, "cli:test")

    assert sorted(c["reference"] for c in export["complaints"]) == sorted(lodged["sam"])
    assert sorted(export["contact_details"]) == sorted(SAM.values())
    text = repr(export)
    assert all(value not in text for value in JO.values())
    assert export["complaints"][0]["history"][0]["event"] == "created"


def test_when_a_person_is_erased_then_the_vault_forgets_them_and_a_tombstone_stays(
    store: ComplaintStore,
    vault: ContactVault,
    key: bytes,
    lodged: dict[str, list[str]],
    engine: Engine,
) -> None:
    counts = erase_subject(store, vault, key, SAM["email"], None, "cli:test")

    assert counts == {"contact_entries": 6, "complaints": 2}
    assert vault.tokens_for("email", SAM["email"]) == []
    for reference in lodged["sam"]:
        record = store.get_complaint(reference)
        assert record is not None and record.contact_tokens == ()
        assert store.events_for(reference)[-1].event_type == "contact_erased"
    jo = store.get_complaint(lodged["jo"][0])
    assert jo is not None and vault.reveal(jo.contact_email_token) == JO["email"]
    again = export_subject(store, vault, key, SAM["email"], None, "cli:test")
    assert again == {"contact_details": [], "complaints": []}
    log = audit.entries(engine)
    assert [entry["action"] for entry in log] == ["erase", "export"]
    assert log[0]["subject_hash"] == log[1]["subject_hash"]
    assert all(value not in repr(log) for value in SAM.values())


def test_when_no_email_or_phone_is_given_then_the_request_is_refused(
    store: ComplaintStore, vault: ContactVault, key: bytes
) -> None:
    with pytest.raises(ConfigurationError, match="--email or --phone"):
        export_subject(store, vault, key, None, None, "cli:test")
