from __future__ import annotations

import pytest

from tests.bot.pii.helpers import Found

ADDRESSES = [
    ("my IP is 192.0.2.10", "192.0.2.10"),
    ("router at 198.51.100.255.", "198.51.100.255"),
    ("203.0.113.7 keeps getting blocked", "203.0.113.7"),
    ("server 2001:db8::1 is down", "2001:db8::1"),
    ("2001:0db8:85a3:0000:0000:8a2e:0370:7334", "2001:0db8:85a3:0000:0000:8a2e:0370:7334"),
    ("loopback ::1", "::1"),
    ("mapped ::ffff:192.0.2.128", "::ffff:192.0.2.128"),
]

NOT_ADDRESSES = [
    "at 10:30:00 yesterday",
    "version 1.2.3",
    "999.1.1.1",
    "1.2.3.4.5",
    "it cost 12.50",
    "2001:db8::g1",
]


@pytest.mark.parametrize(("text", "address"), ADDRESSES)
def test_when_text_has_an_ip_address_then_it_is_found(
    found: Found, text: str, address: str
) -> None:
    assert ("IP_ADDRESS", address) in found(text)


@pytest.mark.parametrize("text", NOT_ADDRESSES)
def test_when_it_only_looks_like_an_address_then_no_ip(found: Found, text: str) -> None:
    assert [span for span in found(text) if span[0] == "IP_ADDRESS"] == []
