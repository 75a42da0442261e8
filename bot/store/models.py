"""The complaint store's tables. Migrations in migrations/versions create them; keep in step.

Contact details live only in vault_entries, encrypted (see bot/vault); complaint rows hold
their tokens. complaint_events and privacy_audit are append-only: see append_only.py and the
database triggers the migrations create.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    Date,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Text,
    false,
)
from sqlalchemy.orm import Mapped, registry

from bot.store.append_only import make_append_only
from bot.store.columns import JSONDocument, UTCDateTime, utc_now
from bot.store.records import FEEDBACK_KINDS, STATUSES

# Deterministic constraint names, so migrations can name what they alter on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)
mapper_registry = registry(metadata=metadata)
Base: Any = mapper_registry.generate_base()


def _one_of(column: str, values: tuple[str, ...]) -> str:
    quoted = ", ".join(f"'{value}'" for value in values)
    return f"{column} IN ({quoted})"


class VaultEntry(Base):
    """One encrypted contact detail. `lookup_hash` (HMAC of the normalised value) finds entries
    for a subject-access or erasure request without decrypting everything."""

    __tablename__ = "vault_entries"

    token: Mapped[str] = Column(String(40), primary_key=True)
    kind: Mapped[str] = Column(String(20), nullable=False)
    ciphertext: Mapped[str] = Column(Text, nullable=False)
    lookup_hash: Mapped[str] = Column(String(64), nullable=False, index=True)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


class Complaint(Base):
    __tablename__ = "complaints"
    __table_args__ = (CheckConstraint(_one_of("status", STATUSES), name="status"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    reference: Mapped[str] = Column(String(40), nullable=False, unique=True)
    status: Mapped[str] = Column(String(20), nullable=False)
    customer_name_token: Mapped[str | None] = Column(String(40), nullable=True, index=True)
    contact_email_token: Mapped[str | None] = Column(String(40), nullable=True, index=True)
    contact_phone_token: Mapped[str | None] = Column(String(40), nullable=True, index=True)
    product: Mapped[str] = Column(String(200), nullable=False)
    description: Mapped[str] = Column(Text, nullable=False)
    incident_date: Mapped[date | None] = Column(Date, nullable=True)
    desired_outcome: Mapped[str] = Column(Text, nullable=False)
    consent: Mapped[bool] = Column(Boolean, nullable=False)
    consent_at: Mapped[datetime | None] = Column(UTCDateTime, nullable=True)
    channel: Mapped[str] = Column(String(40), nullable=False)
    conversation_id: Mapped[str] = Column(String(255), nullable=False, index=True)
    language: Mapped[str] = Column(String(16), nullable=False)
    policy_key: Mapped[str] = Column(String(64), nullable=False)
    acknowledge_due: Mapped[date | None] = Column(Date, nullable=True)
    final_response_due: Mapped[date] = Column(Date, nullable=False)
    vulnerable: Mapped[bool] = Column(
        Boolean, nullable=False, default=False, server_default=false()
    )
    closed_at: Mapped[datetime | None] = Column(UTCDateTime, nullable=True)
    contact_erased_at: Mapped[datetime | None] = Column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)
    updated_at: Mapped[datetime] = Column(
        UTCDateTime, nullable=False, default=utc_now, onupdate=utc_now
    )


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (CheckConstraint(_one_of("kind", FEEDBACK_KINDS), name="kind"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    kind: Mapped[str] = Column(String(20), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    channel: Mapped[str] = Column(String(40), nullable=False)
    conversation_id: Mapped[str] = Column(String(255), nullable=False, index=True)
    language: Mapped[str] = Column(String(16), nullable=False)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


@make_append_only
class ComplaintEvent(Base):
    """One entry in a complaint's history. Rows are written once and never changed."""

    __tablename__ = "complaint_events"

    id: Mapped[int] = Column(Integer, primary_key=True)
    complaint_id: Mapped[int] = Column(
        Integer, ForeignKey("complaints.id"), nullable=False, index=True
    )
    event_type: Mapped[str] = Column(String(40), nullable=False)
    from_status: Mapped[str | None] = Column(String(20), nullable=True)
    to_status: Mapped[str | None] = Column(String(20), nullable=True)
    actor: Mapped[str] = Column(String(120), nullable=False)
    detail: Mapped[dict[str, Any]] = Column(JSONDocument, nullable=False, default=dict)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


class ReferenceCounter(Base):
    """The last reference number handed out for a prefix in a year."""

    __tablename__ = "reference_counters"

    prefix: Mapped[str] = Column(String(16), primary_key=True)
    year: Mapped[int] = Column(Integer, primary_key=True, autoincrement=False)
    last_value: Mapped[int] = Column(Integer, nullable=False, default=0)


@make_append_only
class PrivacyAuditEvent(Base):
    """Exports, erasures and purges. `subject_hash` identifies the person without storing them."""

    __tablename__ = "privacy_audit"

    id: Mapped[int] = Column(Integer, primary_key=True)
    action: Mapped[str] = Column(String(20), nullable=False)
    actor: Mapped[str] = Column(String(120), nullable=False)
    subject_hash: Mapped[str | None] = Column(String(64), nullable=True)
    detail: Mapped[dict[str, Any]] = Column(JSONDocument, nullable=False, default=dict)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


HANDOFF_STATUSES = ("waiting", "claimed", "handed_back", "resolved")


class Handoff(Base):
    """A conversation in the agent queue. Priority 0 is the most urgent (self-harm)."""

    __tablename__ = "handoffs"
    __table_args__ = (CheckConstraint(_one_of("status", HANDOFF_STATUSES), name="status"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    conversation_id: Mapped[str] = Column(String(255), nullable=False, index=True)
    channel: Mapped[str] = Column(String(40), nullable=False)
    priority: Mapped[int] = Column(Integer, nullable=False)
    reason: Mapped[str] = Column(String(40), nullable=False)
    signals: Mapped[list[str]] = Column(JSONDocument, nullable=False, default=list)
    language: Mapped[str] = Column(String(16), nullable=False)
    complaint_reference: Mapped[str | None] = Column(String(40), nullable=True)
    status: Mapped[str] = Column(String(20), nullable=False, index=True)
    claimed_by: Mapped[str | None] = Column(String(120), nullable=True)
    claimed_at: Mapped[datetime | None] = Column(UTCDateTime, nullable=True)
    resolution_summary: Mapped[str | None] = Column(Text, nullable=True)
    closed_at: Mapped[datetime | None] = Column(UTCDateTime, nullable=True)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


class HandoffMessage(Base):
    """A message exchanged while an agent has the conversation (redacted, like all text)."""

    __tablename__ = "handoff_messages"

    id: Mapped[int] = Column(Integer, primary_key=True)
    handoff_id: Mapped[int] = Column(Integer, ForeignKey("handoffs.id"), nullable=False, index=True)
    sender: Mapped[str] = Column(String(20), nullable=False)
    text: Mapped[str] = Column(Text, nullable=False)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


CONSOLE_ROLES = ("agent", "reviewer", "admin")


class ConsoleUser(Base):
    __tablename__ = "console_users"
    __table_args__ = (CheckConstraint(_one_of("role", CONSOLE_ROLES), name="role"),)

    id: Mapped[int] = Column(Integer, primary_key=True)
    username: Mapped[str] = Column(String(80), nullable=False, unique=True)
    password_hash: Mapped[str] = Column(String(255), nullable=False)
    role: Mapped[str] = Column(String(20), nullable=False)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)


class ConsoleSession(Base):
    """A signed-in browser; only a hash of its cookie is stored."""

    __tablename__ = "console_sessions"

    token_hash: Mapped[str] = Column(String(64), primary_key=True)
    user_id: Mapped[int] = Column(
        Integer, ForeignKey("console_users.id", ondelete="CASCADE"), nullable=False
    )
    csrf_token: Mapped[str] = Column(String(64), nullable=False)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)
    expires_at: Mapped[datetime] = Column(UTCDateTime, nullable=False)


class ConsoleLoginFailure(Base):
    """One failed login, keyed by a hash of username and address (for rate limiting)."""

    __tablename__ = "console_login_failures"

    id: Mapped[int] = Column(Integer, primary_key=True)
    key_hash: Mapped[str] = Column(String(64), nullable=False, index=True)
    created_at: Mapped[datetime] = Column(UTCDateTime, nullable=False, default=utc_now)
