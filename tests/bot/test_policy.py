from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.errors import ConfigurationError
from bot.policy import Deadline, load_policies, load_policy
from bot.settings import DEFAULTS_DIR

POLICIES = DEFAULTS_DIR / "policies.yml"


@pytest.mark.parametrize(
    ("days", "counting", "received", "due"),
    [
        (56, "calendar", date(2026, 11, 23), date(2027, 1, 18)),  # FCA: eight weeks
        (15, "calendar", date(2026, 11, 23), date(2026, 12, 8)),  # CFPB
        (5, "business", date(2026, 11, 20), date(2026, 11, 27)),  # Friday + 5 working days
        (1, "business", date(2026, 11, 21), date(2026, 11, 23)),  # Saturday -> Monday
        (15, "business", date(2026, 11, 23), date(2026, 12, 14)),  # PSD2
    ],
)
def test_when_deadline_counts_days_then_due_date_follows_the_counting_mode(
    days: int, counting: str, received: date, due: date
) -> None:
    assert Deadline(days, counting, "").due_from(received) == due


def test_when_default_policy_file_loads_then_fca_and_cfpb_are_available() -> None:
    policies = load_policies(POLICIES)
    assert {"fca_disp", "cfpb", "fca_psd2"} <= set(policies)
    assert policies["fca_disp"].final_response.days == 56
    assert policies["cfpb"].final_response.days == 15


def test_when_acknowledging_then_reference_deadline_and_escalation_are_stated() -> None:
    text = load_policy(POLICIES, "fca_disp").acknowledgement_text(
        "CMP-2026-000001", date(2026, 11, 23)
    )
    assert "CMP-2026-000001" in text
    assert "within 8 weeks" in text and "18 January 2027" in text
    assert "Financial Ombudsman Service" in text


def test_when_policy_is_unknown_then_error_lists_the_known_ones() -> None:
    with pytest.raises(ConfigurationError, match="fca_disp"):
        load_policy(POLICIES, "nope")


def test_when_policy_file_has_bad_counting_then_a_clear_error_is_raised(tmp_path: Path) -> None:
    bad = tmp_path / "p.yml"
    bad.write_text("policies:\n  x:\n    final_response: {days: 3, counting: lunar}\n")
    with pytest.raises(ConfigurationError, match="calendar or business"):
        load_policies(bad)
