from __future__ import annotations

from pathlib import Path

import pytest

from bot import preflight
from bot.errors import ConfigurationError
from bot.settings import load_settings


def test_when_everything_is_reachable_then_the_checks_pass(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'ok.db'}")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:6379/15")
    preflight.check_before_start(load_settings())


def test_when_the_database_is_down_then_start_stops_with_a_clear_error_without_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql+psycopg2://u:s3cret@127.0.0.1:1/nowhere")
    monkeypatch.delenv("REDIS_URL", raising=False)
    with pytest.raises(ConfigurationError, match="cannot reach the database") as caught:
        preflight.check_before_start(load_settings())
    assert "s3cret" not in str(caught.value)


def test_when_redis_is_down_then_start_stops_with_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'ok.db'}")
    monkeypatch.setenv("REDIS_URL", "redis://127.0.0.1:1/0")
    with pytest.raises(ConfigurationError, match="cannot reach Redis"):
        preflight.check_before_start(load_settings())


def test_when_a_store_class_cannot_be_imported_then_start_refuses_the_in_memory_fallback(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(preflight, "STORE_CLASSES", ("bot.rasa_stores:NoSuchStore",))
    with pytest.raises(ConfigurationError, match="in-memory fallback"):
        preflight.check_store_classes()
