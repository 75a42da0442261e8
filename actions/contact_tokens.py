"""Contact details go into the vault the moment they are collected; slots hold only tokens."""

from __future__ import annotations

import asyncio
from collections.abc import Iterable, Mapping
from typing import Any

from actions.services import contact_vault
from bot.vault.tokens import is_token

# Slot -> the vault's kind for it.
CONTACT_SLOT_KINDS = {
    "customer_name": "name",
    "contact_email": "email",
    "contact_phone": "phone",
    "lookup_contact": "lookup",
}


def _tokenise(updates: Mapping[str, Any], previous: Mapping[str, Any]) -> dict[str, Any]:
    vault = contact_vault()
    tokenised = dict(updates)
    superseded = []
    for slot, kind in CONTACT_SLOT_KINDS.items():
        value = updates.get(slot)
        if value in (None, "") or is_token(value):
            continue
        tokenised[slot] = vault.put(kind, str(value))
        if is_token(previous.get(slot)):
            superseded.append(previous[slot])  # a correction: the old value is not kept
    vault.delete(superseded)
    return tokenised


async def tokenise_contacts(
    updates: Mapping[str, Any], previous: Mapping[str, Any]
) -> dict[str, Any]:
    """`updates` with every new contact value replaced by its vault token."""
    return await asyncio.to_thread(_tokenise, updates, previous)


async def reveal_slots(slots: Mapping[str, Any], names: Iterable[str]) -> dict[str, Any]:
    """`slots` with the named token slots decrypted, for a message to the customer."""
    tokens = [slots.get(name) for name in names]
    values = await asyncio.to_thread(contact_vault().reveal_many, tokens)
    revealed = dict(slots)
    for name in names:
        token = slots.get(name)
        if isinstance(token, str) and is_token(token):
            revealed[name] = values.get(token)
    return revealed


async def forget_contacts(slots: Mapping[str, Any]) -> None:
    """Delete the vault entries of an abandoned form (nothing was submitted)."""
    tokens = [slots.get(slot) for slot in CONTACT_SLOT_KINDS]
    await asyncio.to_thread(contact_vault().delete, [str(t) for t in tokens if is_token(t)])
