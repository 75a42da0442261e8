"""Starting the rasa server, the action server, and all of them together under honcho."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from bot.model import find_model, train_model
from bot.preflight import check_before_start, check_vault_keys
from bot.settings import PROJECT_ROOT, Settings, get_settings

DEVELOPMENT_KEY_FILE = "dev-vault.key"


def _bin(name: str) -> str:
    """Executables of this virtual environment, whether or not it is on PATH."""
    return str(Path(sys.executable).parent / name)


def _environment(settings: Settings) -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env.setdefault("ACTION_ENDPOINT_URL", settings.action_endpoint_url)
    env.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    env.setdefault("HF_HUB_OFFLINE", "1")
    env.setdefault("TRANSFORMERS_OFFLINE", "1")
    return env


def rasa_server_command(settings: Settings, model: Path) -> list[str]:
    command = [
        _bin("rasa"), "run", "--enable-api",
        "--interface", settings.rasa_interface,
        "--port", str(settings.rasa_port),
        "--model", str(model),
        "--endpoints", str(PROJECT_ROOT / "endpoints.yml"),
        "--credentials", str(PROJECT_ROOT / "credentials.yml"),
    ]  # fmt: skip
    if settings.rasa_api_token:
        command += ["--auth-token", settings.rasa_api_token]
    return command


def action_server_command(settings: Settings) -> list[str]:
    return [
        sys.executable, "-m", "bot.action_server",
        "--port", str(settings.action_port),
        "--actions", "actions",
    ]  # fmt: skip


def exec_rasa_server() -> int:
    settings = get_settings()
    settings.check_exposure()
    check_before_start(settings)
    command = rasa_server_command(settings, find_model(settings.models_dir))
    os.chdir(PROJECT_ROOT)
    os.execve(command[0], command, _environment(settings))


def exec_action_server() -> int:
    settings = get_settings()
    check_vault_keys(settings)
    command = action_server_command(settings)
    os.chdir(PROJECT_ROOT)
    os.execve(command[0], command, _environment(settings))


def run_console() -> int:
    """The agent console in this process (aiohttp), with log redaction on."""
    from aiohttp import web

    from bot.console.app import create_app
    from bot.log_redaction import install_log_redaction
    from bot.pii.settings import text_redactor

    settings = get_settings()
    settings.check_console_exposure()
    install_log_redaction(text_redactor(settings))
    web.run_app(create_app(settings), host=settings.console_interface, port=settings.console_port)
    return 0


def banner(settings: Settings) -> str:
    base = f"http://{settings.rasa_interface}:{settings.rasa_port}"
    token = "required" if settings.rasa_api_token else "off: localhost only"
    database = f"SQLite in {settings.runtime_dir}" if settings.uses_sqlite else "DATABASE_URL"
    example = '{"sender": "me", "message": "I want to make a complaint"}'
    return "\n".join(
        [
            "",
            "complaintbot is starting (Ctrl-C stops everything).",
            f"  Talk to it:      POST {base}/webhooks/rest/webhook",
            f"                   curl -s {base}/webhooks/rest/webhook \\",
            f"                     -H 'Content-Type: application/json' -d '{example}'",
            f"  HTTP API:        {base}/  (token {token})",
            f"  Action server:   http://127.0.0.1:{settings.action_port}/webhook",
            f"  Agent console:   http://127.0.0.1:{settings.console_port}/  "
            "(create a user: complaintbot users add NAME --role agent)",
            f"  Database:        {database}",
            f"  Lock store:      {'Redis (REDIS_URL)' if settings.redis_url else 'in memory'}",
            f"  Tracker store:   {settings.tracker_store.upper()}, personal data redacted",
            "  Contact vault:   encrypted with VAULT_KEYS",
            "",
        ]
    )


def use_development_vault_key_if_unset(settings: Settings) -> Settings:
    """`make run` works out of the box: a local key in the runtime folder, never in git."""
    if settings.vault_keys:
        return settings
    from bot.vault.keys import ensure_development_key

    path = settings.runtime_dir / DEVELOPMENT_KEY_FILE
    os.environ["VAULT_KEYS"] = ensure_development_key(path)
    print(f"VAULT_KEYS is not set: using the development key in {path} (not for production)")
    get_settings.cache_clear()
    return get_settings()


def run_all() -> int:
    """Migrate, train if data changed, then run every process under one Procfile runner."""
    from bot.store.migrate import upgrade

    settings = use_development_vault_key_if_unset(get_settings())
    settings.check_exposure()
    settings.runtime_dir.mkdir(parents=True, exist_ok=True)
    upgrade(settings.database_url)
    train_model(PROJECT_ROOT, settings.models_dir, if_changed=True)
    print(banner(settings), flush=True)
    command = [_bin("honcho"), "--procfile", str(PROJECT_ROOT / "Procfile"), "start"]
    os.chdir(PROJECT_ROOT)
    os.execve(command[0], command, _environment(settings))
