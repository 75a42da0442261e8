from __future__ import annotations

import pytest

from bot.language import detect_language


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("My parcel arrived broken and nobody answers my emails about a refund.", "en"),
        ("Mi paquete llegó roto y nadie contesta mis correos sobre el reembolso.", "es"),
        ("Mon colis est arrivé cassé et personne ne répond à mes courriels.", "fr"),
        ("Mein Paket kam kaputt an und niemand antwortet auf meine E-Mails.", "de"),
    ],
)
def test_when_text_is_long_enough_then_its_language_is_detected(text: str, code: str) -> None:
    guess = detect_language(text)
    assert guess.code == code
    assert 0.5 < guess.confidence <= 1.0


@pytest.mark.parametrize("text", ["ok", "yes pls", "12345 678", "", "CMP-2026-000123"])
def test_when_text_is_too_short_then_language_is_undetermined(text: str) -> None:
    assert detect_language(text).code == "und"


def test_when_detecting_twice_then_the_answer_is_the_same() -> None:
    text = "Ciao, il mio ordine non è mai arrivato e voglio un rimborso"
    assert detect_language(text) == detect_language(text)
