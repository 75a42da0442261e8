"""Does the contact detail someone gave match the complaint's? Decided in constant time."""

from __future__ import annotations

import hashlib
import hmac
import re

_PHONE_SEPARATORS = re.compile(r"[\s\-().]")


def email_key(email: str | None) -> str | None:
    """Emails compare case-insensitively and without surrounding spaces."""
    return email.strip().casefold() or None if email else None


def phone_key(phone: str | None) -> str | None:
    """Phones compare as E.164 digits, ignoring spaces, dashes, dots and brackets."""
    return _PHONE_SEPARATORS.sub("", phone) or None if phone else None


def same_secret(given: str | None, stored: str | None) -> bool:
    """Equal and both present; hashing first makes the comparison independent of lengths."""
    given_digest = hashlib.sha256((given or "").encode("utf-8")).digest()
    stored_digest = hashlib.sha256((stored or "").encode("utf-8")).digest()
    equal = hmac.compare_digest(given_digest, stored_digest)
    return equal and bool(given) and bool(stored)


def contact_matches(
    email: str | None, phone: str | None, stored_email: str | None, stored_phone: str | None
) -> bool:
    """True when the email or the phone matches; both are always compared."""
    email_matches = same_secret(email_key(email), email_key(stored_email))
    phone_matches = same_secret(phone_key(phone), phone_key(stored_phone))
    return email_matches or phone_matches
