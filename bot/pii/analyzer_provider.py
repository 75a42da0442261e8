"""Builds the Presidio AnalyzerEngine from a PiiConfig: spaCy NER plus our recognizers only.

Presidio's default registry loads ~30 recognizers for other countries and its EmailRecognizer
fetches the public suffix list over the network; we register just what PII_TYPES needs.
"""

from __future__ import annotations

import logging
from typing import Any

from presidio_analyzer import AnalyzerEngine, EntityRecognizer, RecognizerRegistry
from presidio_analyzer.nlp_engine import NlpEngine, NlpEngineProvider
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from bot.pii import recognizers as r
from bot.pii.config import PiiConfig
from bot.pii.in_place_context_enhancer import InPlaceContextEnhancer
from bot.pii.offline_spacy_nlp_engine import OfflineSpacyNlpEngine

LANGUAGE = "en"
NER_SCORE = 0.7
# spaCy labels we never report; PERSON is the only NER label among PII_TYPES.
_IGNORED_LABELS = [
    "CARDINAL", "DATE", "EVENT", "FAC", "GPE", "LANGUAGE", "LAW", "LOC", "MONEY", "NORP",
    "ORDINAL", "ORG", "PERCENT", "PRODUCT", "QUANTITY", "TIME", "WORK_OF_ART", "MISC",
]  # fmt: skip


def nlp_configuration(config: PiiConfig) -> dict[str, Any]:
    """The NlpEngineProvider configuration for `config.spacy_model`."""
    return {
        "nlp_engine_name": OfflineSpacyNlpEngine.engine_name,
        "models": [{"lang_code": LANGUAGE, "model_name": config.spacy_model}],
        "ner_model_configuration": {
            "model_to_presidio_entity_mapping": {"PERSON": "PERSON", "PER": "PERSON"},
            "labels_to_ignore": _IGNORED_LABELS,
            "low_score_entity_names": [],
            # The small model is often wrong; pattern and cue matches should win overlaps.
            "default_score": NER_SCORE,
        },
    }


def create_nlp_engine(config: PiiConfig) -> NlpEngine:
    provider = NlpEngineProvider(
        nlp_engines=(OfflineSpacyNlpEngine,), nlp_configuration=nlp_configuration(config)
    )
    return provider.create_engine()


def create_recognizers(config: PiiConfig) -> list[EntityRecognizer]:
    return [
        SpacyRecognizer(supported_language=LANGUAGE, supported_entities=["PERSON"]),
        r.CuedPersonRecognizer(),
        r.EmailAddressRecognizer(),
        r.PhoneNumberRecognizer(regions=config.phone_regions),
        r.CreditCardRecognizer(),
        r.IbanRecognizer(),
        r.UkBankAccountRecognizer(),
        r.UsSsnRecognizer(),
        r.UkNinoRecognizer(),
        r.StreetAddressRecognizer(),
        r.PostcodeRecognizer(),
        r.DateOfBirthRecognizer(),
        r.IpAddressRecognizer(),
    ]


def create_analyzer(config: PiiConfig) -> AnalyzerEngine:
    """A ready AnalyzerEngine; loads the spaCy model, so call it once per process."""
    # Presidio logs matched context words at DEBUG; keep raw text out of the logs.
    logging.getLogger("presidio-analyzer").setLevel(logging.WARNING)
    registry = RecognizerRegistry(
        recognizers=create_recognizers(config), supported_languages=[LANGUAGE]
    )
    return AnalyzerEngine(
        registry=registry,
        nlp_engine=create_nlp_engine(config),
        supported_languages=[LANGUAGE],
        default_score_threshold=config.min_score,
        context_aware_enhancer=InPlaceContextEnhancer(),
    )
