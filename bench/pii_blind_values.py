"""Fake PII values for the blind set, in the shapes customers actually type them.

Every value is unusable by construction: example.* emails, Ofcom drama / US 555-01xx / Dublin
01 555 01xx phones, published test cards, checksum-valid IBANs with made-up bank codes, the
advertising SSNs, QQ-prefixed NI numbers, Faker people and places, documentation IP ranges.
"""

from __future__ import annotations

import random
import string

from faker import Faker

TEST_CARDS = (
    "4111111111111111",
    "4012888888881881",
    "4000056655665556",
    "5555555555554444",
    "5105105105105100",
    "2223003122003222",
    "378282246310005",
    "371449635398431",
    "6011111111111117",
)
ADVERTISING_SSNS = ("078051120", "219099999") + tuple(f"98765432{d}" for d in range(10))
US_AREA_CODES = ("212", "312", "415", "617", "202", "305", "512", "713", "206", "503", "720")
EIRCODE_KEYS = ("D02", "D04", "D06", "D08", "D15", "A94", "T12", "H91", "V94", "X91", "F91")
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
IBAN_SHAPES = {  # country: BBAN shape, "A" a capital letter and "9" a digit
    "GB": "AAAA99999999999999",
    "IE": "AAAA99999999999999",
    "DE": "999999999999999999",
    "FR": "99999999999999999999999",
    "NL": "AAAA9999999999",
    "ES": "99999999999999999999",
}
TITLES = ("Mr", "Mrs", "Ms", "Miss", "Dr")
MONTHS = (
    "January February March April May June July August September October November December"
).split()


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def iban_check(country: str, bban: str) -> str:
    numeric = "".join(str(int(c, 36)) for c in bban + country + "00")
    return f"{98 - int(numeric) % 97:02d}"


def grouped(text: str, size: int, sep: str = " ") -> str:
    return sep.join(text[i : i + size] for i in range(0, len(text), size))


class BlindValues:
    """One seeded source per set; a `Person` is drawn once per message and reused by name."""

    def __init__(self, rng: random.Random, fakers: dict[str, Faker]) -> None:
        self.rng = rng
        self.fakers = fakers

    def pick(self, *options: str) -> str:
        return self.rng.choice(options)

    def first_last(self, locale: str) -> tuple[str, str]:
        faker = self.fakers[locale]
        return faker.first_name(), faker.last_name()

    def full_name(self, first: str, last: str, casual: bool) -> str:
        styles = [f"{first} {last}", f"{first} {last}", f"{first} {last}".upper()]
        styles += [f"{first} {self.rng.choice(string.ascii_uppercase)}. {last}"]
        if casual:
            styles += [f"{first} {last}".lower(), f"{first.lower()} {last.lower()}"]
        return self.rng.choice(styles)

    def formal(self, last: str) -> str:
        return f"{self.rng.choice(TITLES)} {last}"

    def email(self, first: str, last: str) -> str:
        f, la = (part.lower().replace("'", "").replace(" ", "") for part in (first, last))
        year = self.rng.randint(60, 99)
        local = self.pick(
            f"{f}.{la}",
            f"{f}{la}{year}",
            f"{f[0]}.{la}",
            f"{la}.{f}",
            f"{f}_{la[:3]}",
            f"{f}{self.rng.randint(1, 999)}",
            f"{f}.{la}+{self.pick('bills', 'orders', 'travel', 'bank')}",
            f"the{la}s",
        )
        address = f"{local}@{self.pick('example.com', 'example.org', 'example.net')}"
        return address if self.rng.random() > 0.1 else address.capitalize()

    def phone(self, locale: str) -> str:
        if locale == "en_US":
            area, line = self.rng.choice(US_AREA_CODES), f"01{self.rng.randint(0, 99):02d}"
            return self.pick(
                f"({area}) 555-{line}",
                f"{area}-555-{line}",
                f"{area}.555.{line}",
                f"+1 {area} 555 {line}",
                f"1 ({area}) 555-{line}",
                f"{area}555{line}",
            )
        if locale == "en_IE":
            line = f"01{self.rng.randint(0, 99):02d}"
            return self.pick(
                f"01 555 {line}", f"(01) 555 {line}", f"+353 1 555 {line}", f"00353 1 555{line}"
            )
        tail = self.rng.randint(0, 999)
        kind = self.rng.random()
        if kind < 0.5:
            return self.pick(
                f"07700 900{tail:03d}",
                f"07700900{tail:03d}",
                f"07700 900 {tail:03d}",
                f"+44 7700 900{tail:03d}",
                f"+44 (0)7700 900{tail:03d}",
                f"0044 7700 900 {tail:03d}",
            )
        if kind < 0.8:
            return self.pick(
                f"020 7946 0{tail:03d}",
                f"(020) 7946 0{tail:03d}",
                f"+44 20 7946 0{tail:03d}",
                f"0207 946 0{tail:03d}",
            )
        return self.pick(
            f"0113 496 0{tail:03d}", f"(0113) 4960{tail:03d}", f"+44 113 496 0{tail:03d}"
        )

    def card(self) -> str:
        number = self.rng.choice(TEST_CARDS)
        if len(number) == 15:
            parts = (number[:4], number[4:10], number[10:])
            return self.pick(" ".join(parts), "-".join(parts), number)
        return self.pick(grouped(number, 4), grouped(number, 4, "-"), number)

    def iban(self, locale: str) -> str:
        if locale == "en_GB":
            country = self.pick("GB", "GB", "GB", "DE", "FR")
        else:
            country = self.pick("IE", "IE", "IE", "NL", "ES")
        bban = "".join(
            self.rng.choice(string.ascii_uppercase if c == "A" else string.digits)
            for c in IBAN_SHAPES[country]
        )
        compact = country + iban_check(country, bban) + bban
        return self.pick(grouped(compact, 4), grouped(compact, 4), compact)

    def sort_code(self) -> str:
        digits = [f"{self.rng.randint(0, 99):02d}" for _ in range(3)]
        return self.pick("-".join(digits), " ".join(digits), "".join(digits))

    def account_number(self) -> str:
        number = f"{self.rng.randint(10_000_000, 99_999_999)}"
        return number if self.rng.random() < 0.8 else f"{number[:4]} {number[4:]}"

    def ssn(self) -> str:
        d = self.rng.choice(ADVERTISING_SSNS)
        return self.pick(f"{d[:3]}-{d[3:5]}-{d[5:]}", f"{d[:3]} {d[3:5]} {d[5:]}", d)

    def nino(self) -> str:
        digits = f"{self.rng.randint(0, 999_999):06d}"
        pairs, suffix = grouped(digits, 2), self.rng.choice("ABCD")
        value = self.pick(f"QQ {pairs} {suffix}", f"QQ{digits}{suffix}", f"QQ {digits} {suffix}")
        return value if self.rng.random() > 0.15 else value.lower()

    def street(self, locale: str) -> str:
        faker = self.fakers[locale]
        street = faker.street_address().replace("\n", ", ")
        if locale == "en_US":
            return f"{street}, {faker.city()}, {faker.state_abbr()}"
        if locale == "en_IE":
            town = f"{faker.city()}, Co. {faker.county()}" if self.rng.random() < 0.4 else ""
            return f"{street}, {town or faker.city()}"
        return f"{street}, {faker.city()}"

    def postcode(self, locale: str) -> str:
        faker = self.fakers[locale]
        if locale == "en_US":
            return faker.zipcode_plus4() if self.rng.random() < 0.2 else faker.zipcode()
        if locale == "en_IE":
            code = "".join(self.rng.choice(EIRCODE_CHARS) for _ in range(4))
            return f"{self.rng.choice(EIRCODE_KEYS)} {code}"
        code = faker.postcode()
        return self.pick(code, code, code.replace(" ", ""), code.lower())

    def date_of_birth(self, locale: str) -> str:
        year, month, day = (
            self.rng.randint(1940, 2004),
            self.rng.randint(1, 12),
            self.rng.randint(1, 28),
        )
        name = MONTHS[month - 1]
        if locale == "en_US":
            return self.pick(
                f"{month:02d}/{day:02d}/{year}",
                f"{month}/{day}/{year}",
                f"{name} {day}, {year}",
                f"{name[:3]} {day} {year}",
                f"{month}-{day}-{year % 100:02d}",
            )
        return self.pick(
            f"{day:02d}/{month:02d}/{year}",
            f"{day}/{month}/{year % 100:02d}",
            f"{day} {name} {year}",
            f"{ordinal(day)} {name} {year}",
            f"{year}-{month:02d}-{day:02d}",
            f"{day:02d}-{month:02d}-{year}",
        )

    def ip(self) -> str:
        if self.rng.random() < 0.7:
            net = self.pick("192.0.2", "198.51.100", "203.0.113")
            return f"{net}.{self.rng.randint(1, 254)}"
        groups = [f"{self.rng.randint(0, 0xFFFF):x}" for _ in range(4)]
        if self.rng.random() < 0.3:
            full = ["2001", "0db8"] + [f"{self.rng.randint(0, 0xFFFF):04x}" for _ in range(6)]
            return ":".join(full)
        value = f"2001:db8:{groups[0]}:{groups[1]}::{groups[2]}"
        return value if self.rng.random() < 0.8 else value.upper()
