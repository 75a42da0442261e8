"""Log redaction: whatever logger or handler emits a record, personal data never reaches it."""

from __future__ import annotations

import io
import json
import logging
from collections.abc import Iterator

import pytest

from bot.log_redaction import (
    WITHHELD,
    install_log_redaction,
    record_factory_installed,
    uninstall_log_redaction,
)
from bot.pii import get_detector


def redact(text: str) -> str:
    return get_detector().redact(text).text


@pytest.fixture
def output() -> Iterator[tuple[logging.Logger, io.StringIO]]:
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    logger = logging.getLogger("tests.log_redaction")
    logger.addHandler(handler)
    logger.setLevel(logging.DEBUG)
    logger.propagate = False
    install_log_redaction(redact)
    try:
        yield logger, stream
    finally:
        uninstall_log_redaction()
        logger.removeHandler(handler)


def test_when_a_message_quotes_personal_data_then_the_log_line_has_placeholders(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output

    logger.debug("Received user message '%s'", "I'm Sam Example, sam.example@example.com")

    line = stream.getvalue()
    assert "sam.example@example.com" not in line and "Sam Example" not in line
    assert "<EMAIL_ADDRESS>" in line and line.startswith("DEBUG Received user message")


def test_when_an_exception_quotes_personal_data_then_the_traceback_is_redacted_too(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output

    try:
        raise ValueError("bad address sam.example@example.com")
    except ValueError:
        logger.exception("validation failed")

    assert "sam.example@example.com" not in stream.getvalue()
    assert "ValueError: bad address <EMAIL_ADDRESS>" in stream.getvalue()


def test_when_redaction_fails_then_the_message_is_withheld_not_logged_raw(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output

    def broken(text: str) -> str:
        raise RuntimeError("detector down")

    install_log_redaction(broken)
    logger.warning("customer said %s", "sam.example@example.com")

    assert stream.getvalue().strip() == f"WARNING {WITHHELD}"


def test_when_the_redactor_itself_logs_then_it_does_not_recurse(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output

    def chatty(text: str) -> str:
        logger.info("redacting %s", text)  # e.g. a library logging inside detection
        return redact(text)

    install_log_redaction(chatty)
    logger.info("mail sam.example@example.com")

    assert "sam.example@example.com" not in stream.getvalue()
    assert WITHHELD in stream.getvalue() and "mail <EMAIL_ADDRESS>" in stream.getvalue()


def test_when_uninstalled_then_records_are_plain_again() -> None:
    install_log_redaction(redact)
    assert record_factory_installed()
    uninstall_log_redaction()
    assert not record_factory_installed()


def test_when_rasa_logs_structured_json_then_each_value_is_redacted_and_json_stays_valid(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output
    line = '{"parse_data_text": "Rebecca King", "parse_data_intent": {"name": "inform"}}'

    logger.debug(line)

    logged = stream.getvalue().removeprefix("DEBUG ").strip()
    assert json.loads(logged) == {
        "parse_data_text": "<PERSON>",
        "parse_data_intent": {"name": "inform"},
    }


def test_when_rasa_dumps_conversation_states_then_the_dump_is_withheld(
    output: tuple[logging.Logger, io.StringIO],
) -> None:
    logger, stream = output
    line = json.dumps({"event": "x", "tracker_states": "[state 3] user text: Teresa Taylor"})

    logger.debug(line)

    logged = json.loads(stream.getvalue().removeprefix("DEBUG ").strip())
    assert logged == {"event": "x", "tracker_states": "[withheld]"}
