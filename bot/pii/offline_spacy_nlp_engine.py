"""Presidio's spaCy engine, loading models from disk only and running just the NER pipe.

Presidio's own engine downloads missing models and runs the full pipeline; PII detection
only needs tokens and entities, and the parser and tagger would double the time per message.
"""

from __future__ import annotations

import spacy
from presidio_analyzer.nlp_engine import NlpArtifacts, SpacyNlpEngine
from spacy.language import Language
from spacy.pipeline import Tok2Vec
from spacy.tokens import Doc

from bot.pii.spacy_model import resolve_spacy_model

UNUSED_PIPES = ("parser", "tagger", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


def load_ner_pipeline(name_or_path: str) -> Language:
    """Load a spaCy model with only the pipes NER needs."""
    nlp = spacy.load(resolve_spacy_model(name_or_path), exclude=list(UNUSED_PIPES))
    shared = nlp.get_pipe("tok2vec") if "tok2vec" in nlp.pipe_names else None
    if isinstance(shared, Tok2Vec) and not shared.listening_components:
        # In the small English models NER embeds its own tok2vec; the shared one is unused.
        nlp.remove_pipe("tok2vec")
    return nlp


class OfflineSpacyNlpEngine(SpacyNlpEngine):
    """A SpacyNlpEngine that never downloads and loads package folders or paths."""

    engine_name = "spacy"
    is_available = True

    def load(self) -> None:
        pipelines: dict[str, Language] = {}
        for model in self.models:
            self._validate_model_params(model)
            pipelines[model["lang_code"]] = load_ner_pipeline(model["model_name"])
        self.nlp = pipelines  # type: ignore[assignment]  # Presidio declares it as None

    def _doc_to_nlp_artifact(self, doc: Doc, language: str) -> NlpArtifacts:
        # Without a lemmatizer, lower-cased words stand in for lemmas so Presidio's
        # context words ("phone", "card", ...) still raise scores.
        entities, scores = self._get_updated_entities(
            self._get_entities(doc), self._get_scores_for_entities(doc)
        )
        return NlpArtifacts(
            entities=entities,
            tokens=doc,
            tokens_indices=[token.idx for token in doc],
            lemmas=[token.lemma_ or token.lower_ for token in doc],
            nlp_engine=self,
            language=language,
            scores=scores,
        )
