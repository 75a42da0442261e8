"""status_for_contact: the status only for the right reference AND the right contact."""

from __future__ import annotations

import pytest

from bot.store import contact_match
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.status_check import status_for_contact
from tests.bot.store.factories import vaulted_complaint

OTHER = {"name": "Jo Test", "email": "jo.test@example.com", "phone": "+447700900456"}


@pytest.fixture
def references(store: ComplaintStore, vault: ContactVault) -> dict[str, str]:
    mine = store.submit_complaint(vaulted_complaint(vault)).reference
    other = vaulted_complaint(vault, **OTHER)
    return {"mine": mine, "other": store.submit_complaint(other).reference}


@pytest.mark.parametrize(
    ("which", "email", "phone", "expected"),
    [
        ("mine", "sam.example@example.com", None, "acknowledged"),
        ("mine", "  Sam.Example@EXAMPLE.com ", None, "acknowledged"),
        ("mine", None, "+447700900123", "acknowledged"),
        ("mine", None, "+44 7700 900123", "acknowledged"),
        ("mine", "wrong@example.com", "+447700900123", "acknowledged"),
        ("mine", "jo.test@example.com", None, None),
        ("mine", None, "+447700900456", None),
        ("mine", "wrong@example.com", None, None),
        ("mine", None, None, None),
        ("mine", "", "", None),
        ("other", "sam.example@example.com", None, None),
        ("unknown", "sam.example@example.com", None, None),
        ("unknown", None, "+447700900123", None),
    ],
)
def test_when_status_is_looked_up_then_only_the_matching_contact_sees_it(
    store: ComplaintStore,
    vault: ContactVault,
    references: dict[str, str],
    which: str,
    email: str | None,
    phone: str | None,
    expected: str | None,
) -> None:
    reference = references.get(which, "CMP-2026-999999")

    assert status_for_contact(store, vault, reference, email=email, phone=phone) == expected


def test_when_status_changes_then_the_lookup_reports_the_new_status(
    store: ComplaintStore, vault: ContactVault, references: dict[str, str]
) -> None:
    store.change_status(references["mine"], "in_progress", "agent:3")

    status = status_for_contact(store, vault, references["mine"], phone="+447700900123")

    assert status == "in_progress"


def test_when_contact_has_no_email_then_an_empty_email_does_not_unlock_it(
    store: ComplaintStore, vault: ContactVault
) -> None:
    reference = store.submit_complaint(vaulted_complaint(vault, email=None)).reference

    assert status_for_contact(store, vault, reference, email="", phone=None) is None
    assert status_for_contact(store, vault, reference, email=" ", phone="") is None


def test_when_reference_is_unknown_or_contact_wrong_then_the_same_comparisons_run(
    store: ComplaintStore,
    vault: ContactVault,
    references: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    calls: list[str] = []
    real = contact_match.same_secret

    def counting(given: str | None, stored: str | None) -> bool:
        calls.append("compare")
        return real(given, stored)

    monkeypatch.setattr(contact_match, "same_secret", counting)

    status_for_contact(store, vault, "CMP-2026-999999", email="sam.example@example.com")
    unknown_reference = len(calls)
    calls.clear()
    status_for_contact(store, vault, references["mine"], email="wrong@example.com")

    assert unknown_reference == len(calls) == 2
