"""How customers mangle the words around their details: typos, lower case, shouting.

Only the template's own words are touched, never a labelled or hard-negative value, so labels
stay exact and the fake values stay checkable.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable

WORD = re.compile(r"[A-Za-z]{3,}")
SHOUTED = {"never", "still", "again", "nobody", "nothing", "twice", "now", "today", "not"}
TYPO_RATE = {"email": 0.02, "forward": 0.02, "form": 0.03, "chat": 0.08, "sms": 0.1}
LOWER_RATE = {"email": 0.0, "forward": 0.0, "form": 0.05, "chat": 0.6, "sms": 0.7}


def typo(rng: random.Random, word: str) -> str:
    """One slip of the finger: swapped, dropped or doubled letter."""
    at = rng.randrange(1, len(word) - 1)
    kind = rng.randrange(3)
    if kind == 0:
        return word[: at - 1] + word[at] + word[at - 1] + word[at + 1 :]
    if kind == 1:
        return word[:at] + word[at + 1 :]
    return word[:at] + word[at] + word[at:]


def literal_for(rng: random.Random, layout: str, tone: str) -> Callable[[str], str]:
    """The `literal` transform handed to `render` for one message."""
    lower = rng.random() < LOWER_RATE[layout]
    shout = tone == "angry" and rng.random() < 0.4
    rate = TYPO_RATE[layout]

    def literal(text: str) -> str:
        def word(match: re.Match[str]) -> str:
            found = match.group(0)
            if shout and found.lower() in SHOUTED:
                return found.upper()
            return typo(rng, found) if len(found) > 3 and rng.random() < rate else found

        text = WORD.sub(word, text)
        return text.lower() if lower else text

    return literal
