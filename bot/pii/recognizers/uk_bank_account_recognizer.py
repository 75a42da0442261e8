"""UK sort codes and account numbers, only where the text says that is what they are."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

_SORT_CODE_CUE = r"(?<=\b(?:sort[\s-]*code|s/c)\s*(?:is|was|:|-|=)?\s*)"
_ACCOUNT_CUE = (
    r"(?<=\b(?:(?:bank\s+)?account|acct|acc|a/c)\.?\s*(?:number|num|no\.?|#)?\s*"
    r"(?:is|was|:|-|=)?\s*)"
)


_SORT_CODE = r"\d{2}([- ./]?)\d{2}\1\d{2}"
_ACCOUNT = r"\d{4}[ -]?\d{4}"
# "my sort code and account number are 12-34-56 and 12345678"
_BOTH_CUE = r"\bsort[\s-]*code\s+and\s+account\s+(?:number|no\.?)\s+(?:are|is|:)?\s*"


class UkBankAccountRecognizer(PatternRecognizer):
    """Each number is one span: "sort code 12-34-56 account 12345678", "acc no. 31926819"."""

    PATTERNS = [
        Pattern("sort code", _SORT_CODE_CUE + _SORT_CODE + r"(?![\d-])", 0.85),
        Pattern("account number", _ACCOUNT_CUE + _ACCOUNT + r"(?![\d-])", 0.85),
        Pattern("sort code then account", rf"(?<={_BOTH_CUE}){_SORT_CODE}(?![\d-])", 0.85),
        Pattern(
            "account after sort code",
            rf"(?<={_BOTH_CUE}\d{{2}}[- ]?\d{{2}}[- ]?\d{{2}}\s*(?:and|&|,)\s*){_ACCOUNT}(?![\d-])",
            0.85,
        ),
    ]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="UK_BANK_ACCOUNT",
            patterns=self.PATTERNS,
            supported_language=supported_language,
        )
