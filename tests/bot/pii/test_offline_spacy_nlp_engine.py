from __future__ import annotations

from bot.pii import PiiDetector


def test_when_the_engine_is_loaded_then_only_the_ner_pipe_runs(detector: PiiDetector) -> None:
    nlp = detector.analyzer.nlp_engine.nlp["en"]  # type: ignore[attr-defined]
    assert nlp.pipe_names == ["ner"]


def test_when_text_is_processed_then_lower_case_words_stand_in_for_lemmas(
    detector: PiiDetector,
) -> None:
    artifacts = detector.analyzer.nlp_engine.process_text("Call my Mobile", "en")
    assert artifacts.lemmas == ["call", "my", "mobile"]
