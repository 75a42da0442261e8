"""Everything intake needs besides the conversation: catalogue, region, today's date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from bot.fields import Catalogue
from bot.settings import Settings, get_settings


@dataclass(frozen=True)
class IntakeContext:
    catalogue: Catalogue
    phone_region: str
    today: date
    day_first: bool = True
    min_description_words: int = 8
    max_field_attempts: int = 3


@lru_cache(maxsize=4)
def _catalogue(path: str) -> Catalogue:
    """Read once per file: the catalogue does not change while the server runs."""
    return Catalogue.from_yaml(Path(path))


def context_from_settings(
    settings: Settings | None = None, today: date | None = None
) -> IntakeContext:
    settings = settings or get_settings()
    return IntakeContext(
        catalogue=_catalogue(str(settings.products_file)),
        phone_region=settings.phone_region,
        today=today or date.today(),
        day_first=settings.date_day_first,
        min_description_words=settings.min_description_words,
        max_field_attempts=settings.max_field_attempts,
    )
