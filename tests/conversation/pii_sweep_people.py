"""Seeded fake people for the PII sweep: Faker names and addresses, example.com emails, Ofcom
drama-range phones, published test card numbers. Nothing here is a real person's data."""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

from faker import Faker

TEST_CARDS = ("4111 1111 1111 1111", "5555 5555 5555 4444", "4000 0566 5566 5556")


@dataclass(frozen=True)
class FakePerson:
    first: str
    last: str
    email: str
    phone: str  # national format, as typed
    card: str
    street: str
    postcode: str

    @property
    def name(self) -> str:
        return f"{self.first} {self.last}"

    @property
    def phone_e164(self) -> str:
        return "+44" + self.phone.replace(" ", "")[1:]

    def raw_values(self) -> list[str]:
        """Every form in which this person's data could leak."""
        values = [self.name, self.email, self.phone, self.phone_e164, self.card, self.street]
        values += [self.phone.replace(" ", ""), self.card.replace(" ", ""), self.postcode]
        values += [part for part in (self.first, self.last) if len(part) >= 4]
        return values


def _plain(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


def fake_people(count: int, seed: int) -> list[FakePerson]:
    faker = Faker("en_GB")
    faker.seed_instance(seed)
    rng = random.Random(seed)
    people = []
    for index in range(count):
        first, last = faker.first_name(), faker.last_name()
        people.append(
            FakePerson(
                first=first,
                last=last,
                email=f"{_plain(first)}.{_plain(last)}{index}@example.com",
                phone=f"07700 900{rng.randrange(0, 1000):03d}",
                card=TEST_CARDS[index % len(TEST_CARDS)],
                street=faker.street_address().replace("\n", " "),
                postcode=faker.postcode(),
            )
        )
    return people
