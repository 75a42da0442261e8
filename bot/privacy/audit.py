"""The privacy audit log: who exported, erased or purged what, and when; never who it was about
in clear (the subject is a keyed hash of their normalised email or phone)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.store.columns import utc_now
from bot.store.models import PrivacyAuditEvent
from bot.vault.keys import lookup_hash
from bot.vault.normalise import normalise


def subject_hash(primary_key: bytes, email: str | None, phone: str | None) -> str:
    kind, value = ("email", email) if email else ("phone", phone or "")
    return lookup_hash(primary_key, f"subject:{kind}:{normalise(kind, value)}")


def record(
    engine: Engine, action: str, actor: str, subject: str | None, detail: dict[str, Any]
) -> None:
    with Session(engine, future=True) as session, session.begin():
        session.add(
            PrivacyAuditEvent(
                action=action,
                actor=actor,
                subject_hash=subject,
                detail=detail,
                created_at=utc_now(),
            )
        )


def entries(engine: Engine) -> list[dict[str, Any]]:
    """The whole log, oldest first (for operators and tests)."""
    with Session(engine, future=True) as session:
        rows = session.execute(select(PrivacyAuditEvent).order_by(PrivacyAuditEvent.id)).scalars()
        return [
            {
                "action": row.action,
                "actor": row.actor,
                "subject_hash": row.subject_hash,
                "detail": dict(row.detail or {}),
                "at": row.created_at.isoformat(),
            }
            for row in rows
        ]
