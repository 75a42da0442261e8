"""Free-text fields: the customer's name, the story, what they want, and yes/no answers.

Finders only fire on explicit cues ("my name is", "I want a refund"), because a wrong guess
silently fills a field the customer is then never asked about.
"""

from __future__ import annotations

import re

from bot.errors import InvalidField

MAX_NAME_CHARS = 80
MAX_DESCRIPTION_CHARS = 5000
MAX_OUTCOME_CHARS = 500

NAME_EMPTY = "I didn't catch your name — could you type it again?"
NAME_IS_EMAIL = "That looks like an email address rather than a name — what's your name?"
NAME_HAS_DIGITS = "Names can't contain numbers — please type just your name."
NAME_TOO_LONG = (
    f"That's longer than I can store for a name — please keep it under {MAX_NAME_CHARS} characters."
)
NAME_CHARACTERS = "Please type your name using letters only (hyphens and apostrophes are fine)."
NAME_INITIAL = "Could you give your name rather than an initial?"
NAME_SENTENCE = "That looks like a sentence rather than a name — what's your name?"
NAME_REFUSED = "I need a name to log your complaint — your first name on its own is fine."
DESCRIPTION_TOO_SHORT = "Could you tell me a bit more — what happened, and when?"
DESCRIPTION_TOO_LONG = (
    "That's more than I can take in one message — could you shorten it to the main points "
    f"(up to {MAX_DESCRIPTION_CHARS:,} characters)?"
)
OUTCOME_UNCLEAR = (
    "What would you like us to do to put this right? For example: a refund, a replacement, "
    "a repair, compensation, an apology or an explanation."
)
OUTCOME_TOO_LONG = (
    "Could you sum up what you'd like us to do in a sentence or two "
    f"(up to {MAX_OUTCOME_CHARS} characters)?"
)

_NAME_WORD = r"[^\W\d_](?:[^\W\d_]|['’.-](?=[^\W\d_]))*\.?"
_CAPITALISED = r"[A-Z][a-z]+(?:['’-][A-Z]?[a-z]+)*"
_NAME_CUE = re.compile(
    r"^(?:(?:hi|hello|hey|sure|ok(?:ay)?|yes)[\s,!.]+)*"
    r"(?:my\s+(?:full\s+)?name\s+is|my\s+name'?s|name'?s|name\s*:|it'?s|it\s+is|i'?m|i\s+am|"
    r"this\s+is|(?:you\s+can\s+)?call\s+me)(?:\s+|$)",
    re.IGNORECASE,
)
_NAME_TRAILER = re.compile(r"(?:\s+(?:here|speaking))?[\s.,!;:?]*$", re.IGNORECASE)
# Words that follow "I'm" or "Regards" without being a name.
NOT_NAMES = frozenset(
    "angry disappointed furious upset unhappy frustrated appalled disgusted livid shocked "  # noqa: SIM905
    "concerned worried sorry afraid sure not so very really still just now writing calling "
    "contacting complaining trying going please help thanks thank regards customer client the "
    "hoping waiting fed sick tired done extremely totally absolutely quite also here there back "
    "happy glad pleased confused annoyed gutted outraged horrified stressed being having getting "
    "looking unable no yes ok okay your you we they it this that from in on at a an and with "
    "disabled elderly pregnant vulnerable".split()
)
_REFUSALS = frozenset(
    "no nope none n/a na idk dunno why what anonymous anon skip pass nobody nothing yes ok okay "  # noqa: SIM905
    "hi hello hey cancel stop quit exit agent human operator help".split()
) | {"prefer not to say", "rather not say", "i'd rather not say", "not telling", "no name"}
_NAME_STOP = NOT_NAMES | {
    "i", "my", "im", "and", "email", "phone", "number", "is", "was", "but", "actually",
    "spelled", "spelt", "misspelled", "wrong", "incorrect", "on", "as", "for",
}  # fmt: skip

_EXPLICIT_NAME = re.compile(
    rf"\b(?:my\s+(?:full\s+)?name\s+is|my\s+name'?s|name'?s|name\s*:)\s+(?P<name>{_NAME_WORD}"
    rf"(?:[ \t]+{_NAME_WORD}){{0,3}})",
    re.IGNORECASE,
)
_CAPITALISED_NAME = rf"{_CAPITALISED}(?:[ \t]+{_CAPITALISED}){{0,2}}"
_SPEAKING = re.compile(rf"\b(?i:this\s+is)\s+(?P<name>{_CAPITALISED_NAME})\s+speaking\b")
_I_AM = re.compile(
    rf"(?:^|(?<=[\s,.!]))(?i:i\s+am|i'?m|i’m)\s+(?P<name>{_CAPITALISED_NAME})"
    r"(?=\s*(?:$|[,.!;:\n]|\s(?:and|from|here|speaking|calling|writing)\b))"
)
_SIGN_OFF = re.compile(
    r"(?:^|[\n.!?]\s*)(?i:(?:kind|best|warm|many)\s+(?:regards|wishes|thanks)|regards|"
    r"yours\s+(?:sincerely|faithfully|truly)|sincerely|(?P<casual>thanks|thank\s+you|cheers|best))"
    rf"(?P<sep>[ \t]*[,.!]?[ \t]*\n\s*|[ \t]*,[ \t]*|[ \t]+)(?P<name>{_CAPITALISED_NAME})"
    r"[ \t]*[.!]?(?:\s*\n[^\n]*[@\d][^\n]*)*\s*$"
)

_YES = frozenset(
    "yes y yeah yea yep yup ya sure ok okay k fine agreed agree consent correct right absolutely "  # noqa: SIM905
    "definitely alright confirm confirmed affirmative submit".split()
) | {"i agree", "i consent", "of course", "go ahead", "that's right", "please do", "yes please",
     "sounds good", "do it", "submit it", "that's fine", "i do", "all right", "👍"}  # fmt: skip
_NO = frozenset(
    {"no", "n", "nope", "nah", "never", "negative", "disagree", "decline", "refuse"}
) | {
    "👎",
    "no thanks",
    "no thank you",
    "i disagree",
    "i decline",
    "i refuse",
    "rather not",
    "i'd rather not",
    "no way",
    "not really",
    "don't",
    "do not",
}
_UNSURE = re.compile(r"\b(?:maybe|not\s+sure|unsure|don'?t\s+know|idk|depends|perhaps|why)\b|\?")
_YES_IDIOMS = re.compile(
    r"\b(?:no\s+problem|no\s+worries|not\s+a\s+problem|why\s+not|don'?t\s+mind)\b"
)
_YES_WORD = re.compile(
    r"\b(?:yes|yeah|yep|yup|sure|ok|okay|agree|agreed|consent|fine|of\s+course|go\s+ahead|"
    r"absolutely|definitely|correct)\b"
)
_NO_WORD = re.compile(r"\b(?:no|nope|nah|not|don'?t|do\s+not|never|disagree|decline|refuse)\b")

_OUTCOME_CUE = re.compile(
    r"\b(?:all\s+i\s+want\s+is|what\s+i\s+(?:want|would\s+like|'d\s+like|need)\s+is|"
    r"i\s+(?:really\s+|just\s+|also\s+|only\s+)?(?:want|need|expect|demand|request|deserve)|"
    r"i(?:\s+would|'d)\s+(?:really\s+)?(?:like|appreciate|prefer|expect)|"
    r"i(?:\s+am|'m)\s+(?:asking|looking|hoping)\s+for|i(?:\s+am|'m)\s+seeking|"
    r"(?:can|could)\s+(?:i|you|we)\s+(?:please\s+)?(?:have|get|give\s+me|arrange|issue|send)|"
    r"please\s+(?=(?:refund|replace|repair|fix|cancel|correct|remove|reimburse|compensate|waive|"
    r"explain|sort|send|give|credit|reverse|resolve|apologi[sz]e|reduce|issue|arrange)\b))"
    r"\b\s*(?P<clause>[^.!?\n]+)",
    re.IGNORECASE,
)
_OUTCOME_WORD = re.compile(
    r"\b(?:refund\w*|money\s+back|replace\w*|repair\w*|fix\w*|compensat\w*|apolog\w*|cancel\w*|"
    r"terminat\w*|explanation|explain\w*|know\s+why|credit\w*|reimburs\w*|discount\w*|remov\w*|"
    r"waive\w*|correct\w*|sort\w*\s+(?:it|this|out)|resolv\w*|goodwill|reverse\w*|reduc\w*|"
    r"write\s+off|written\s+off|new\s+one|exchange\w*|back\s+(?:my|the)\s+money)\b",
    re.IGNORECASE,
)
_NOT_AN_OUTCOME = re.compile(
    r"^to\s+(?:make|raise|lodge|file|log|submit|complain|report|speak|talk|say|tell)\b", re.I
)
_UNCLEAR_OUTCOMES = frozenset(
    {
        "idk",
        "dunno",
        "dk",
        "unsure",
        "whatever",
        "n/a",
        "na",
        "ok",
        "okay",
        "yes",
        "no",
        "hmm",
        "um",
    }
) | {"i don't know", "don't know", "not sure", "no idea", "i'm not sure", "no clue"}


def clean_name(text: str) -> str:
    """A name given as an answer, minus lead-ins, sensibly capitalised; InvalidField if not."""
    name = " ".join(text.split()).strip("\"'“”‘’ ")
    name = _NAME_TRAILER.sub("", _NAME_CUE.sub("", name, count=1)).strip("\"'“”‘’ ")
    if not name:
        raise InvalidField(NAME_EMPTY)
    if "@" in name:
        raise InvalidField(NAME_IS_EMAIL)
    if any(char.isdigit() for char in name):
        raise InvalidField(NAME_HAS_DIGITS)
    if len(name) > MAX_NAME_CHARS:
        raise InvalidField(NAME_TOO_LONG)
    if name.lower() in _REFUSALS:
        raise InvalidField(NAME_REFUSED)
    if not re.fullmatch(rf"{_NAME_WORD}(?: {_NAME_WORD})*", name):
        raise InvalidField(NAME_CHARACTERS)
    if sum(char.isalpha() for char in name) < 2:
        raise InvalidField(NAME_INITIAL)
    if len(name.split()) > 5:
        raise InvalidField(NAME_SENTENCE)
    if name.islower() or (name.isupper() and len(name) > 3):
        name = re.sub(r"[^\W\d_]+", lambda word: word.group(0).capitalize(), name)
    return name


def find_name(text: str) -> str | None:
    """A name the customer states explicitly, or signs off with; None rather than a guess."""
    explicit = _EXPLICIT_NAME.search(text)
    if explicit:
        return _accept_name(explicit.group("name"))
    for pattern in (_SPEAKING, _I_AM):
        found = pattern.search(text)
        if found and found.group("name").split()[0].lower() not in NOT_NAMES:
            return _accept_name(found.group("name"))
    sign_off = _SIGN_OFF.search(text.rstrip())
    if sign_off is None:
        return None
    if sign_off.group("casual") and not re.search(r"[,\n]", sign_off.group("sep")):
        return None  # "Thanks Sam" may be thanking an agent; "Thanks,\nSam" is a signature
    return _accept_name(sign_off.group("name"))


def _accept_name(raw: str) -> str | None:
    words: list[str] = []
    for word in raw.split():
        if word.lower().strip(".") in _NAME_STOP:
            break
        words.append(word)
    try:
        return clean_name(" ".join(words)) if words else None
    except InvalidField:
        return None


def check_description(text: str, min_words: int = 8, max_chars: int = MAX_DESCRIPTION_CHARS) -> str:
    """The story, tidied; InvalidField if it is too short to act on or too long to store."""
    lines = [" ".join(line.split()) for line in text.strip().splitlines()]
    story = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    if len(re.findall(r"[^\W\d_]+(?:['’-][^\W\d_]+)*", story)) < min_words:
        raise InvalidField(DESCRIPTION_TOO_SHORT)
    if len(story) > max_chars:
        raise InvalidField(DESCRIPTION_TOO_LONG)
    return story


def parse_consent(text: str) -> bool | None:
    """Yes (True), no (False) or unclear (None) in the many ways people say them."""
    said = re.sub(r"[\s.!,]+$", "", " ".join(text.lower().replace("’", "'").split()))
    if said in _YES:
        return True
    if said in _NO:
        return False
    if not said or len(said.split()) > 25 or _UNSURE.search(said):
        return None
    idiom = _YES_IDIOMS.search(said) is not None
    said = _YES_IDIOMS.sub(" ", said)
    has_yes = idiom or _YES_WORD.search(said) is not None
    has_no = _NO_WORD.search(said) is not None
    if has_yes and not has_no:
        return True
    if has_no and not has_yes:
        return False
    if has_no and re.search(
        r"\b(?:not|don'?t|do\s+not)\s+(?:\w+\s+)?(?:agree|consent|ok|okay)", said
    ):
        return False
    return None


def find_desired_outcome(text: str) -> str | None:
    """The clause saying what the customer wants done ("a full refund and an apology")."""
    for cue in _OUTCOME_CUE.finditer(text.replace("’", "'")):
        clause = re.split(r"\s+(?:because|since|as\s+i|but|otherwise)\s+", cue.group("clause"))[0]
        clause = re.sub(r"^(?:is\s+|that\s+|for\s+|to\s+(?=\w+\s+why))", "", clause.strip())
        if _NOT_AN_OUTCOME.match(clause) or not _OUTCOME_WORD.search(clause):
            continue
        clause = re.sub(r"^to\s+", "", clause)
        clause = re.sub(r"[\s,;:]*(?:please|thanks|thank\s+you)?[\s,;:]*$", "", clause, flags=re.I)
        return clause or None
    return None


def check_desired_outcome(text: str) -> str:
    """The outcome as given, if it says something; InvalidField with examples if not."""
    outcome = " ".join(text.split())
    said = re.sub(r"[^\w\s'/]", "", outcome.lower().replace("’", "'")).strip()
    if not re.search(r"[^\W\d_]{2,}", outcome) or said in _UNCLEAR_OUTCOMES:
        raise InvalidField(OUTCOME_UNCLEAR)
    if len(outcome) > MAX_OUTCOME_CHARS:
        raise InvalidField(OUTCOME_TOO_LONG)
    return outcome
