"""References: CMP-YYYY-NNNNNN, one sequence per prefix and year, read back however typed."""

from __future__ import annotations

import pytest
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.errors import ReferenceAllocationError
from bot.store.references import (
    REFERENCE_PATTERN,
    allocate_reference,
    normalise_reference,
    reference_pattern,
)
from bot.store.repository import ComplaintStore
from tests.bot.store.factories import SUBMITTED_AT, new_complaint


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("CMP-2026-000123", "CMP-2026-000123"),
        ("cmp-2026-000123", "CMP-2026-000123"),
        ("CMP 2026 000123", "CMP-2026-000123"),
        ("CMP2026000123", "CMP-2026-000123"),
        ("my reference is Cmp-2026-000123, thanks", "CMP-2026-000123"),
        ("CMP - 2026 - 000123", "CMP-2026-000123"),
        ("CMP-2026-00012", None),
        ("CMP-2026-0001234", None),
        ("XCMP-2026-000123", None),
        ("ABC-2026-000123", None),
        ("2026-000123", None),
        ("", None),
    ],
)
def test_when_text_holds_a_reference_then_it_is_normalised(text: str, expected: str | None) -> None:
    assert normalise_reference(text, "CMP") == expected


def test_when_prefix_is_configured_then_only_that_prefix_is_recognised() -> None:
    assert normalise_reference("abc 2027 000042", "ABC") == "ABC-2027-000042"
    assert normalise_reference("CMP-2027-000042", "ABC") is None


def test_when_reference_is_canonical_then_the_pattern_matches_it_exactly() -> None:
    assert REFERENCE_PATTERN.fullmatch("CMP-2026-000123")
    assert not REFERENCE_PATTERN.fullmatch("cmp-2026-000123")
    assert reference_pattern("ABC").fullmatch("ABC-2026-000001")
    assert not reference_pattern("ABC").fullmatch("CMP-2026-000001")


def allocate(engine: Engine, prefix: str, year: int) -> str:
    with Session(engine, future=True) as session, session.begin():
        return allocate_reference(session, prefix, year)


def test_when_references_are_allocated_then_each_year_has_its_own_sequence(
    engine: Engine,
) -> None:
    first_2026 = [allocate(engine, "CMP", 2026) for _ in range(3)]
    first_2027 = allocate(engine, "CMP", 2027)
    next_2026 = allocate(engine, "CMP", 2026)

    assert first_2026 == ["CMP-2026-000001", "CMP-2026-000002", "CMP-2026-000003"]
    assert first_2027 == "CMP-2027-000001"
    assert next_2026 == "CMP-2026-000004"


def test_when_prefixes_differ_then_their_sequences_are_independent(engine: Engine) -> None:
    assert allocate(engine, "CMP", 2026) == "CMP-2026-000001"
    assert allocate(engine, "ABC", 2026) == "ABC-2026-000001"


def test_when_allocating_on_a_connection_then_it_works_too(engine: Engine) -> None:
    with engine.begin() as connection:
        assert allocate_reference(connection, "CMP", 2026) == "CMP-2026-000001"


def test_when_the_transaction_rolls_back_then_the_number_is_reused(engine: Engine) -> None:
    with Session(engine, future=True) as session:
        session.begin()
        allocate_reference(session, "CMP", 2026)
        session.rollback()

    assert allocate(engine, "CMP", 2026) == "CMP-2026-000001"


def test_when_complaints_arrive_in_a_new_year_then_numbering_restarts(
    store: ComplaintStore,
) -> None:
    december = SUBMITTED_AT.replace(year=2026, month=12, day=31)
    january = SUBMITTED_AT.replace(year=2027, month=1, day=1)

    references = [
        store.submit_complaint(new_complaint(submitted_at=december)).reference,
        store.submit_complaint(new_complaint(submitted_at=december)).reference,
        store.submit_complaint(new_complaint(submitted_at=january)).reference,
    ]

    assert references == ["CMP-2026-000001", "CMP-2026-000002", "CMP-2027-000001"]


@pytest.mark.parametrize(("prefix", "year"), [("cmp", 2026), ("", 2026), ("C-M", 2026), ("CMP", 0)])
def test_when_prefix_or_year_is_malformed_then_allocation_is_refused(
    engine: Engine, prefix: str, year: int
) -> None:
    with pytest.raises(ReferenceAllocationError):
        allocate(engine, prefix, year)
