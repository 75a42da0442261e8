"""The form in which contact values are compared and looked up (never stored)."""

from __future__ import annotations

import re

_PHONE_SEPARATORS = re.compile(r"[\s\-().]")
_SPACES = re.compile(r"\s+")

KINDS = ("name", "email", "phone", "messaging_id", "lookup")


def normalise(kind: str, value: str) -> str:
    """Emails and names compare case-insensitively; phones without separators."""
    if kind == "phone":
        return _PHONE_SEPARATORS.sub("", value)
    if kind in ("email", "name"):
        return _SPACES.sub(" ", value.strip()).casefold()
    return value.strip()
