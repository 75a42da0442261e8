"""Training the Rasa model when its inputs change, and finding/loading it."""

from __future__ import annotations

import hashlib
import logging
import os
from pathlib import Path
from typing import TYPE_CHECKING

from bot.errors import ModelNotFoundError

if TYPE_CHECKING:
    from rasa.core.agent import Agent

logger = logging.getLogger(__name__)
MODEL_NAME = "complaintbot"
TRAINING_INPUTS = ("domain.yml", "config.yml", "data")


def quiet_tensorflow() -> None:
    """TensorFlow prints pages of notices on import; keep stderr for our own messages."""
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")


def training_fingerprint(project_root: Path) -> str:
    """A hash of everything the model is trained from: data/, domain.yml and config.yml."""
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = project_root / name
        files = sorted(p for p in path.rglob("*") if p.is_file()) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(project_root)).encode())
            digest.update(file.read_bytes() if file.exists() else b"<missing>")
    return digest.hexdigest()


def model_path(models_dir: Path) -> Path:
    return models_dir / f"{MODEL_NAME}.tar.gz"


def _fingerprint_path(models_dir: Path) -> Path:
    return models_dir / f"{MODEL_NAME}.fingerprint"


def is_up_to_date(project_root: Path, models_dir: Path) -> bool:
    stamp = _fingerprint_path(models_dir)
    return (
        model_path(models_dir).exists()
        and stamp.exists()
        and stamp.read_text().strip() == training_fingerprint(project_root)
    )


def train_model(project_root: Path, models_dir: Path, *, if_changed: bool = False) -> Path:
    """Train (or keep, when nothing changed and `if_changed`) the model; returns its path."""
    if if_changed and is_up_to_date(project_root, models_dir):
        logger.info("Model is up to date with data/, domain.yml and config.yml")
        return model_path(models_dir)
    quiet_tensorflow()
    from rasa.api import train

    fingerprint = training_fingerprint(project_root)
    models_dir.mkdir(parents=True, exist_ok=True)
    result = train(
        domain=str(project_root / "domain.yml"),
        config=str(project_root / "config.yml"),
        training_files=str(project_root / "data"),
        output=str(models_dir),
        fixed_model_name=MODEL_NAME,
        force_training=True,
    )
    if result.code != 0 or not result.model:
        raise ModelNotFoundError(f"training failed (rasa exit code {result.code})")
    _fingerprint_path(models_dir).write_text(fingerprint + "\n")
    return Path(result.model)


def find_model(location: Path) -> Path:
    """The model file at `location` (a file, or a models folder holding ours)."""
    path = location if location.is_file() else model_path(location)
    if not path.exists():
        raise ModelNotFoundError(
            f"no trained model at {path}. Train one with `make train` "
            "(or `complaintbot train`), then try again."
        )
    return path


def load_agent(path: Path) -> Agent:
    """Load the model for in-process parsing, with Rasa's debug logs (which echo text) off."""
    quiet_tensorflow()
    from rasa.core.agent import Agent
    from rasa.utils.log_utils import configure_structlog

    logging.getLogger("rasa").setLevel(logging.WARNING)
    configure_structlog(logging.WARNING)
    return Agent.load(str(path))
