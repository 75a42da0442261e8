"""Names the NER model misses: after cues like "my name is", in sign-offs, after titles.

These patterns also work in lower case ("my name is sam example"), where spaCy's small
model usually sees no entity at all.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Words that follow the cues but are not names ("my name is on the account", "thanks again").
_NOT_NAME = (
    r"(?:a|about|again|all|also|an|and|any|anyway|are|as|at|away|back|based|been|being|best"
    r"|but|by|calling|can|cannot|contacting|could|currently|customer|disappointed|do|does"
    r"|done|emailing|everyone|for|from|frustrated|furious|getting|glad|going|great|had|happy"
    r"|has|have|having|hello|here|hi|how|i|if|im|in|incorrect|is|it|just|kind|listed|looking"
    r"|lot|mate|me|messaging|misspelled|missing|much|my|no|not|now|of|off|ok|okay|on|only"
    r"|or|out|please|pretty|quite|really|regards|still|sick|sir|madam|so|sorry|spelled"
    r"|spelt|still|sure|team|texting|than|thank|thanks|that|that's|the|them|there|they"
    r"|this|tired|to|too|trying|unhappy|upset|very|waiting|was|we|well|were|what|when"
    r"|whoever|will|wishes|with|working|would|writing|wrong|yes|you|your|yours)"
)
_WORD = rf"(?!{_NOT_NAME}\b)[^\W\d_]+(?:['’-][^\W\d_]+)*"
_NAME = rf"{_WORD}(?:[ \t]+{_WORD}){{0,2}}"
# Capitalised words only, for cues that are otherwise ordinary English ("I'm Sam", "Mr Jones").
_TITLE_WORD = rf"(?!{_NOT_NAME}\b)(?-i:\p{{Lu}}[\p{{Ll}}'’-]*\p{{Ll}})"
_TITLE_NAME = rf"{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}"
_END = r"(?=[ \t]*(?:$|[\r\n.,;:!?)]))"
_SIGN_OFF = (
    r"(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|thanks|thank\s+you|cheers|sincerely"
    r"|yours\s+(?:sincerely|faithfully|truly)|best\s+wishes|best|ta)"
)


class CuedPersonRecognizer(PatternRecognizer):
    """ "my name is sam example", "this is Sam speaking", "I'm Sam from ...", "Regards, Sam"."""

    PATTERNS = [
        Pattern(
            "name after my name is",
            r"(?<=\b(?:my\s+name\s+is|my\s+name's|my\s+full\s+name\s+is|name\s*:|i\s+am\s+called"
            rf"|i'?m\s+called|you\s+can\s+call\s+me)[ \t]*){_NAME}",
            0.9,
        ),
        Pattern(
            "name before speaking",
            rf"(?<=\bthis\s+is\s+){_NAME}(?=[ \t,]+(?:speaking|here)\b)",
            0.85,
        ),
        Pattern(
            "name before from",
            rf"(?<=\b(?:i'm|i’m|i\s+am|im)\s+){_NAME}(?=,?[ \t]+(?:from|at|with)\b)",
            0.75,
        ),
        Pattern("capitalised name after i'm", rf"(?<=\b(?:i'm|i’m|i\s+am)\s+){_TITLE_NAME}", 0.6),
        Pattern(
            "name in sign-off",
            rf"(?<=(?:^|[.!?]\s*)[ \t]*{_SIGN_OFF}[ \t]*,?\s*){_NAME}{_END}",
            0.8,
        ),
        Pattern(
            "name after title",
            rf"(?<=\b(?:mr|mrs|ms|miss|mx|dr|prof)\.?[ \t]+){_TITLE_NAME}",
            0.8,
        ),
        Pattern(
            "name in greeting",
            rf"(?<=(?:^|\n)[ \t]*(?:dear|hi|hello|hey)[ \t]+){_TITLE_NAME}(?=[ \t]*[,\n!])",
            0.6,
        ),
        Pattern(
            "name after spoke to",
            rf"(?<=\b(?:spoke|speaking|talked|talking|chatted)\s+(?:to|with)\s+){_TITLE_NAME}",
            0.6,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )
