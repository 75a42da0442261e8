"""ContactVault: contact details encrypted with Fernet, found by token or by look-up hash.

Tokens go into slots and complaint rows; a value is decrypted only where it is really needed
(a message to the customer, a status check, a subject-access export).
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from cryptography.fernet import InvalidToken
from sqlalchemy import delete, or_, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bot.errors import ConfigurationError, StoreError
from bot.store.columns import utc_now
from bot.store.models import Complaint, VaultEntry
from bot.store.transactions import store_transaction
from bot.vault.keys import cipher_for, lookup_hash
from bot.vault.normalise import KINDS, normalise
from bot.vault.tokens import is_token, new_token

TOKEN_COLUMNS = (
    Complaint.customer_name_token,
    Complaint.contact_email_token,
    Complaint.contact_phone_token,
)


class ContactVault:
    """Encrypted contact details on the complaint store's database."""

    def __init__(self, engine: Engine, keys: tuple[bytes, ...]) -> None:
        if not keys:
            raise ConfigurationError("the contact vault needs at least one key")
        self._keys = keys
        self._cipher = cipher_for(keys)
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    def _hashes(self, kind: str, value: str) -> list[str]:
        """The value's look-up hash under every key, so look-ups work mid-rotation."""
        normalised = normalise(kind, value)
        return [lookup_hash(key, normalised) for key in self._keys]

    def put(self, kind: str, value: str) -> str:
        """Encrypt `value` and return its new token."""
        if kind not in KINDS:
            raise StoreError("unknown contact kind")
        token = new_token()
        entry = VaultEntry(
            token=token,
            kind=kind,
            ciphertext=self._cipher.encrypt(value.encode("utf-8")).decode("ascii"),
            lookup_hash=self._hashes(kind, value)[0],
            created_at=utc_now(),
        )
        with store_transaction(self._sessions, "could not store the contact detail") as session:
            session.add(entry)
        return token

    def _decrypt(self, ciphertext: str) -> str:
        try:
            return self._cipher.decrypt(ciphertext.encode("ascii")).decode("utf-8")
        except InvalidToken as err:
            raise ConfigurationError(
                "a vault entry cannot be decrypted with VAULT_KEYS: was a key removed too early?"
            ) from err

    def reveal_many(self, tokens: Iterable[str | None]) -> dict[str, str]:
        """Token -> value for every token still in the vault (erased ones are absent)."""
        wanted = {token for token in tokens if is_token(token)}
        if not wanted:
            return {}
        statement = select(VaultEntry.token, VaultEntry.ciphertext).where(
            VaultEntry.token.in_(wanted)
        )
        with store_transaction(self._sessions, "could not read the contact vault") as session:
            rows = session.execute(statement).all()
        return {token: self._decrypt(ciphertext) for token, ciphertext in rows}

    def reveal(self, token: str | None) -> str | None:
        return self.reveal_many([token]).get(token or "")

    def tokens_for(self, kind: str, value: str) -> list[str]:
        """Every token holding `value` (compared in normalised form) as `kind`."""
        statement = select(VaultEntry.token).where(
            VaultEntry.kind == kind, VaultEntry.lookup_hash.in_(self._hashes(kind, value))
        )
        with store_transaction(self._sessions, "could not search the contact vault") as session:
            return list(session.execute(statement).scalars())

    def delete(self, tokens: Iterable[str]) -> int:
        wanted = list(set(tokens))
        if not wanted:
            return 0
        with store_transaction(
            self._sessions, "could not delete from the contact vault"
        ) as session:
            result = session.execute(delete(VaultEntry).where(VaultEntry.token.in_(wanted)))
            return int(result.rowcount or 0)

    def delete_unreferenced(self, created_before: datetime) -> int:
        """Entries no complaint points at (abandoned forms, status look-ups), once old enough."""
        referenced = or_(*(VaultEntry.token == column for column in TOKEN_COLUMNS))
        linked = select(Complaint.id).where(referenced).exists()
        statement = delete(VaultEntry).where(VaultEntry.created_at < created_before, ~linked)
        with store_transaction(self._sessions, "could not purge the contact vault") as session:
            result = session.execute(statement.execution_options(synchronize_session=False))
            return int(result.rowcount or 0)

    def rotate(self) -> int:
        """Re-encrypt and re-hash every entry with the newest key; returns how many."""
        with store_transaction(self._sessions, "could not rotate the vault keys") as session:
            entries = session.execute(select(VaultEntry).with_for_update()).scalars().all()
            for entry in entries:
                value = self._decrypt(entry.ciphertext)
                entry.ciphertext = self._cipher.encrypt(value.encode("utf-8")).decode("ascii")
                entry.lookup_hash = self._hashes(entry.kind, value)[0]
            return len(entries)
