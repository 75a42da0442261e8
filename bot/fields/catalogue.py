"""Which product or service a complaint is about, matched against a configurable catalogue.

Typos are tolerated ("brodband", "credt card") but only narrowly: a fuzzy word must keep its
first two and last letters, be one edit away, and not be a known ordinary word, so that
"fight" never becomes a flight and "sayings" never a savings account.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml
from rapidfuzz import fuzz, process
from rapidfuzz.distance import DamerauLevenshtein

from bot.errors import ConfigurationError

DEFAULT_SCORE_CUTOFF = 85.0
SUGGESTION_CUTOFF = 75.0
MIN_FUZZY_LENGTH = 6  # shorter words ("gas", "loan", "order") only ever match exactly

# Real words one edit away from a default catalogue word (found by checking an English
# vocabulary against the catalogue); they must not be read as typos.
ORDINARY_WORDS = frozenset(
    "backing baking balking banging banning barking blacked booming boozing changes charles "  # noqa: SIM905
    "contact contends contests contrast courtier dripping faculty landmine misled misused moves "
    "outrage polity reaping rearing rending roaring roster sayings servile spores spots spurts "
    "steaming stranding tracing tricking trucking fight fights".split()
)
# Contact details mention devices without being about them ("call me on my mobile").
_CONTACT_PHRASES = re.compile(
    r"\b(?:(?:mobile|phone|landline|telephone|contact|home\s+phone)\s+(?:number|no)\b"
    r"|(?:call|ring|text|phone|reach|contact)\s+(?:me\s+)?(?:on|at|via)\s+(?:my\s+)?"
    r"(?:mobile|landline|home\s+phone|phone)\b|by\s+(?:phone|mobile|email|text)\b)"
)
_FILLER = re.compile(
    r"^(?:(?:it'?s|it\s+is|its|about|regarding|re|with|for|my|the|a|an|our|your)\s+)+"
)
_WORD = re.compile(r"[a-z0-9]+")
_STOPWORDS = frozenset({"the", "and", "for", "you", "our", "not", "its", "with", "about"})


@dataclass(frozen=True)
class Product:
    key: str
    label: str
    synonyms: tuple[str, ...] = ()


@dataclass(frozen=True)
class _Mention:
    product: Product
    start: int
    length: int


class Catalogue:
    """The products customers can complain about, and how their words map onto them."""

    def __init__(self, products: Iterable[Product], score_cutoff: float = DEFAULT_SCORE_CUTOFF):
        self.products: tuple[Product, ...] = tuple(products)
        self.score_cutoff = score_cutoff
        self._by_phrase: dict[str, Product] = {}
        for product in self.products:
            for phrase in (product.label, *product.synonyms, product.key.replace("_", " ")):
                self._by_phrase.setdefault(_normalise(phrase), product)
        self._phrases_by_first: dict[str, list[tuple[tuple[str, ...], Product]]] = {}
        for phrase, product in self._by_phrase.items():
            words = tuple(phrase.split())
            self._phrases_by_first.setdefault(words[0], []).append((words, product))
        self._vocabulary = {word for phrase in self._by_phrase for word in phrase.split()}
        self._fuzzy_by_prefix: dict[str, list[str]] = {}
        for word in self._vocabulary:
            if len(word) >= MIN_FUZZY_LENGTH:
                self._fuzzy_by_prefix.setdefault(word[:2], []).append(word)

    @classmethod
    def from_yaml(cls, path: Path | str, score_cutoff: float = DEFAULT_SCORE_CUTOFF) -> Catalogue:
        """Load `products: [{key, label, synonyms}]`; ConfigurationError names what is wrong."""
        try:
            data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as err:
            raise ConfigurationError(f"Cannot read product catalogue {path}: {err}") from err
        entries = data.get("products") if isinstance(data, Mapping) else None
        if not isinstance(entries, list) or not entries:
            raise ConfigurationError(f"Product catalogue {path} needs a non-empty 'products' list")
        products = [_product_from(entry, path, index) for index, entry in enumerate(entries)]
        keys = [product.key for product in products]
        if len(set(keys)) != len(keys):
            raise ConfigurationError(f"Product catalogue {path} repeats a product key")
        return cls(products, score_cutoff=score_cutoff)

    def labels(self) -> list[str]:
        return [product.label for product in self.products]

    def get(self, key: str) -> Product | None:
        return next((product for product in self.products if product.key == key), None)

    def match(self, text: str) -> Product | None:
        """The product a direct answer names: exact, then mentioned in it, then close enough."""
        normalised = _FILLER.sub("", _normalise(text))
        if not normalised:
            return None
        exact = self._by_phrase.get(normalised)
        if exact is not None:
            return exact
        mentioned = self.find_in(text)
        if mentioned is not None:
            return mentioned
        if all(word in ORDINARY_WORDS for word in normalised.split()):
            return None
        best = process.extractOne(
            normalised, list(self._by_phrase), scorer=fuzz.ratio, score_cutoff=self.score_cutoff
        )
        return self._by_phrase[best[0]] if best else None

    def find_in(self, text: str) -> Product | None:
        """The product a longer message is most about: most mentions, then earliest mention."""
        mentions = self._mentions(text)
        if not mentions:
            return None
        counts: dict[str, int] = {}
        first: dict[str, int] = {}
        for mention in mentions:
            counts[mention.product.key] = counts.get(mention.product.key, 0) + 1
            first.setdefault(mention.product.key, mention.start)
        best = min(counts, key=lambda key: (-counts[key], first[key]))
        return self.get(best)

    def suggestions(self, text: str, limit: int = 3) -> list[str]:
        """Labels close to what the customer typed, for "did you mean" re-prompts."""
        normalised = _FILLER.sub("", _normalise(text))
        if len(normalised) < 3:
            return []
        words = {word for word in normalised.split() if len(word) > 2} - _STOPWORDS
        ranked = []
        for phrase, score, _index in process.extract(
            normalised, list(self._by_phrase), scorer=fuzz.WRatio, limit=None
        ):
            # Phrases sharing a whole word come first ("car" -> car insurance, car loan).
            shares = bool(words & set(phrase.split()))
            if shares or score >= SUGGESTION_CUTOFF:
                ranked.append((not shares, -score, phrase))
        labels: list[str] = []
        for _, _, phrase in sorted(ranked):
            label = self._by_phrase[phrase].label
            if label not in labels:
                labels.append(label)
        return labels[:limit]

    def _mentions(self, text: str) -> list[_Mention]:
        """Non-overlapping phrase matches in token order, longest phrase first at each start."""
        lowered = _CONTACT_PHRASES.sub(" ", text.lower().replace("'", "").replace("’", ""))
        tokens = _WORD.findall(lowered)
        if not tokens:
            return []
        known = [self._word_matches(token) for token in tokens]
        mentions: list[_Mention] = []
        position = 0
        while position < len(tokens):
            found = self._longest_at(known, position)
            if found is None:
                position += 1
                continue
            mentions.append(found)
            position += found.length
        return mentions

    def _longest_at(self, known: list[dict[str, bool]], start: int) -> _Mention | None:
        best: _Mention | None = None
        candidates = (
            phrase for first in known[start] for phrase in self._phrases_by_first.get(first, ())
        )
        for words, product in candidates:
            end = start + len(words)
            if end > len(known) or (best is not None and len(words) <= best.length):
                continue
            kinds = [known[start + offset].get(word) for offset, word in enumerate(words)]
            if None in kinds or (len(words) > 1 and not any(kinds)):
                continue  # every word must match, and in a phrase at least one exactly
            best = _Mention(product, start, len(words))
        return best

    def _word_matches(self, token: str) -> dict[str, bool]:
        """Catalogue words this token stands for: True for exact or plural, False for a typo."""
        stems = (token, token[:-1], token[:-2], token[:-3] + "y")
        matches = {
            stem: True for stem in stems if stem in self._vocabulary and _is_plural(token, stem)
        }
        if token in self._vocabulary:
            matches[token] = True
        for word in self._fuzzy_by_prefix.get(token[:2], ()):
            if word not in matches and _is_typo(token, word):
                matches[word] = False
        return matches


def _product_from(entry: Any, path: Path | str, index: int) -> Product:
    if not isinstance(entry, Mapping) or not entry.get("key") or not entry.get("label"):
        raise ConfigurationError(f"Product {index} in {path} needs a key and a label")
    synonyms = entry.get("synonyms") or []
    if not isinstance(synonyms, list):
        raise ConfigurationError(f"Product {entry['key']} in {path}: synonyms must be a list")
    return Product(str(entry["key"]), str(entry["label"]), tuple(str(item) for item in synonyms))


def _normalise(text: str) -> str:
    return " ".join(_WORD.findall(text.lower().replace("'", "").replace("’", "")))


def _is_plural(token: str, word: str) -> bool:
    if token == word + "s" or token == word + "es":
        return True
    return word.endswith("y") and token == word[:-1] + "ies"


def _is_typo(token: str, word: str) -> bool:
    if len(word) < MIN_FUZZY_LENGTH or len(token) < MIN_FUZZY_LENGTH - 1:
        return False
    if token[:2] != word[:2] or token[-1] != word[-1] or abs(len(token) - len(word)) > 1:
        return False
    if token in ORDINARY_WORDS:
        return False
    if any(token == word + ending or word == token + ending for ending in ("d", "ed", "er", "r")):
        return False
    return DamerauLevenshtein.distance(token, word) <= 1
