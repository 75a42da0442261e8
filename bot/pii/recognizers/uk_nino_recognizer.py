"""UK National Insurance numbers with an allocatable prefix and an A-D suffix."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# First letter never D F I Q U V, second never D F I O Q U V; BG GB KN NK NT TN ZZ are not
# allocated. QQ is HMRC's specimen prefix (QQ 12 34 56 C) and is redacted too.
_PREFIX = r"(?!BG|GB|KN|NK|NT|TN|ZZ)(?:QQ|[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])"


class UkNinoRecognizer(PatternRecognizer):
    """QQ 12 34 56 C, AB123456C; the prefix rules keep random letter-digit codes out."""

    PATTERNS = [
        Pattern(
            "nino",
            rf"\b{_PREFIX}([ -]?)\d{{2}}\1\d{{2}}\1\d{{2}}\1[A-D]\b",
            0.7,
        ),
        Pattern("nino digits together", rf"\b{_PREFIX}[ -]?\d{{6}}[ -]?[A-D]\b", 0.7),
    ]
    CONTEXT = ["national", "insurance", "nino", "ni"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="UK_NINO",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )
