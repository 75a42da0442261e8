"""Find and validate phone numbers, always stored in E.164 form (+447700900123).

Numbers are read in the deployment's home region unless they start with + (or an
international prefix). Reserved fictional ranges (Ofcom drama numbers, NANP 555-01xx) are
accepted even though phonenumbers' metadata calls them invalid: tests and demos use them.
"""

from __future__ import annotations

import re

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumber, PhoneNumberFormat, ValidationResult

from bot.errors import InvalidField

NOT_A_NUMBER = "That doesn't look like a phone number — please type it using digits{example}."
LETTERS = "Please type the phone number using digits only{example}."
TOO_SHORT = (
    "That phone number looks too short — please give the full number, including the area "
    "code{example}."
)
TOO_LONG = "That phone number has too many digits — please check it and type it again."
WRONG_LENGTH = (
    "That phone number doesn't have the right number of digits — please check it and type it again."
)
BAD_COUNTRY_CODE = (
    "I don't recognise the country code in that number — please check the digits after the +."
)
NOT_VALID_FOR_REGION = (
    "That isn't a valid {region} phone number — please check it. If it's an international "
    "number, start it with + and the country code."
)
NOT_VALID_INTERNATIONAL = "That isn't a valid phone number for that country code — please check it."

# Reserved for fiction and testing; national significant numbers per country calling code.
FICTIONAL_RANGES: dict[int, re.Pattern[str]] = {
    44: re.compile(
        r"7700900\d{3}|(?:11[3-8]|1[2-6]1)4960\d{3}|1914980\d{3}|2079460\d{3}"
        r"|2890180\d{3}|2920180\d{3}|1632960\d{3}|3069990\d{3}|8081570\d{3}|9098790\d{3}"
    ),
    1: re.compile(r"[2-9]\d{2}55501\d{2}"),
}
_REGION_NAMES = {"GB": "UK", "US": "US", "CA": "Canadian", "IE": "Irish", "AU": "Australian"}
_EXAMPLES = {"GB": "07700 900123", "US": "(202) 555-0143", "CA": "(613) 555-0143"}
_CUE = re.compile(
    r"^(?:(?:sure|ok(?:ay)?|yes|yeah)[,!.]?\s+)?"
    r"(?:(?:my\s+)?(?:phone|mobile|cell|contact|telephone|landline)?\s*(?:number|no\.?|phone)"
    r"(?:\s+is|:)?|tel(?:ephone)?\s*:|phone\s*:|mobile\s*:|it'?s|it\s+is|"
    r"(?:you\s+can\s+)?(?:call|ring|text|reach)\s+me\s+(?:on|at)|on|at)\s*",
    re.IGNORECASE,
)
_TRAILER = re.compile(r"[\s.,;:!?]*(?:\s+(?:please|thanks|thank\s+you)[\s.!]*)?$", re.I)
_MAX_DIGITS = 17


def find_phone(text: str, region: str) -> str | None:
    """The first acceptable phone number in free text, as E.164; None when there is none."""
    region = region.upper()
    for match in phonenumbers.PhoneNumberMatcher(
        text, region, leniency=phonenumbers.Leniency.POSSIBLE
    ):
        before = text[match.start - 1] if match.start > 0 else " "
        after = text[match.end] if match.end < len(text) else " "
        # Part of a reference (CMP-2026-000123), an amount (£1234567) or a longer token.
        if before.isalnum() or before in "-/£$€#" or after.isalnum() or after in "-/":
            continue
        if _is_acceptable(match.number):
            return _e164(match.number)
    return None


def normalise_phone(text: str, region: str) -> str:
    """The number in E.164 form; raises InvalidField saying what is wrong with it."""
    region = region.upper()
    example = f", like {_EXAMPLES[region]}" if region in _EXAMPLES else ""
    candidate = _TRAILER.sub("", _CUE.sub("", " ".join(text.split()), count=1))
    digits = sum(char.isdigit() for char in candidate)
    if digits == 0:
        raise InvalidField(NOT_A_NUMBER.format(example=example))
    if re.search(r"[^\d\s()+.\-/]", candidate.replace("ext", "")):
        raise InvalidField(LETTERS.format(example=example))
    if digits > _MAX_DIGITS:
        raise InvalidField(TOO_LONG)
    number = _parse(candidate, region, example)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason in (ValidationResult.TOO_SHORT, ValidationResult.IS_POSSIBLE_LOCAL_ONLY):
        raise InvalidField(TOO_SHORT.format(example=example))
    if reason == ValidationResult.TOO_LONG:
        raise InvalidField(TOO_LONG)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        raise InvalidField(BAD_COUNTRY_CODE)
    if reason == ValidationResult.INVALID_LENGTH:
        raise InvalidField(WRONG_LENGTH)
    if not _is_acceptable(number):
        home = phonenumbers.region_code_for_number(number) == region
        if home or not candidate.lstrip().startswith(("+", "00")):
            raise InvalidField(
                NOT_VALID_FOR_REGION.format(region=_REGION_NAMES.get(region, "local"))
            )
        raise InvalidField(NOT_VALID_INTERNATIONAL)
    return _e164(number)


def _parse(candidate: str, region: str, example: str) -> PhoneNumber:
    try:
        return phonenumbers.parse(candidate, region)
    except NumberParseException as err:
        if err.error_type == NumberParseException.INVALID_COUNTRY_CODE:
            raise InvalidField(BAD_COUNTRY_CODE) from err
        if err.error_type == NumberParseException.TOO_LONG:
            raise InvalidField(TOO_LONG) from err
        if err.error_type == NumberParseException.NOT_A_NUMBER:
            raise InvalidField(NOT_A_NUMBER.format(example=example)) from err
        raise InvalidField(TOO_SHORT.format(example=example)) from err


def _is_acceptable(number: PhoneNumber) -> bool:
    """Valid per phonenumbers' metadata, or inside a reserved fictional range."""
    if phonenumbers.is_valid_number(number):
        return True
    fictional = FICTIONAL_RANGES.get(number.country_code or 0)
    national = phonenumbers.national_significant_number(number)
    return (
        fictional is not None
        and fictional.fullmatch(national) is not None
        and phonenumbers.is_possible_number(number)
    )


def _e164(number: PhoneNumber) -> str:
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)
