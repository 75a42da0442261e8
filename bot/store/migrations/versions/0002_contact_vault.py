"""Contact vault: contact details move, encrypted, from `contacts` to `vault_entries`;
complaints hold vault tokens; privacy_audit logs exports, erasures and purges.

Existing contact rows are encrypted with VAULT_KEYS on the way (the migration stops with a
clear error when there are rows to move and no key). Downgrade decrypts them back.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

import os
from typing import Any
from datetime import datetime, timezone

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TOKEN_COLUMNS = {"customer_name_token": "name", "contact_email_token": "email",
                 "contact_phone_token": "phone"}  # fmt: skip
CONTACT_COLUMNS = {"name": "customer_name_token", "email": "contact_email_token",
                   "phone": "contact_phone_token"}  # fmt: skip
APPEND_ONLY = "privacy_audit is append-only"
POSTGRES_GUARD = [
    f"""
    CREATE FUNCTION privacy_audit_append_only() RETURNS trigger
    LANGUAGE plpgsql AS $$
    BEGIN
        RAISE EXCEPTION '{APPEND_ONLY}: % is not allowed', TG_OP
            USING ERRCODE = 'integrity_constraint_violation';
    END;
    $$
    """,
    """
    CREATE TRIGGER privacy_audit_no_change BEFORE UPDATE OR DELETE ON privacy_audit
    FOR EACH ROW EXECUTE FUNCTION privacy_audit_append_only()
    """,
]
POSTGRES_UNGUARD = [
    "DROP TRIGGER IF EXISTS privacy_audit_no_change ON privacy_audit",
    "DROP FUNCTION IF EXISTS privacy_audit_append_only()",
]
SQLITE_GUARD = [
    f"""
    CREATE TRIGGER privacy_audit_no_update BEFORE UPDATE ON privacy_audit
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: UPDATE is not allowed'); END
    """,
    f"""
    CREATE TRIGGER privacy_audit_no_delete BEFORE DELETE ON privacy_audit
    BEGIN SELECT RAISE(ABORT, '{APPEND_ONLY}: DELETE is not allowed'); END
    """,
]
SQLITE_UNGUARD = [
    "DROP TRIGGER IF EXISTS privacy_audit_no_delete",
    "DROP TRIGGER IF EXISTS privacy_audit_no_update",
]


def _timestamp(name: str, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sa.DateTime(timezone=True), nullable=nullable)


def _vault() -> Any:
    """A vault on this migration's connection; imported late so 0001 never needs the key."""
    from bot.errors import ConfigurationError
    from bot.vault.keys import cipher_for, lookup_hash, parse_keys
    from bot.vault.normalise import normalise
    from bot.vault.tokens import new_token

    try:
        keys = parse_keys(os.environ.get("VAULT_KEYS"))
    except ConfigurationError as err:
        raise RuntimeError(
            f"contacts must be encrypted into the vault, but {err}"
        ) from err
    return cipher_for(keys), keys[0], lookup_hash, normalise, new_token


def _is_sqlite() -> bool:
    return op.get_bind().dialect.name == "sqlite"


def upgrade() -> None:
    bind = op.get_bind()
    op.create_table(
        "vault_entries",
        sa.Column("token", sa.String(40), nullable=False),
        sa.Column("kind", sa.String(20), nullable=False),
        sa.Column("ciphertext", sa.Text(), nullable=False),
        sa.Column("lookup_hash", sa.String(64), nullable=False),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("token", name="pk_vault_entries"),
    )
    op.create_index("ix_vault_entries_lookup_hash", "vault_entries", ["lookup_hash"])
    with op.batch_alter_table("complaints") as batch:
        for column in TOKEN_COLUMNS:
            batch.add_column(sa.Column(column, sa.String(40), nullable=True))
        batch.add_column(_timestamp("closed_at", nullable=True))
        batch.add_column(_timestamp("contact_erased_at", nullable=True))
    _move_contacts_into_vault(bind)
    with op.batch_alter_table("complaints") as batch:
        batch.drop_index("ix_complaints_contact_id")
        batch.drop_constraint("fk_complaints_contact_id_contacts", type_="foreignkey")
        batch.drop_column("contact_id")
        for column in TOKEN_COLUMNS:
            batch.create_index(f"ix_complaints_{column}", [column])
    op.drop_table("contacts")
    op.create_table(
        "privacy_audit",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action", sa.String(20), nullable=False),
        sa.Column("actor", sa.String(120), nullable=False),
        sa.Column("subject_hash", sa.String(64), nullable=True),
        sa.Column(
            "detail", sa.JSON().with_variant(postgresql.JSONB(), "postgresql"), nullable=False
        ),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_privacy_audit"),
    )
    for statement in SQLITE_GUARD if _is_sqlite() else POSTGRES_GUARD:
        op.execute(statement)


def _move_contacts_into_vault(bind: sa.engine.Connection) -> None:
    rows = bind.execute(
        sa.text(
            "SELECT c.id, k.name, k.email, k.phone FROM complaints c "
            "JOIN contacts k ON c.contact_id = k.id"
        )
    ).all()
    if not rows:
        return
    cipher, key, lookup_hash, normalise, new_token = _vault()
    vault = sa.table("vault_entries", *(sa.column(n) for n in
                     ("token", "kind", "ciphertext", "lookup_hash", "created_at")))  # fmt: skip
    now = datetime.now(timezone.utc)
    now = now.replace(tzinfo=None) if _is_sqlite() else now  # SQLite keeps naive UTC
    for complaint_id, *values in rows:
        tokens: dict[str, str] = {}
        for kind, value in zip(("name", "email", "phone"), values):
            if not value:
                continue
            token = new_token()
            bind.execute(vault.insert().values(
                token=token, kind=kind, created_at=now,
                ciphertext=cipher.encrypt(value.encode("utf-8")).decode("ascii"),
                lookup_hash=lookup_hash(key, normalise(kind, value)),
            ))  # fmt: skip
            tokens[CONTACT_COLUMNS[kind]] = token
        if tokens:
            assignments = ", ".join(f"{column} = :{column}" for column in tokens)
            bind.execute(
                sa.text(f"UPDATE complaints SET {assignments} WHERE id = :id"),
                {**tokens, "id": complaint_id},
            )


def downgrade() -> None:
    bind = op.get_bind()
    for statement in SQLITE_UNGUARD if _is_sqlite() else POSTGRES_UNGUARD:
        op.execute(statement)
    op.drop_table("privacy_audit")
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(200), nullable=True),
        sa.Column("email", sa.String(320), nullable=True),
        sa.Column("phone", sa.String(32), nullable=True),
        _timestamp("created_at"),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    with op.batch_alter_table("complaints") as batch:
        batch.add_column(sa.Column("contact_id", sa.Integer(), nullable=True))
        batch.create_foreign_key(
            "fk_complaints_contact_id_contacts", "contacts", ["contact_id"], ["id"],
            ondelete="SET NULL",
        )  # fmt: skip
        batch.create_index("ix_complaints_contact_id", ["contact_id"])
    _move_vault_into_contacts(bind)
    with op.batch_alter_table("complaints") as batch:
        for column in TOKEN_COLUMNS:
            batch.drop_index(f"ix_complaints_{column}")
            batch.drop_column(column)
        batch.drop_column("closed_at")
        batch.drop_column("contact_erased_at")
    op.drop_index("ix_vault_entries_lookup_hash", table_name="vault_entries")
    op.drop_table("vault_entries")


def _move_vault_into_contacts(bind: sa.engine.Connection) -> None:
    columns = ", ".join(TOKEN_COLUMNS)
    rows = bind.execute(sa.text(f"SELECT id, created_at, {columns} FROM complaints")).all()
    if not any(any(row[2:]) for row in rows):
        return
    cipher = _vault()[0]
    for complaint_id, created_at, *tokens in rows:
        values: dict[str, str | None] = {"name": None, "email": None, "phone": None}
        for kind, token in zip(("name", "email", "phone"), tokens):
            found = bind.execute(
                sa.text("SELECT ciphertext FROM vault_entries WHERE token = :t"), {"t": token}
            ).scalar()
            if found:
                values[kind] = cipher.decrypt(found.encode("ascii")).decode("utf-8")
        contact_id = bind.execute(
            sa.text(
                "INSERT INTO contacts (name, email, phone, created_at) "
                "VALUES (:name, :email, :phone, :created_at) RETURNING id"
            ),
            {**values, "created_at": created_at},
        ).scalar()
        bind.execute(
            sa.text("UPDATE complaints SET contact_id = :c WHERE id = :id"),
            {"c": contact_id, "id": complaint_id},
        )
