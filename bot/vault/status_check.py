"""Does the contact detail someone gave belong to the complaint? Answered without telling a
prober which references exist: unknown reference and wrong contact cost the same work."""

from __future__ import annotations

from bot.store.contact_match import contact_matches
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault
from bot.vault.tokens import new_token


def status_for_contact(
    store: ComplaintStore,
    vault: ContactVault,
    reference: str,
    email: str | None = None,
    phone: str | None = None,
) -> str | None:
    """The complaint's status when `email` or `phone` is its contact's; None otherwise."""
    complaint = store.get_complaint(reference)
    if complaint is None:
        # Same vault round trip for a token that cannot exist.
        vault.reveal_many([new_token(), new_token()])
        contact_matches(email, phone, None, None)
        return None
    stored = vault.reveal_many([complaint.contact_email_token, complaint.contact_phone_token])
    matches = contact_matches(
        email,
        phone,
        stored.get(complaint.contact_email_token or ""),
        stored.get(complaint.contact_phone_token or ""),
    )
    return complaint.status if matches else None
