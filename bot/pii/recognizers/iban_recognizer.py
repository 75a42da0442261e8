"""IBANs with their exact national length and a valid mod-97 checksum, spaced or not."""

from __future__ import annotations

from presidio_analyzer import Pattern, PatternRecognizer

# Total IBAN length per country (SWIFT IBAN registry).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22,
    "BR": 29, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20,
    "EG": 29, "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18,
    "GR": 27, "GT": 28, "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30,
    "KW": 30, "KZ": 20, "LB": 28, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24,
    "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28,
    "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24, "SE": 24, "SI": 19, "SK": 24,
    "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}  # fmt: skip


def _country_regex(country: str, length: int) -> str:
    # Exactly the national length, optionally printed in groups of four.
    groups, rest = divmod(length - 4, 4)
    tail = f"[ -]?[A-Z0-9]{{{rest}}}" if rest else ""
    return f"{country}\\d{{2}}(?:[ -]?[A-Z0-9]{{4}}){{{groups}}}{tail}"


def iban_checksum_ok(iban: str) -> bool:
    compact = iban.replace(" ", "").replace("-", "").upper()
    if IBAN_LENGTHS.get(compact[:2]) != len(compact):
        return False
    rearranged = compact[4:] + compact[:4]
    return int("".join(str(int(ch, 36)) for ch in rearranged)) % 97 == 1


class IbanRecognizer(PatternRecognizer):
    """GB82 WEST 1234 5698 7654 32; exact lengths stop the match swallowing the next word."""

    PATTERNS = [
        Pattern(
            "iban",
            r"\b(?:"
            + "|".join(_country_regex(c, n) for c, n in sorted(IBAN_LENGTHS.items()))
            + r")\b",
            0.5,
        ),
    ]
    CONTEXT = ["iban", "bank", "account", "transfer"]

    def __init__(self, supported_language: str = "en") -> None:
        super().__init__(
            supported_entity="IBAN_CODE",
            patterns=self.PATTERNS,
            context=self.CONTEXT,
            supported_language=supported_language,
        )

    def validate_result(self, pattern_text: str) -> bool:
        return iban_checksum_ok(pattern_text)
