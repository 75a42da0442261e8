"""Everything held about one person: their vault entries and the complaints that use them."""

from __future__ import annotations

from dataclasses import dataclass

from bot.errors import ConfigurationError
from bot.store.records import ComplaintRecord
from bot.store.repository import ComplaintStore
from bot.vault.contact_vault import ContactVault


@dataclass(frozen=True)
class SubjectData:
    tokens: tuple[str, ...]
    complaints: tuple[ComplaintRecord, ...]


def find_subject(
    store: ComplaintStore, vault: ContactVault, email: str | None, phone: str | None
) -> SubjectData:
    """Tokens matching the email/phone (also as typed in status look-ups), every complaint
    using one of them, and the other contact tokens (e.g. the name) on those complaints."""
    if not (email or phone):
        raise ConfigurationError("give --email or --phone to say whose data is meant")
    tokens: set[str] = set()
    if email:
        tokens |= set(vault.tokens_for("email", email)) | set(vault.tokens_for("lookup", email))
    if phone:
        tokens |= set(vault.tokens_for("phone", phone)) | set(vault.tokens_for("lookup", phone))
    complaints = store.complaints_holding(tokens)
    for complaint in complaints:
        tokens |= set(complaint.contact_tokens)
    return SubjectData(tuple(sorted(tokens)), tuple(complaints))
