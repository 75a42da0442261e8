"""`complaintbot privacy ...` from the command line: clear refusals, private files, audit."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from bot.cli import main
from bot.privacy import audit
from bot.settings import get_settings
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from tests.bot.store.factories import vaulted_complaint


@pytest.fixture(autouse=True)
def cli_database(
    database_url: str, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    monkeypatch.setenv("DATABASE_URL", database_url)
    monkeypatch.setenv("COMPLAINTBOT_OPERATOR", "dpo-test")
    get_settings.cache_clear()
    yield
    get_settings.cache_clear()


def test_when_export_goes_to_a_file_then_only_the_owner_can_read_it(
    store: ComplaintStore, vault: ContactVault, tmp_path: Path, engine: Engine
) -> None:
    store.submit_complaint(vaulted_complaint(vault))
    out = tmp_path / "sar.json"

    assert main(["privacy", "export", "--email", "sam.example@example.com", "--out", str(out)]) == 0

    assert out.stat().st_mode & 0o777 == 0o600
    assert "sam.example@example.com" in json.loads(out.read_text())["contact_details"]
    assert audit.entries(engine)[-1]["actor"] == "cli:dpo-test"


def test_when_erase_is_not_confirmed_and_there_is_no_terminal_then_nothing_is_erased(
    store: ComplaintStore,
    vault: ContactVault,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("sys.stdin.isatty", lambda: False)
    store.submit_complaint(vaulted_complaint(vault))

    assert main(["privacy", "erase", "--email", "sam.example@example.com"]) == 2

    assert "add --yes" in capsys.readouterr().err
    assert vault.tokens_for("email", "sam.example@example.com") != []


def test_when_erase_is_confirmed_then_the_person_is_gone(
    store: ComplaintStore, vault: ContactVault
) -> None:
    store.submit_complaint(vaulted_complaint(vault))

    assert main(["privacy", "erase", "--email", "sam.example@example.com", "--yes"]) == 0

    assert vault.tokens_for("email", "sam.example@example.com") == []


def test_when_no_vault_key_is_set_then_the_error_says_how_to_make_one(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.delenv("VAULT_KEYS")
    get_settings.cache_clear()

    assert main(["privacy", "purge"]) == 2

    assert "complaintbot privacy new-key" in capsys.readouterr().err
    assert os.environ.get("VAULT_KEYS") is None
