"""The contact vault on SQLite and PostgreSQL: encrypted at rest, found by value, rotatable."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from cryptography.fernet import Fernet
from sqlalchemy import text
from sqlalchemy.engine import Engine

from bot.errors import ConfigurationError
from bot.store.columns import utc_now
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from bot.vault.tokens import is_token
from tests.bot.store.factories import new_complaint

EMAIL = "sam.example@example.com"


def stored_rows(engine: Engine) -> str:
    with engine.connect() as connection:
        return repr(connection.execute(text("SELECT * FROM vault_entries")).all())


def test_when_a_value_is_put_then_only_a_token_comes_back_and_the_row_is_ciphertext(
    vault: ContactVault, engine: Engine
) -> None:
    token = vault.put("email", EMAIL)

    assert is_token(token)
    assert EMAIL not in stored_rows(engine)
    assert vault.reveal(token) == EMAIL


@pytest.mark.parametrize(
    ("kind", "stored", "searched"),
    [
        ("email", EMAIL, "  SAM.Example@example.COM "),
        ("phone", "+447700900123", "+44 7700 900123"),
        ("name", "Sam  Example", "sam example"),
    ],
)
def test_when_searched_in_another_spelling_then_the_entry_is_found(
    vault: ContactVault, kind: str, stored: str, searched: str
) -> None:
    token = vault.put(kind, stored)
    vault.put(kind, "someone.else@example.org" if kind == "email" else "+447700900999")

    assert vault.tokens_for(kind, searched) == [token]


def test_when_deleted_then_the_token_reveals_nothing(vault: ContactVault) -> None:
    token = vault.put("phone", "+447700900123")

    assert vault.delete([token]) == 1
    assert vault.reveal(token) is None


def test_when_keys_rotate_then_old_entries_still_open_and_rotate_moves_them_to_the_new_key(
    vault: ContactVault, engine: Engine
) -> None:
    token = vault.put("email", EMAIL)
    old_keys = parse_keys(os.environ["VAULT_KEYS"])
    new_key = Fernet.generate_key()
    rotating = ContactVault(engine, (new_key, *old_keys))

    assert rotating.reveal(token) == EMAIL
    assert rotating.tokens_for("email", EMAIL) == [token]
    assert rotating.rotate() == 1

    new_only = ContactVault(engine, (new_key,))
    assert new_only.reveal(token) == EMAIL
    assert new_only.tokens_for("email", EMAIL) == [token]
    with pytest.raises(ConfigurationError, match="cannot be decrypted"):
        vault.reveal(token)  # the old key alone no longer opens it


def test_when_entries_are_old_and_unlinked_then_purge_removes_only_those(
    vault: ContactVault, store: ComplaintStore
) -> None:
    linked = vault.put("email", EMAIL)
    store.submit_complaint(new_complaint(contact_email_token=linked))
    abandoned = vault.put("email", "abandoned@example.com")

    assert vault.delete_unreferenced(utc_now() - timedelta(days=1)) == 0
    assert vault.delete_unreferenced(utc_now() + timedelta(seconds=1)) == 1
    assert vault.reveal(linked) == EMAIL
    assert vault.reveal(abandoned) is None


@pytest.mark.parametrize(
    ("raw", "problem"),
    [(None, "not set"), ("", "not set"), ("not-a-key", "key 1 is not a Fernet key")],
)
def test_when_vault_keys_are_missing_or_malformed_then_the_error_says_which(
    raw: str | None, problem: str
) -> None:
    with pytest.raises(ConfigurationError, match=problem) as raised:
        parse_keys(raw)
    assert "not-a-key" not in str(raised.value)
