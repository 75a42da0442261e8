"""Vault keys: VAULT_KEYS holds comma-separated Fernet keys, the newest first.

Rotation: put a new key in front, restart, run `complaintbot privacy rotate-keys` (re-encrypts
every entry with the new key), then drop the old key. Until then both keys decrypt.
"""

from __future__ import annotations

import hashlib
import hmac
import os
from pathlib import Path

from cryptography.fernet import Fernet, MultiFernet

from bot.errors import ConfigurationError

NEW_KEY_HINT = "create one with `complaintbot privacy new-key`"


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")


def parse_keys(raw: str | None) -> tuple[bytes, ...]:
    """The keys in VAULT_KEYS; a clear error (without the key) when one is malformed."""
    keys = tuple(part.strip().encode("ascii") for part in (raw or "").split(",") if part.strip())
    if not keys:
        raise ConfigurationError(
            f"VAULT_KEYS is not set: the contact vault needs a key; {NEW_KEY_HINT}"
        )
    for position, key in enumerate(keys, start=1):
        try:
            Fernet(key)
        except (ValueError, TypeError) as err:
            raise ConfigurationError(
                f"VAULT_KEYS: key {position} is not a Fernet key "
                f"(32 url-safe base64-encoded bytes); {NEW_KEY_HINT}"
            ) from err
    return keys


def cipher_for(keys: tuple[bytes, ...]) -> MultiFernet:
    """Encrypts with the first key, decrypts with any."""
    return MultiFernet([Fernet(key) for key in keys])


def lookup_key(key: bytes) -> bytes:
    """The HMAC key for look-up hashes, derived so the Fernet key itself is never reused."""
    return hashlib.sha256(b"complaintbot vault lookup\x00" + key).digest()


def lookup_hash(key: bytes, normalised_value: str) -> str:
    return hmac.new(lookup_key(key), normalised_value.encode("utf-8"), hashlib.sha256).hexdigest()


def ensure_development_key(path: Path) -> str:
    """The key in `path`, created (readable by this user only) when missing."""
    if path.exists():
        return path.read_text(encoding="ascii").strip()
    path.parent.mkdir(parents=True, exist_ok=True)
    key = new_key()
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(descriptor, "w", encoding="ascii") as handle:
        handle.write(key + "\n")
    return key
