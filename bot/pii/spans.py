"""What the PII detector reports: typed spans over the original text, and redaction results."""

from __future__ import annotations

from dataclasses import dataclass

PII_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "CREDIT_CARD",
    "IBAN_CODE",
    "UK_BANK_ACCOUNT",
    "US_SSN",
    "UK_NINO",
    "STREET_ADDRESS",
    "POSTCODE",
    "DATE_OF_BIRTH",
    "IP_ADDRESS",
)


@dataclass(frozen=True)
class PiiSpan:
    """One piece of PII; `start`/`end` are character offsets into the original text."""

    type: str
    start: int
    end: int
    score: float

    def as_dict(self) -> dict[str, object]:
        return {"type": self.type, "start": self.start, "end": self.end, "score": self.score}


@dataclass(frozen=True)
class Redaction:
    """Redacted text plus the spans that were replaced (offsets into the original text)."""

    text: str
    spans: tuple[PiiSpan, ...]
    failed: bool = False
