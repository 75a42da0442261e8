from __future__ import annotations

import pytest

from bot.errors import ConfigurationError
from bot.settings import is_loopback, load_settings


@pytest.mark.parametrize(
    ("host", "loopback"),
    [
        ("127.0.0.1", True),
        ("localhost", True),
        ("::1", True),
        ("0.0.0.0", False),
        ("10.1.2.3", False),
    ],
)
def test_when_host_is_given_then_loopback_is_recognised(host: str, loopback: bool) -> None:
    assert is_loopback(host) is loopback


def test_when_api_listens_beyond_localhost_without_token_then_start_is_refused(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RASA_INTERFACE", "0.0.0.0")
    monkeypatch.delenv("RASA_API_TOKEN", raising=False)
    with pytest.raises(ConfigurationError, match="RASA_API_TOKEN"):
        load_settings().check_exposure()
    monkeypatch.setenv("RASA_API_TOKEN", "t0ken")
    load_settings().check_exposure()


def test_when_nothing_is_set_then_sqlite_in_the_runtime_folder_is_the_default(
    monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    monkeypatch.delenv("DATABASE_URL", raising=False)
    monkeypatch.setenv("COMPLAINTBOT_RUNTIME_DIR", str(tmp_path))
    settings = load_settings()
    assert settings.database_url == f"sqlite:///{tmp_path / 'complaintbot.db'}"
    assert settings.uses_sqlite and settings.redis_url is None


def test_when_a_number_setting_is_not_a_number_then_the_error_names_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("RASA_PORT", "five")
    with pytest.raises(ConfigurationError, match="RASA_PORT"):
        load_settings()


@pytest.mark.parametrize(
    ("interface", "secure", "refused"),
    [("127.0.0.1", "false", False), ("0.0.0.0", "false", True), ("0.0.0.0", "true", False)],
)
def test_when_the_console_listens_beyond_localhost_then_secure_cookies_are_required(
    monkeypatch: pytest.MonkeyPatch, interface: str, secure: str, refused: bool
) -> None:
    monkeypatch.setenv("CONSOLE_INTERFACE", interface)
    monkeypatch.setenv("CONSOLE_SECURE_COOKIES", secure)
    settings = load_settings()

    if refused:
        with pytest.raises(ConfigurationError, match="CONSOLE_SECURE_COOKIES=true"):
            settings.check_console_exposure()
    else:
        settings.check_console_exposure()
