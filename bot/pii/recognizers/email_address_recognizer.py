"""Email addresses, checked against the public suffix list bundled with tldextract."""

from __future__ import annotations

from functools import lru_cache

import tldextract
from presidio_analyzer import Pattern, PatternRecognizer


@lru_cache(maxsize=1)
def offline_tld_extractor() -> tldextract.TLDExtract:
    """A TLDExtract that never fetches the suffix list: no URLs, no cache, bundled snapshot.

    Presidio's own EmailRecognizer calls `tldextract.extract`, which downloads the list on
    first use; this one cannot reach the network by construction.
    """
    return tldextract.TLDExtract(cache_dir=None, suffix_list_urls=(), fallback_to_snapshot=True)


class EmailAddressRecognizer(PatternRecognizer):
    """Addresses like sam@example.com; the domain must end in a known public suffix."""

    PATTERNS = [
        Pattern(
            "email",
            r"(?<![\w.+-])[\w!#$%&'*+/=?^`{|}~-]+(?:\.[\w!#$%&'*+/=?^`{|}~-]+)*"
            r"@(?:[^\W_](?:[\w-]*[^\W_])?\.)+[^\W\d_]{2,}\b",
            0.5,
        ),
    ]
    CONTEXT = ["email", "e-mail", "mail"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="EMAIL_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        domain = pattern_text.rsplit("@", 1)[-1]
        return bool(offline_tld_extractor()(domain).suffix)
