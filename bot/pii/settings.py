"""The PiiConfig our settings describe (PII_SPACY_MODEL, PII_PHONE_REGIONS, PII_PLACEHOLDERS)."""

from __future__ import annotations

from collections.abc import Callable

from bot.errors import ConfigurationError
from bot.pii.config import PiiConfig
from bot.pii.detector import get_detector
from bot.pii.spans import PII_TYPES
from bot.settings import Settings


def pii_config_from_settings(settings: Settings) -> PiiConfig:
    unknown = sorted({pii_type for pii_type, _ in settings.pii_placeholders} - set(PII_TYPES))
    if unknown:
        raise ConfigurationError(
            f"PII_PLACEHOLDERS: unknown type(s) {', '.join(unknown)}; known: {', '.join(PII_TYPES)}"
        )
    return PiiConfig(
        spacy_model=settings.pii_spacy_model,
        placeholders=dict(settings.pii_placeholders),
        phone_regions=settings.pii_phone_regions,
    )


def text_redactor(settings: Settings) -> Callable[[str], str]:
    """The shared detector for these settings, as a text -> redacted text function."""
    return get_detector(pii_config_from_settings(settings)).redact_text
