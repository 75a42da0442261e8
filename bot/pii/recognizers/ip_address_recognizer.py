"""IPv4 and IPv6 addresses, confirmed by the standard library's parser."""

from __future__ import annotations

import ipaddress

from presidio_analyzer import Pattern, PatternRecognizer

_OCTET = r"(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)"


class IpAddressRecognizer(PatternRecognizer):
    """192.0.2.10, 2001:db8::1, ::1; times like 10:30:00 fail the parser and are dropped."""

    PATTERNS = [
        Pattern("ipv4", rf"(?<![\w.]){_OCTET}(?:\.{_OCTET}){{3}}(?![\w]|\.\d)", 0.6),
        Pattern(
            "ipv6",
            r"(?<![\w:.])(?:[0-9a-f]{0,4}:){2,7}(?:[0-9a-f]{1,4}|"
            + rf"{_OCTET}(?:\.{_OCTET}){{3}})?"
            r"(?![\w:])",
            0.6,
        ),
    ]
    CONTEXT = ["ip", "address", "ipv4", "ipv6", "router", "server"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="IP_ADDRESS",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        try:
            ipaddress.ip_address(pattern_text)
        except ValueError:
            return False
        return True
