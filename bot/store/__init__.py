"""The complaint store: SQLAlchemy tables, migrations and the repository the actions use.

    engine.py       create_engine_for(url): SQLite (shared file, WAL) or PostgreSQL
    migrate.py      upgrade / downgrade the schema with the bundled Alembic scripts
    models.py       the tables (complaint_events is append-only)
    references.py   CMP-YYYY-NNNNNN references: allocation and parsing
    repository.py   ComplaintStore: submit, look up, change status, record feedback
    records.py      the dataclasses that go in and out (no ORM objects leave the store)
    rows.py         ORM rows <-> records
    contact_match.py  constant-time "is this the complaint's contact?" check
    append_only.py  ORM guard that refuses UPDATE/DELETE of complaint events
    columns.py      UTC timestamp and JSON column types

Nothing here opens a connection at import time. Import names from their modules: this
package re-exports nothing, so importing one part never drags in Alembic.
"""
