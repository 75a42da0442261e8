"""`complaintbot run` (what `make run` starts): one command brings up the whole bot, a REST
conversation completes a complaint into the database, and Ctrl-C stops every child."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from bot.settings import PROJECT_ROOT
from bot.store.engine import create_engine_for
from bot.vault.contact_vault import ContactVault
from bot.vault.keys import parse_keys
from tests.conversation.conftest import rows
from tests.conversation.servers import free_port
from tests.conversation.test_complaint_conversations import reference_in

pytestmark = pytest.mark.model
COMPLAINTBOT = str(Path(sys.executable).parent / "complaintbot")


def port_is_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def wait_for_model(base_url: str, process: subprocess.Popen[str], seconds: int = 240) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert process.poll() is None, "complaintbot run exited during start-up"
        try:
            if requests.get(f"{base_url}/status", timeout=2).json().get("model_file"):
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise AssertionError("the bot did not become ready")


def test_when_run_starts_everything_then_a_complaint_is_lodged_and_ctrl_c_stops_all(
    trained_model: Path, tmp_path: Path
) -> None:
    rasa_port, action_port, console_port = free_port(), free_port(), free_port()
    database_url = f"sqlite:///{tmp_path / 'runtime' / 'complaintbot.db'}"
    env = {
        **os.environ,
        "COMPLAINTBOT_RUNTIME_DIR": str(tmp_path / "runtime"),
        "DATABASE_URL": database_url,
        "COMPLAINTBOT_MODELS_DIR": str(trained_model.parent),
        "RASA_PORT": str(rasa_port),
        "ACTION_SERVER_PORT": str(action_port),
        "CONSOLE_PORT": str(console_port),
    }
    # No VAULT_KEYS: `run` must create a development key, as it does for a newcomer.
    for key in (
        "ACTION_ENDPOINT_URL", "RASA_API_TOKEN", "REDIS_URL", "RASA_INTERFACE", "VAULT_KEYS"
    ):  # fmt: skip
        env.pop(key, None)
    log = open(tmp_path / "run.log", "w")  # noqa: SIM115 - closed below
    process = subprocess.Popen(
        [COMPLAINTBOT, "run"], cwd=PROJECT_ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
        text=True, start_new_session=True,
    )  # fmt: skip
    base_url = f"http://127.0.0.1:{rasa_port}"
    try:
        wait_for_model(base_url, process)

        def say(text: str) -> list[str]:
            reply = requests.post(
                f"{base_url}/webhooks/rest/webhook",
                json={"sender": "run-test", "message": text},
                timeout=60,
            )
            return [m.get("text", "") for m in reply.json()]

        say(
            "I want to complain about my landline, it has had no dial tone since last Monday "
            "and I am elderly and rely on it. Please repair it and compensate me. I'm Lou "
            "Example and my neighbour on 07700 900461 has been taking my calls."
        )
        say("Lou Example")
        say("lou.example@example.com")
        say("yes")
        reference = reference_in(say("yes"))
        stored = rows(database_url, "SELECT * FROM complaints WHERE reference = :r", r=reference)
        assert len(stored) == 1
        fields = ("product", "description", "incident_date", "desired_outcome", "consent")
        assert all(stored[0][field] not in (None, "") for field in fields)
        assert "<PERSON>" in stored[0]["description"]
        assert "<PHONE_NUMBER>" in stored[0]["description"]
        # Every stored text has placeholders; the vault still has the real contact.
        everything = repr(rows(database_url, "SELECT * FROM complaints")) + repr(
            rows(database_url, "SELECT data FROM events")
        )
        assert "<PERSON>" in everything and "<EMAIL_ADDRESS>" in everything
        for raw in ("Lou Example", "lou.example@example.com", "07700 900461"):
            assert raw not in everything
        key_file = tmp_path / "runtime" / "dev-vault.key"
        assert key_file.stat().st_mode & 0o777 == 0o600
        engine = create_engine_for(database_url)
        try:
            vault = ContactVault(engine, parse_keys(key_file.read_text()))
            assert vault.reveal(stored[0]["contact_email_token"]) == "lou.example@example.com"
        finally:
            engine.dispose()
        console = requests.get(f"http://127.0.0.1:{console_port}/healthz", timeout=5)
        assert console.json() == {"ok": True}
    finally:
        process.send_signal(signal.SIGINT)  # what Ctrl-C sends
        try:
            process.wait(timeout=60)
        finally:
            log.close()
            if process.poll() is None:
                os.killpg(process.pid, signal.SIGKILL)
    banner = (tmp_path / "run.log").read_text()
    assert f"POST http://127.0.0.1:{rasa_port}/webhooks/rest/webhook" in banner
    time.sleep(1)
    assert f"Agent console:   http://127.0.0.1:{console_port}/" in banner
    assert not any(port_is_open(port) for port in (rasa_port, action_port, console_port))
