"""Crisis resources in the customer's language (English when there is none for it)."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from bot.errors import ConfigurationError

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "defaults" / "crisis_resources.yml"


@lru_cache(maxsize=4)
def load_crisis_resources(path: Path = DEFAULT_FILE) -> dict[str, str]:
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ConfigurationError(f"cannot read the crisis resources file {path}") from err
    if not isinstance(raw, dict) or "en" not in raw:
        raise ConfigurationError(f"{path}: needs at least an `en` entry")
    return {str(language): str(text) for language, text in raw.items()}


def crisis_message(language: str, path: Path = DEFAULT_FILE) -> str:
    resources = load_crisis_resources(path)
    return resources.get(language, resources["en"])
