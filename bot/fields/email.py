"""Find and validate email addresses that customers type.

Re-prompts say exactly what is wrong (missing @, missing domain dot, spaces) without
repeating the address back, because messages are shown to customers and written to logs.
"""

from __future__ import annotations

import re

from email_validator import EmailNotValidError, validate_email

from bot.errors import InvalidField

INCOMPLETE = (
    "That email address doesn't look complete — it needs an @ and a domain, like name@example.com."
)
EMPTY = "I didn't catch an email address — could you type it, like name@example.com?"
TWO_AT_SIGNS = "An email address has only one @ — please check it and type it again."
SPACES = "Email addresses can't contain spaces — please check it and type it again."
NOTHING_BEFORE_AT = "Something is missing before the @ — it should look like name@example.com."
DOMAIN_NEEDS_DOT = (
    "The part after the @ needs a dot and an ending, like example.com or example.co.uk."
)
DOMAIN_ENDING = (
    "The ending after the last dot looks incomplete — it should be like example.com "
    "or example.co.uk."
)
DOUBLE_DOT = "An email address can't have two dots in a row — please check it."
RESERVED_DOMAIN = "That email domain can't receive email — please give an address you actually use."
NOT_VALID = (
    "That email address isn't valid — please check it and type it again, like name@example.com."
)

_EMAIL_TOKEN = re.compile(
    r"(?<![\w.+'-])[A-Za-z0-9](?:[A-Za-z0-9._%+'-]*[A-Za-z0-9_%+'-])?"
    r"@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
    r"\.[A-Za-z]{2,}\b"
)
# Lead-ins people put before an address when answering "what's your email?".
_CUE = re.compile(
    r"^(?:(?:sure|ok(?:ay)?|yes|yeah)[,!.]?\s+)?"
    r"(?:(?:my\s+)?e-?mail(?:\s+address)?(?:\s+is|:)?|it'?s|it\s+is|that'?s|use|"
    r"(?:you\s+can\s+)?(?:e-?mail|contact|reach)\s+me\s+(?:at|on)|at)\s+",
    re.IGNORECASE,
)
_FILLER_WORDS = frozenset(
    {"is", "my", "email", "e-mail", "address", "it", "it's", "that's", "this", "use", "please",
     "thanks", "here", "the", "new", "one", "correct", "right", "mine", "now", "and", "you",
     "can", "at", "reach", "me", "contact"}
)  # fmt: skip
_TRAILER = re.compile(r"[\s.,;:!?)\]>\"']*(?:\s+(?:please|thanks|thank\s+you)[\s.!]*)?$", re.I)


def find_email(text: str) -> str | None:
    """The first email-looking token in free text, normalised when it is valid.

    An invalid but email-shaped token is returned as typed so validation can say what is wrong.
    """
    match = _EMAIL_TOKEN.search(text)
    if match is None:
        return None
    token = match.group(0)
    try:
        return normalise_email(token)
    except InvalidField:
        return token


def normalise_email(text: str) -> str:
    """The validated address with its domain lowercased; raises InvalidField saying why not."""
    candidate = _strip_wrapping(text)
    if not candidate:
        raise InvalidField(EMPTY)
    candidate = _address_among_words(candidate)
    _check_shape(candidate)
    try:
        result = validate_email(candidate, check_deliverability=False)
    except EmailNotValidError as err:
        reason = str(err)
        # Never show the library's message: it can quote parts of the address.
        if "special-use" in reason or "reserved" in reason:
            raise InvalidField(RESERVED_DOMAIN) from err
        raise InvalidField(NOT_VALID) from err
    local, _, domain = result.normalized.rpartition("@")
    return f"{local}@{domain.lower()}"


def _strip_wrapping(text: str) -> str:
    """Drop lead-ins ("my email is"), mailto:, brackets, quotes and trailing punctuation."""
    candidate = " ".join(text.split())
    candidate = _CUE.sub("", candidate, count=1)
    candidate = re.sub(r"^(?:mailto:|[<(\[\"'])+", "", candidate, flags=re.IGNORECASE)
    return _TRAILER.sub("", candidate)


def _address_among_words(candidate: str) -> str:
    """ "sam@example.com is my email" -> the address; "sam example@example.com" stays as typed."""
    words = candidate.split()
    with_at = [word for word in words if "@" in word]
    others = {word.lower().strip(".,!;:") for word in words if "@" not in word}
    if len(words) > 1 and len(with_at) == 1 and others <= _FILLER_WORDS:
        return with_at[0].strip(".,;:!?\"'<>()[]")
    return candidate


def _check_shape(candidate: str) -> None:
    """Specific re-prompts for the mistakes people actually make."""
    if "@" not in candidate:
        raise InvalidField(INCOMPLETE)
    if candidate.count("@") > 1:
        raise InvalidField(TWO_AT_SIGNS)
    if any(char.isspace() for char in candidate):
        raise InvalidField(SPACES)
    local, _, domain = candidate.partition("@")
    if not local:
        raise InvalidField(NOTHING_BEFORE_AT)
    if not domain:
        raise InvalidField(INCOMPLETE)
    if ".." in candidate:
        raise InvalidField(DOUBLE_DOT)
    if "." not in domain.strip("."):
        raise InvalidField(DOMAIN_NEEDS_DOT)
    ending = domain.rsplit(".", 1)[-1]
    if len(ending) < 2 or not (ending.isalpha() or ending.lower().startswith("xn--")):
        raise InvalidField(DOMAIN_ENDING)
