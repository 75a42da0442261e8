"""Console accounts: argon2-hashed passwords, server-side sessions, failed-login limits.

Only hashes of session cookies are stored, so a copy of the database opens no session.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import delete, func, select
from sqlalchemy.engine import Engine
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import sessionmaker

from bot.errors import StoreError
from bot.store.columns import utc_now
from bot.store.models import CONSOLE_ROLES, ConsoleLoginFailure, ConsoleSession, ConsoleUser
from bot.store.transactions import store_transaction

SESSION_LIFETIME = timedelta(hours=12)
ACCOUNT_STORE_FAILED = "the console's account store failed"
MAX_FAILURES = 5
FAILURE_WINDOW = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 12
_HASHER = PasswordHasher()
# Verified when the username is unknown, so both cases take the same time.
_DUMMY_HASH = _HASHER.hash("not-a-real-password-for-timing")


@dataclass(frozen=True)
class ConsoleAccount:
    id: int
    username: str
    role: str


@dataclass(frozen=True)
class SignedIn:
    account: ConsoleAccount
    csrf_token: str


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode("utf-8")).hexdigest()


class Accounts:
    def __init__(self, engine: Engine) -> None:
        self._sessions = sessionmaker(bind=engine, future=True, expire_on_commit=False)

    def add_user(self, username: str, password: str, role: str) -> ConsoleAccount:
        if role not in CONSOLE_ROLES:
            raise StoreError(f"role must be one of {', '.join(CONSOLE_ROLES)}")
        if len(password) < MIN_PASSWORD_LENGTH:
            raise StoreError(f"passwords need at least {MIN_PASSWORD_LENGTH} characters")
        if not username.strip():
            raise StoreError("a username is needed")
        user = ConsoleUser(
            username=username.strip(),
            password_hash=_HASHER.hash(password),
            role=role,
            created_at=utc_now(),
        )
        try:
            with self._sessions.begin() as session:
                session.add(user)
                session.flush()
                return ConsoleAccount(user.id, user.username, user.role)
        except IntegrityError as err:
            raise StoreError(f"there is already a user called {username.strip()}") from err
        except SQLAlchemyError as err:
            raise StoreError(ACCOUNT_STORE_FAILED) from err

    def _failures_key(self, username: str, address: str) -> str:
        return _digest(f"{username.strip().casefold()}|{address}")

    def too_many_failures(self, username: str, address: str, now: datetime) -> bool:
        key = self._failures_key(username, address)
        statement = select(func.count()).where(
            ConsoleLoginFailure.key_hash == key,
            ConsoleLoginFailure.created_at > now - FAILURE_WINDOW,
        )
        with store_transaction(self._sessions, ACCOUNT_STORE_FAILED) as session:
            return int(session.execute(statement).scalar_one()) >= MAX_FAILURES

    def sign_in(
        self, username: str, password: str, address: str, now: datetime
    ) -> tuple[str, SignedIn] | None:
        """(session cookie value, who) when the password is right; None otherwise."""
        statement = select(ConsoleUser).where(ConsoleUser.username == username.strip())
        with store_transaction(self._sessions, ACCOUNT_STORE_FAILED) as session:
            user = session.execute(statement).scalar_one_or_none()
            try:
                _HASHER.verify(user.password_hash if user else _DUMMY_HASH, password)
                verified = user is not None
            except (VerificationError, InvalidHashError):
                verified = False
            if not verified or user is None:
                key = self._failures_key(username, address)
                session.add(ConsoleLoginFailure(key_hash=key, created_at=now))
                return None
            token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
            session.add(
                ConsoleSession(
                    token_hash=_digest(token),
                    user_id=user.id,
                    csrf_token=csrf,
                    created_at=now,
                    expires_at=now + SESSION_LIFETIME,
                )
            )
            account = ConsoleAccount(user.id, user.username, user.role)
        return token, SignedIn(account, csrf)

    def session_for(self, token: str, now: datetime) -> SignedIn | None:
        statement = (
            select(ConsoleSession, ConsoleUser)
            .join(ConsoleUser, ConsoleUser.id == ConsoleSession.user_id)
            .where(ConsoleSession.token_hash == _digest(token), ConsoleSession.expires_at > now)
        )
        with store_transaction(self._sessions, ACCOUNT_STORE_FAILED) as session:
            row = session.execute(statement).first()
        if row is None:
            return None
        stored, user = row
        return SignedIn(ConsoleAccount(user.id, user.username, user.role), stored.csrf_token)

    def sign_out(self, token: str) -> None:
        with store_transaction(self._sessions, ACCOUNT_STORE_FAILED) as session:
            session.execute(
                delete(ConsoleSession).where(ConsoleSession.token_hash == _digest(token))
            )
