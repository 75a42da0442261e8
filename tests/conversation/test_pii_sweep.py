"""The PII sweep: complete conversations full of seeded fake personal data, through the REST
channel of a real trained bot, on the SQL tracker store (SQLite and PostgreSQL) and on the
Redis tracker store. Afterwards no seeded value may be found in any table, any Redis key, the
servers' debug logs or another person's subject-access export; every complaint is stored and
its contact details come back from the vault."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
import redis
from sqlalchemy import inspect, text

from bot.settings import PROJECT_ROOT
from bot.store.engine import create_engine_for
from bot.store.migrate import upgrade
from tests.bot.store.conftest import create_postgres_database, drop_postgres_database
from tests.conversation.conftest import revealed, rows
from tests.conversation.pii_sweep_people import FakePerson, fake_people
from tests.conversation.servers import RunningBot, running_bot

pytestmark = pytest.mark.model
REFERENCE = re.compile(r"\bCMP-\d{4}-\d{6}\b")
CONVERSATIONS = 10
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/15")
BACKENDS = [
    "sqlite",
    pytest.param("postgresql", marks=pytest.mark.postgres),
    pytest.param("redis", marks=pytest.mark.redis),
]


def lodge_in_one_message(bot: RunningBot, person: FakePerson) -> str:
    sender = f"sweep-{uuid.uuid4().hex[:10]}"
    bot.say(
        sender,
        f"I want to complain about my credit card. On 3 March my card {person.card} was "
        f"charged twice for a sofa delivered to {person.street}, {person.postcode}, and nobody "
        f"answers. I want the second charge refunded. You can email me at {person.email}",
    )
    bot.say(sender, person.name)
    bot.say(sender, "yes")
    return reference_in(bot.say(sender, "yes"))


def lodge_step_by_step(bot: RunningBot, person: FakePerson) -> str:
    sender = f"sweep-{uuid.uuid4().hex[:10]}"
    bot.say(sender, "I want to make a complaint")
    bot.say(
        sender,
        f"My broadband at {person.street} keeps dropping every evening and the engineer "
        f"never came. I'm {person.name}, call me on {person.phone}",
    )
    for answer in ("last Tuesday", "a refund for the days without service", "yes", "yes"):
        replies = bot.say(sender, answer)
    return reference_in(replies)


def give_feedback_and_check_status(bot: RunningBot, person: FakePerson, reference: str) -> None:
    sender = f"sweep-{uuid.uuid4().hex[:10]}"
    bot.say(
        sender,
        f"Just a compliment: {person.name} sorted my account out quickly and kindly. "
        f"My number is {person.phone} if anyone wants to say thanks.",
    )
    bot.say(sender, f"what's happening with {reference}?")
    replies = " ".join(bot.say(sender, person.email))
    assert "acknowledged" in replies.lower() or "couldn't find" in replies.lower()


def reference_in(replies: list[str]) -> str:
    match = REFERENCE.search("\n".join(replies))
    assert match, "no complaint reference in the replies"
    return match.group(0)


def database_dump(database_url: str, folder: Path) -> str:
    """Every row of every table, plus the raw SQLite files (deleted pages included)."""
    engine = create_engine_for(database_url)
    try:
        with engine.connect() as connection:
            parts = [
                repr(connection.execute(text(f'SELECT * FROM "{table}"')).all())
                for table in inspect(connection).get_table_names()
            ]
    finally:
        engine.dispose()
    for path in folder.glob("*.db*"):
        parts.append(path.read_bytes().decode("utf-8", errors="replace"))
    return "\n".join(parts)


def redis_dump(redis_url: str) -> str:
    client = redis.Redis.from_url(redis_url)
    parts = []
    for key in client.scan_iter():
        parts.append(key.decode("utf-8", errors="replace"))
        value = client.dump(key)
        parts.append((value or b"").decode("utf-8", errors="replace"))
        if client.type(key) == b"string":
            parts.append((client.get(key) or b"").decode("utf-8", errors="replace"))
    return "\n".join(parts)


def subject_export(bot_env: dict[str, str], email: str) -> str:
    result = subprocess.run(
        [sys.executable, "-m", "bot.cli", "privacy", "export", "--email", email],
        cwd=PROJECT_ROOT, env=bot_env, capture_output=True, text=True, timeout=300, check=True,
    )  # fmt: skip
    return result.stdout


def leaks(haystack: str, people: list[FakePerson]) -> list[str]:
    """Which kinds of seeded value appear (the values themselves are never printed)."""
    found = []
    for index, person in enumerate(people):
        for position, value in enumerate(person.raw_values()):
            if re.search(rf"(?<![\w@.]){re.escape(value)}(?![\w@])", haystack, re.IGNORECASE):
                found.append(f"person {index} value {position}")
    return found


@pytest.fixture(params=BACKENDS)
def backend(
    request: pytest.FixtureRequest, tmp_path: Path
) -> Iterator[tuple[str, str, dict[str, str]]]:
    kind = str(request.param)
    extra = {"LOG_LEVEL": "DEBUG"}
    if kind == "redis":
        redis.Redis.from_url(TEST_REDIS_URL).flushdb()
        extra |= {"TRACKER_STORE": "redis", "REDIS_URL": TEST_REDIS_URL}
    if kind == "postgresql":
        database_url = create_postgres_database()
    else:
        database_url = f"sqlite:///{tmp_path / 'complaintbot.db'}"
    try:
        yield kind, database_url, extra
    finally:
        if kind == "postgresql":
            drop_postgres_database(database_url)
        if kind == "redis":
            redis.Redis.from_url(TEST_REDIS_URL).flushdb()


def test_when_conversations_carry_personal_data_then_none_of_it_is_stored_or_logged(
    trained_model: Path, tmp_path: Path, backend: tuple[str, str, dict[str, str]]
) -> None:
    kind, database_url, extra = backend
    people = fake_people(CONVERSATIONS, seed=sum(map(ord, kind)))
    upgrade(database_url)
    lodged: dict[str, FakePerson] = {}
    with running_bot(trained_model, database_url, tmp_path / "logs", **extra) as bot:
        for index, person in enumerate(people):
            lodge = lodge_in_one_message if index % 2 else lodge_step_by_step
            reference = lodge(bot, person)
            lodged[reference] = person
            if index % 3 == 0:
                give_feedback_and_check_status(bot, person, reference)

    # Every complaint was stored, and its contact details come back from the vault.
    assert len(lodged) == CONVERSATIONS
    for reference, person in lodged.items():
        row = rows(database_url, "SELECT * FROM complaints WHERE reference = :r", r=reference)[0]
        assert revealed(database_url, row["customer_name_token"]) == person.name
        contact = row["contact_email_token"] or row["contact_phone_token"]
        assert revealed(database_url, contact) in (person.email, person.phone_e164)
    assert rows(database_url, "SELECT count(*) AS n FROM feedback")[0]["n"] >= 1

    # Nothing seeded is found raw anywhere we keep data.
    assert leaks(database_dump(database_url, tmp_path), people) == []
    logs = "\n".join(path.read_text() for path in (tmp_path / "logs").glob("*.log"))
    assert "DEBUG" in logs  # the scan covers the chattiest logging there is
    assert leaks(logs, people) == []
    if kind == "redis":
        stored = redis_dump(TEST_REDIS_URL)
        assert "complaintbot:tracker:" in stored  # the conversations really are in Redis
        assert leaks(stored, people) == []

    # A subject-access export holds that person's contact details and nobody else's data.
    env = {**os.environ, "DATABASE_URL": database_url, **extra}
    person = people[1]  # lodged in one message, with an email address
    export = subject_export(env, person.email)
    assert person.email in export and person.name in export
    others = [p for p in people if p is not person]
    assert leaks(export, others) == []
    assert person.card not in export and person.street not in export
    assert json.loads(export)["complaints"]
