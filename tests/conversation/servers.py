"""Starts a real rasa server and action server as subprocesses, as `make run` does."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import requests

from bot.processes import action_server_command, rasa_server_command
from bot.settings import PROJECT_ROOT, load_settings

STARTUP_SECONDS = 240


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class RunningBot:
    base_url: str
    database_url: str
    log_dir: Path

    def say(self, sender: str, text: str) -> list[str]:
        """Sends one message over the REST channel; returns the bot's replies as texts."""
        response = requests.post(
            f"{self.base_url}/webhooks/rest/webhook",
            json={"sender": sender, "message": text},
            timeout=60,
        )
        response.raise_for_status()
        return [str(reply.get("text", "")) for reply in response.json()]

    def parse(self, text: str) -> dict:
        response = requests.post(f"{self.base_url}/model/parse", json={"text": text}, timeout=30)
        response.raise_for_status()
        return dict(response.json())


def _wait_until_ready(url: str, processes: list[subprocess.Popen], log_dir: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                logs = "\n".join(p.read_text()[-3000:] for p in log_dir.glob("*.log"))
                raise RuntimeError(f"a bot process exited during start-up:\n{logs}")
        try:
            status = requests.get(f"{url}/status", timeout=2)
            if status.ok and status.json().get("model_file"):
                return
        except requests.RequestException:
            pass
        time.sleep(1)
    raise RuntimeError(f"the rasa server did not become ready within {STARTUP_SECONDS}s")


@contextmanager
def running_bot(
    model: Path, database_url: str, log_dir: Path, **extra_env: str
) -> Iterator[RunningBot]:
    rasa_port, action_port = free_port(), free_port()
    env = dict(os.environ)
    env.update(
        {
            "DATABASE_URL": database_url,
            "RASA_PORT": str(rasa_port),
            "ACTION_SERVER_PORT": str(action_port),
            "ACTION_ENDPOINT_URL": f"http://127.0.0.1:{action_port}/webhook",
            "COMPLAINTBOT_MODELS_DIR": str(model.parent),
            "TF_CPP_MIN_LOG_LEVEL": "3",
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}",
            **extra_env,
        }
    )
    for key in ("RASA_API_TOKEN", "REDIS_URL"):
        if key not in extra_env:
            env.pop(key, None)
    settings = _settings_in(env)
    log_dir.mkdir(parents=True, exist_ok=True)
    processes: list[subprocess.Popen] = []
    try:
        for name, command in (
            ("actions", action_server_command(settings)),
            ("rasa", rasa_server_command(settings, model)),
        ):
            log = open(log_dir / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
            processes.append(
                subprocess.Popen(command, cwd=PROJECT_ROOT, env=env, stdout=log, stderr=log)
            )
        url = f"http://127.0.0.1:{rasa_port}"
        _wait_until_ready(url, processes, log_dir)
        yield RunningBot(url, database_url, log_dir)
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()


def _settings_in(env: dict[str, str]):
    saved = dict(os.environ)
    try:
        os.environ.clear()
        os.environ.update(env)
        return load_settings()
    finally:
        os.environ.clear()
        os.environ.update(saved)
