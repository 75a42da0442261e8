"""Vault tokens: random, meaningless references that slots and complaint rows hold instead
of contact details. Redaction leaves them alone; only the vault can turn one into a value."""

from __future__ import annotations

import re
import secrets

TOKEN_PREFIX = "vt_"
TOKEN_PATTERN = re.compile(r"vt_[0-9a-f]{32}")


def new_token() -> str:
    return TOKEN_PREFIX + secrets.token_hex(16)


def is_token(value: object) -> bool:
    return isinstance(value, str) and TOKEN_PATTERN.fullmatch(value) is not None
