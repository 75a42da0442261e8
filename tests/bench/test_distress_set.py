"""The distress benchmark files must load, be labelled consistently with the labelling guide,
cover the four languages and hard negatives, and hold no personal data that could be real."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from bench.distress_set import (
    HIGH_ONLY_SIGNALS,
    LANGUAGES,
    LEVELS,
    PHRASES_PATH,
    PHRASINGS,
    SET_PATH,
    SIGNALS,
    DistressSetError,
    LabelledDistress,
    SelfHarmPhrase,
    load_phrases,
    load_set,
)

EMAIL_IN_TEXT = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")
FICTIONAL_EMAIL_DOMAINS = {"example.com", "example.org", "example.net"}
# Runs of 9+ digits, optionally split by spaces, dots, dashes or brackets, with an optional +.
PHONE_LIKE = re.compile(r"\+?\(?\d(?:[\d\s().-]*\d){8,}")
SET_KEYS = {"text", "level", "language", "signals", "hard_negative"}
PHRASE_KEYS = {"text", "language", "phrasing"}
OTHER_LANGUAGES = ("es", "fr", "de")


@pytest.fixture(scope="module")
def items() -> list[LabelledDistress]:
    return load_set()


@pytest.fixture(scope="module")
def phrases() -> list[SelfHarmPhrase]:
    return load_phrases()


def is_fictional_phone(candidate: str) -> bool:
    """Only Ofcom's drama range 07700 900000-900999, national or +44."""
    digits = re.sub(r"\D", "", candidate)
    national = re.sub(r"^(?:0044|44)", "0", digits)
    return re.fullmatch(r"07700900\d{3}", national) is not None


def personal_data_problems(text: str) -> list[str]:
    problems = [
        f"email at {m.group(1)}"
        for m in EMAIL_IN_TEXT.finditer(text)
        if m.group(1).lower() not in FICTIONAL_EMAIL_DOMAINS
    ]
    problems += [
        f"phone-like {m.group(0).strip()}"
        for m in PHONE_LIKE.finditer(text)
        if not is_fictional_phone(m.group(0))
    ]
    return problems


def normalised(text: str) -> str:
    return " ".join(text.casefold().split())


@pytest.mark.parametrize(
    ("path", "key", "allowed"),
    [(SET_PATH, "items", SET_KEYS), (PHRASES_PATH, "phrases", PHRASE_KEYS)],
)
def test_when_a_file_is_read_then_every_entry_uses_only_known_fields(
    path: Path, key: str, allowed: set[str]
) -> None:
    entries = yaml.safe_load(path.read_text(encoding="utf-8"))[key]
    for entry in entries:
        assert set(entry) <= allowed, entry
        assert {"text", "language"} <= set(entry), entry


def test_when_the_set_is_loaded_then_fields_are_in_range(items: list[LabelledDistress]) -> None:
    assert len(items) >= 400
    for item in items:
        assert item.text.strip() == item.text and item.text, item.text
        assert item.level in LEVELS, item
        assert item.language in LANGUAGES, item
        assert set(item.signals) <= set(SIGNALS), item
        assert len(set(item.signals)) == len(item.signals), item


def test_when_an_item_is_labelled_then_signals_agree_with_its_level(
    items: list[LabelledDistress],
) -> None:
    for item in items:
        if item.level == "none":
            assert not item.signals, item
        else:
            assert item.signals, item
        if item.level == "low":
            assert not HIGH_ONLY_SIGNALS & set(item.signals), item
        if item.hard_negative:
            assert item.level == "none", item


def test_when_languages_are_counted_then_the_minimums_hold(
    items: list[LabelledDistress],
) -> None:
    counts = Counter(item.language for item in items)
    assert counts["en"] >= 0.6 * len(items), counts
    for language in OTHER_LANGUAGES:
        assert counts[language] >= 30, counts


@pytest.mark.parametrize("language", LANGUAGES)
def test_when_a_language_is_checked_then_it_has_self_harm_and_hard_negatives(
    items: list[LabelledDistress], language: str
) -> None:
    own = [item for item in items if item.language == language]
    assert any("self_harm" in item.signals and item.level == "high" for item in own)
    assert sum(item.hard_negative for item in own) >= 5
    assert {item.level for item in own} == set(LEVELS)


def test_when_hard_negatives_are_counted_then_there_are_at_least_40(
    items: list[LabelledDistress],
) -> None:
    assert sum(item.hard_negative for item in items) >= 40


def test_when_the_phrases_are_loaded_then_they_cover_every_language_and_phrasing(
    phrases: list[SelfHarmPhrase],
) -> None:
    assert len(phrases) >= 60
    pairs = Counter((phrase.language, phrase.phrasing) for phrase in phrases)
    for language in LANGUAGES:
        for phrasing in PHRASINGS:
            assert pairs[language, phrasing] >= 5, (language, phrasing)


def test_when_texts_are_compared_then_none_repeats_across_both_files(
    items: list[LabelledDistress], phrases: list[SelfHarmPhrase]
) -> None:
    texts = Counter(normalised(t) for t in [i.text for i in items] + [p.text for p in phrases])
    assert [text for text, count in texts.items() if count > 1] == []


def test_when_texts_are_scanned_then_personal_data_is_only_fictional(
    items: list[LabelledDistress], phrases: list[SelfHarmPhrase]
) -> None:
    texts = [i.text for i in items] + [p.text for p in phrases]
    found = {text: personal_data_problems(text) for text in texts}
    assert {text: problems for text, problems in found.items() if problems} == {}


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("call me on 07700 900412", True),
        ("or +44 7700 900123", True),
        ("write to sam@example.org", True),
        ("call me on 07911 123456", False),
        ("my number is 020 7123 4567", False),
        ("email sam.t@gmail.com", False),
        ("order 55821, £42.99 on 12/05", True),
    ],
)
def test_when_the_personal_data_guard_sees_a_value_then_only_fictional_ones_pass(
    text: str, clean: bool
) -> None:
    assert (personal_data_problems(text) == []) is clean


def test_when_a_file_is_malformed_then_loading_names_the_problem(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yml"
    bad.write_text(
        "items:\n  - {text: hi, level: severe, language: en, signals: []}\n", encoding="utf-8"
    )
    with pytest.raises(DistressSetError, match="level"):
        load_set(bad)
    bad.write_text("phrases: {}\n", encoding="utf-8")
    with pytest.raises(DistressSetError, match="phrases"):
        load_phrases(bad)
