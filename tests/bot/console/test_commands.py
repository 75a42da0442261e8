"""`complaintbot users add`: accounts from the command line, with clear refusals."""

from __future__ import annotations

import io
from datetime import datetime, timezone

import pytest
from sqlalchemy.engine import Engine

from bot.cli import main
from bot.console.accounts import Accounts


def test_when_a_user_is_added_from_stdin_then_they_can_sign_in(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO("a long enough password\n"))

    assert main(["users", "add", "zoe", "--role", "admin", "--password-stdin"]) == 0

    signed = Accounts(engine).sign_in(
        "zoe", "a long enough password", "127.0.0.1", datetime.now(timezone.utc)
    )
    assert signed is not None and signed[1].account.role == "admin"


@pytest.mark.parametrize(
    ("username", "password", "problem"),
    [("zoe", "short", "at least 12 characters"), ("ana", "a long enough password", "already")],
)
def test_when_a_user_cannot_be_added_then_the_error_says_why(
    engine: Engine,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    username: str,
    password: str,
    problem: str,
) -> None:
    monkeypatch.setattr("sys.stdin", io.StringIO(password + "\n"))

    assert main(["users", "add", username, "--password-stdin"]) == 2

    error = capsys.readouterr().err
    assert problem in error and password not in error
