from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator

import pytest
import tldextract

from bot.pii import PII_TYPES, PiiConfig, PiiDetector
from bot.pii.analyzer_provider import create_analyzer
from bot.pii.recognizers.email_address_recognizer import offline_tld_extractor

PROXY_VARIABLES = (
    "HTTP_PROXY",
    "HTTPS_PROXY",
    "ALL_PROXY",
    "http_proxy",
    "https_proxy",
    "all_proxy",
)


def _is_local(host: object) -> bool:
    if host in (None, "localhost") or isinstance(host, bytes | int):
        return host in (None, "localhost")
    try:
        return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
    except ValueError:
        return False


@pytest.fixture
def network_attempts(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[object]]:
    """Refuse (and record) every DNS lookup or connection that would leave this machine."""
    attempts: list[object] = []
    real_connect = socket.socket.connect
    real_getaddrinfo = socket.getaddrinfo

    def connect(sock: socket.socket, address: object) -> None:
        internet = sock.family in (socket.AF_INET, socket.AF_INET6)
        if internet and isinstance(address, tuple) and not _is_local(address[0]):
            attempts.append(address[0])
            raise OSError("network access is blocked in this test")
        real_connect(sock, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> object:
        if not _is_local(host):
            attempts.append(host)
            raise socket.gaierror("network access is blocked in this test")
        return real_getaddrinfo(host, *args, **kwargs)  # type: ignore[arg-type]

    for variable in PROXY_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket.socket, "connect_ex", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    offline_tld_extractor.cache_clear()
    yield attempts
    offline_tld_extractor.cache_clear()


def test_when_tldextract_is_left_to_its_defaults_then_the_guard_sees_it_reach_out(
    network_attempts: list[object],
) -> None:
    # Proves the guard works: this is what Presidio's own EmailRecognizer would do.
    extract = tldextract.TLDExtract(
        cache_dir=None, suffix_list_urls=("https://publicsuffix.org/list/public_suffix_list.dat",)
    )
    assert extract("sam@example.com").suffix == "com"
    assert network_attempts != []


def test_when_the_engine_is_built_and_emails_and_urls_are_detected_then_nothing_reaches_the_network(
    network_attempts: list[object],
) -> None:
    detector = PiiDetector(PiiConfig(), analyzer=create_analyzer(PiiConfig()))
    text = (
        "Email sam@example.co.uk or alex@mail.example.org about "
        "https://www.example.com/complaints?id=7 and http://example.net/help"
    )
    spans = [(s.type, text[s.start : s.end]) for s in detector.detect(text)]
    assert spans == [
        ("EMAIL_ADDRESS", "sam@example.co.uk"),
        ("EMAIL_ADDRESS", "alex@mail.example.org"),
    ]
    assert network_attempts == []


def test_when_the_engine_is_built_then_only_recognizers_for_our_pii_types_are_registered(
    detector: PiiDetector,
) -> None:
    assert set(detector.analyzer.get_supported_entities("en")) == set(PII_TYPES)
    kinds = {type(recognizer).__name__ for recognizer in detector.analyzer.get_recognizers("en")}
    # Presidio's EmailRecognizer would fetch the public suffix list; ours never does.
    assert "EmailRecognizer" not in kinds and "EmailAddressRecognizer" in kinds
