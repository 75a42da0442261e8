"""Initial complaint store: contacts, complaints, feedback, append-only events, counters.

Revision ID: 0001
Revises:
Create Date: 2026-01-05
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

STATUSES = ("received", "acknowledged", "in_progress", "resolved", "closed")
FEEDBACK_KINDS = ("compliment", "suggestion", "remark")
APPEND_ONLY = "complaint_events is append-only"

POSTGRES_GUARD = [
    f"""
    CREATE FUNCTION complaint_events_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}: % is not allowed', TG_OP
            USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$
    """,
    """
    CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
    FOR EACH ROW EXECUTE FUNCTION complaint_events_append_only()
    """,
    """
    CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
    FOR EACH ROW EXECUTE FUNCTION complaint_events_append_only()
    """,
    """
    CREATE TRIGGER complaint_events_no_truncate BEFORE TRUNCATE ON complaint_events
    FOR EACH STATEMENT EXECUTE FUNCTION complaint_events_append_only()
    """,
]
POSTGRES_UNGUARD = [
    "DROP TRIGGER IF EXISTS complaint_events_no_truncate ON complaint_events",
    "DROP TRIGGER IF EXISTS complaint_events_no_delete ON complaint_events",
    "DROP TRIGGER IF EXISTS complaint_events_no_update ON complaint_events",
    "DROP FUNCTION IF EXISTS complaint_events_append_only()",
]
SQLITE_GUARD = [
    f"""
    CREATE TRIGGER complaint_events_no_update BEFORE UPDATE ON complaint_events
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE is not allowed'); END
    """,
    f"""
    CREATE TRIGGER complaint_events_no_delete BEFORE DELETE ON complaint_events
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: DELETE is not allowed'); END
    """,
]
SQLITE_UNGUARD = [
    "DROP TRIGGER IF EXISTS complaint_events_no_delete",
    "DROP TRIGGER IF EXISTS complaint_events_no_update",
]


def _one_of(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(value) for value in values)})"


def _timestamp(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("phone", sa.String(32), nullable=True),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_table(
        "complaints",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("reference", sa.String(40), nullable=False),
        sa.Column("status", sa.String(20), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("product", sa.String(200), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("incident_date", sa.Date(), nullable=False),
        sa.Column("desired_outcome", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        _timestamp("consent_at", nullable=True),
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("policy_key", sa.String(64), nullable=False),
        sa.Column("acknowledge_due", sa.Date(), nullable=True),
        sa.Column("final_response_due", sa.Date(), nullable=False),
        sa.Column("vulnerable", sa.Boolean(), nullable=False, server_default=sa.false()),
        _timestamp("created_at"),
        _timestamp("updated_at"),
        sa.PrimaryKeyConstraint("id", name="pk_complaints"),
        sa.UniqueConstraint("reference", name="uq_complaints_reference"),
        sa.ForeignKeyConstraint(
            ["contact_id"],
            ["contacts.id"],
            name="fk_complaints_contact_id_contacts",
            ondelete="SET NULL",
        ),
        sa.CheckConstraint(_one_of("status", STATUSES), name="ck_complaints_status"),
    )
    op.create_index("ix_complaints_contact_id", "complaints", ["contact_id"])
    op.create_index("ix_complaints_conversation_id", "complaints", ["conversation_id"])
    op.create_table(
        "feedback",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("channel", sa.String(40), nullable=False),
        sa.Column("conversation_id", sa.String(255), nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_feedback"),
        sa.CheckConstraint(_one_of("kind", FEEDBACK_KINDS), name="ck_feedback_kind"),
    )
    op.create_index("ix_feedback_conversation_id", "feedback", ["conversation_id"])
    op.create_table(
        "complaint_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("complaint_id", sa.Integer(), nullable=False),
        sa.Column("event_type", sa.String(40), nullable=False),
        sa.Column("from_status", sa.String(20), nullable=True),
        sa.Column("to_status", sa.String(20), nullable=True),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column(
            "detail", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_complaint_events"),
        sa.ForeignKeyConstraint(
            ["complaint_id"],
            ["complaints.id"],
            name="fk_complaint_events_complaint_id_complaints",
        ),
    )
    op.create_index("ix_complaint_events_complaint_id", "complaint_events", ["complaint_id"])
    op.create_table(
        "reference_counters",
        sa.Column("prefix", sa.String(16), nullable=False),
        sa.Column("year", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_value", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("prefix", "year", name="pk_reference_counters"),
    )
    guard = POSTGRES_GUARD if op.get_bind().dialect.name == "postgresql" else SQLITE_GUARD
    for statement in guard:
        op.execute(statement)


def downgrade() -> None:
    unguard = POSTGRES_UNGUARD if op.get_bind().dialect.name == "postgresql" else SQLITE_UNGUARD
    for statement in unguard:
        op.execute(statement)
    op.drop_table("reference_counters")
    op.drop_index("ix_complaint_events_complaint_id", table_name="complaint_events")
    op.drop_table("complaint_events")
    op.drop_index("ix_feedback_conversation_id", table_name="feedback")
    op.drop_table("feedback")
    op.drop_index("ix_complaints_conversation_id", table_name="complaints")
    op.drop_index("ix_complaints_contact_id", table_name="complaints")
    op.drop_table("complaints")
    op.drop_table("contacts")
