"""One recognizer class per module, each for one PII type (PERSON has NER plus cues)."""

from __future__ import annotations

from bot.pii.recognizers.credit_card_recognizer import CreditCardRecognizer
from bot.pii.recognizers.cued_person_recognizer import CuedPersonRecognizer
from bot.pii.recognizers.date_of_birth_recognizer import DateOfBirthRecognizer
from bot.pii.recognizers.email_address_recognizer import EmailAddressRecognizer
from bot.pii.recognizers.iban_recognizer import IbanRecognizer
from bot.pii.recognizers.ip_address_recognizer import IpAddressRecognizer
from bot.pii.recognizers.phone_number_recognizer import PhoneNumberRecognizer
from bot.pii.recognizers.postcode_recognizer import PostcodeRecognizer
from bot.pii.recognizers.street_address_recognizer import StreetAddressRecognizer
from bot.pii.recognizers.uk_bank_account_recognizer import UkBankAccountRecognizer
from bot.pii.recognizers.uk_nino_recognizer import UkNinoRecognizer
from bot.pii.recognizers.us_ssn_recognizer import UsSsnRecognizer

__all__ = [
    "CreditCardRecognizer",
    "CuedPersonRecognizer",
    "DateOfBirthRecognizer",
    "EmailAddressRecognizer",
    "IbanRecognizer",
    "IpAddressRecognizer",
    "PhoneNumberRecognizer",
    "PostcodeRecognizer",
    "StreetAddressRecognizer",
    "UkBankAccountRecognizer",
    "UkNinoRecognizer",
    "UsSsnRecognizer",
]
