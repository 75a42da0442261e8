"""Names the NER model misses: after cues like "my name is", in sign-offs, after titles.

These patterns also work in lower case ("my name is sam example"), where spaCy's small
model usually sees no entity at all.
"""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Words that follow the cues but are not names ("my name is on the account", "thanks again").
_NOT_NAME = (
    r"(?:a|about|account|adviser|advisor|again|agent|all|also|an|and|another|any|anybody|anyone"
    r"|anyway|are|as|at|away|back|bank|based|been|being|best|bloke|but|by|calling|can|cannot"
    r"|card|company|contacting|could|courier|currently|customer|dad|daughter|different"
    r"|disappointed|do|does|done|driver|each|emailing|engineer|every|everyone|father|for"
    r"|friend|from|frustrated|furious|getting|girl|glad|going|great|guy|had|happy|has|have"
    r"|having|hello|her|here|hi|him|his|how|husband|i|if|im|in|incorrect|is|it|just|kind"
    r"|lady|listed|looking|lot|madam|man|manager|many|mate|me|messaging|missing|misspelled"
    r"|mother|mr|mrs|ms|miss|mx|dr|prof|much|mum|my|neighbor|neighbour|never|new|no|nobody"
    r"|not|nothing|now|of|off|ok|okay"
    r"|old|on|one|only|or|other|out|partner|people|person|please|pretty|previous|quite"
    r"|really|regards|rep|representative|same|service|services|several|sick|sir|so|some"
    r"|somebody|someone|son|sorry|speaking|spelled|spelt|staff|still|supervisor|support|sure"
    r"|team|texting|than|thank|thanks|that|that's|the|their|them|there|they|this|three|tired"
    r"|to|too|trying|two|unhappy|upset|us|very|waiting|was|we|well|were|what|when|which|who"
    r"|whoever|wife|will|wishes|with|woman|working|would|writing|wrong|yes|you|your|yours)"
)
_WORD = rf"(?!{_NOT_NAME}\b)[^\W\d_]+(?:['’-][^\W\d_]+)*"
# Up to three words, middle initials allowed ("Jo A. Smith").
_NAME = rf"{_WORD}(?:[ \t]+(?:[^\W\d_]\.|{_WORD})){{0,2}}"
_TWO_WORD_NAME = rf"{_WORD}(?:[ \t]+{_WORD})?"
# "Name (surname first): KING, Rebecca"
_FORM_NAME = rf"{_WORD}(?:,[ \t]*{_WORD})?(?:[ \t]+(?:[^\W\d_]\.|{_WORD})){{0,2}}"
_RELATIVE = (
    r"(?:neighbour|neighbor|wife|husband|partner|son|daughter|mum|mom|dad|mother|father"
    r"|brother|sister|friend|carer|colleague|landlord|tenant)"
)
_STAFF = r"(?:guy|agent|colleague|rep|engineer|advisor|adviser|driver|manager|technician)"
# Capitalised words only, for cues that are otherwise ordinary English ("I'm Sam", "Mr Jones").
_TITLE_WORD = rf"(?!{_NOT_NAME}\b)(?-i:\p{{Lu}}[\p{{Ll}}'’-]*\p{{Ll}})"
_TITLE_NAME = rf"{_TITLE_WORD}(?:[ \t]+{_TITLE_WORD}){{0,2}}"
_END = r"(?=[ \t]*(?:$|[\r\n.,;:!?)]))"
_SIGN_OFF = (
    r"(?:(?:kind|best|warm|warmest|many)\s+)?(?:regards|thanks|thank\s+you|cheers|sincerely"
    r"|yours\s+(?:sincerely|faithfully|truly)|best\s+wishes|best|ta)"
)


class CuedPersonRecognizer(PatternRecognizer):
    """Names after cues: "my name is sam example", "I'm Sam from ...", "Regards, Sam"."""

    PATTERNS = [
        Pattern(
            "name after my name is",
            r"(?<=\b(?:my\s+name\s+is|my\s+name's|my\s+full\s+name\s+is|name\s*:|i\s+am\s+called"
            rf"|i'?m\s+called|you\s+can\s+call\s+me)[ \t]*){_NAME}",
            0.9,
        ),
        Pattern(
            "name before speaking",
            rf"(?<=\bthis\s+is\s+){_NAME}(?=[ \t,]+(?:speaking|here|writing|calling)\b)",
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
            "name after spoke to",
            rf"(?<=\b(?:spoke|speaking|talked|talking|chatted)\s+(?:to|with)\s+){_NAME}"
            r"(?=[ \t]*(?:$|[\r\n.,;:!?)]|\s+(?:at|on|in|from|who|and|about|yesterday|today)\b))",
            0.6,
        ),
        Pattern(
            "name after in the name of",
            rf"(?<=\b(?:in\s+the\s+name\s+of|signed\s+for\s+by|addressed\s+to)\s+){_NAME}",
            0.8,
        ),
        Pattern(
            "name in a form field",
            r"(?<=^[ \t]*(?:full\s+|customer\s+|account\s+holder'?s?\s+|your\s+)?name\b"
            rf"[^:\n]{{0,25}}:[ \t]*){_FORM_NAME}{_END}",
            0.85,
        ),
        Pattern("name in a from header", rf"(?<=^from:[ \t]*){_NAME}(?=[ \t]*<)", 0.85),
        Pattern(
            "name the account is under",
            r"(?<=\b(?:(?:put|book|booked|register|registered|have)\s+it\s+under|(?:it'?s|its"
            r"|it\s+is|account\s+is|booking\s+is)\s+under|in\s+(?:my|his|her|their)\s+"
            rf"(?:[^\W\d_]+'?s\s+)?name)[ \t]*,?[ \t]*){_TWO_WORD_NAME}",
            0.8,
        ),
        Pattern(
            "name before here",
            rf"(?<=\b(?:it'?s|its|it\s+is)\s+){_TWO_WORD_NAME}(?=[ \t]+(?:here|btw|speaking)\b)",
            0.75,
        ),
        Pattern("name after my relative", rf"(?<=\bmy\s+{_RELATIVE}\s+){_TITLE_NAME}", 0.7),
        Pattern(
            "name after your staff",
            rf"(?<=\b(?:your|ur|the)\s+{_STAFF}[ \t]*,?[ \t]+){_TITLE_NAME}",
            0.6,
        ),
        Pattern(
            "name after according to",
            rf"(?<=\baccording\s+to\s+){_NAME}(?=[ \t]+(?:from|at|in|on)\b|[ \t]*[,.])",
            0.7,
        ),
        Pattern(
            "name after contact",
            rf"(?<=\b(?:contact|ask\s+for|asked\s+for|named|called)\s+){_TITLE_NAME}",
            0.55,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="PERSON",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )
