"""Vault keys: the development key is created once, private, and reused."""

from __future__ import annotations

from pathlib import Path

from bot.vault.keys import ensure_development_key, parse_keys


def test_when_no_key_file_exists_then_one_is_created_private_and_then_reused(
    tmp_path: Path,
) -> None:
    path = tmp_path / "runtime" / "dev-vault.key"

    first = ensure_development_key(path)
    second = ensure_development_key(path)

    assert first == second
    assert parse_keys(first)  # a valid Fernet key
    assert path.stat().st_mode & 0o777 == 0o600


def test_when_several_keys_are_given_then_the_first_one_is_the_newest(tmp_path: Path) -> None:
    first = ensure_development_key(tmp_path / "a.key")
    second = ensure_development_key(tmp_path / "b.key")

    keys = parse_keys(f" {first} , {second} ,")

    assert [key.decode() for key in keys] == [first, second]
