"""Product matching against the default catalogue shipped in bot/defaults/products.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

import bot
from bot.errors import ConfigurationError
from bot.fields import Catalogue, Product

DEFAULT_CATALOGUE = Path(bot.__file__).parent / "defaults" / "products.yml"


@pytest.fixture(scope="module")
def catalogue() -> Catalogue:
    return Catalogue.from_yaml(DEFAULT_CATALOGUE)


def test_when_default_catalogue_loads_then_it_covers_every_required_product(
    catalogue: Catalogue,
) -> None:
    assert set(catalogue.labels()) >= {
        "Order or delivery", "Online shop return", "Broadband", "Mobile phone contract",
        "Landline", "TV subscription", "Current account", "Credit card", "Debit card", "Loan",
        "Mortgage", "Savings account", "Mobile banking app", "Electricity", "Gas", "Water",
        "Smart meter", "Flight", "Hotel booking", "Train ticket", "Car insurance",
        "Home insurance", "Parcel delivery",
    }  # fmt: skip
    assert all(len(product.synonyms) >= 3 for product in catalogue.products)
    assert len(set(catalogue.labels())) == len(catalogue.products)


def test_when_each_label_is_typed_then_it_matches_its_own_product(catalogue: Catalogue) -> None:
    for product in catalogue.products:
        assert catalogue.match(product.label) == product
        assert catalogue.match(product.label.upper()) == product
        for synonym in product.synonyms:
            assert catalogue.match(synonym) == product, synonym


@pytest.mark.parametrize(
    ("answer", "expected_label"),
    [
        ("broadband", "Broadband"),
        ("  BROADBAND ", "Broadband"),
        ("my broadband", "Broadband"),
        ("It's about my internet.", "Broadband"),
        ("wifi", "Broadband"),
        ("fibre", "Broadband"),
        ("energy bill", "Electricity"),
        ("the gas bill", "Gas"),
        ("my credit card", "Credit card"),
        ("tv", "TV subscription"),
        ("parcels", "Parcel delivery"),
        ("mobile banking", "Mobile banking app"),
        ("internet banking", "Mobile banking app"),
        ("the smart meter they fitted", "Smart meter"),
        ("a delayed flight", "Flight"),
        ("car insurance", "Car insurance"),
        ("home insurance", "Home insurance"),
        ("season ticket", "Train ticket"),
        ("ISA", "Savings account"),
    ],
)
def test_when_answer_names_a_product_then_it_matches(
    catalogue: Catalogue, answer: str, expected_label: str
) -> None:
    product = catalogue.match(answer)
    assert product is not None and product.label == expected_label


@pytest.mark.parametrize(
    ("answer", "expected_label"),
    [
        ("brodband", "Broadband"),
        ("broadbnd", "Broadband"),
        ("credt card", "Credit card"),
        ("creditt card", "Credit card"),
        ("credit crd", "Credit card"),
        ("electrcity", "Electricity"),
        ("mortage", "Mortgage"),
        ("morgage", "Mortgage"),
        ("televison", "TV subscription"),
        ("car insurence", "Car insurance"),
        ("landlne", "Landline"),
    ],
)
def test_when_answer_has_a_typo_then_it_still_matches(
    catalogue: Catalogue, answer: str, expected_label: str
) -> None:
    product = catalogue.match(answer)
    assert product is not None and product.label == expected_label


@pytest.mark.parametrize(
    "answer", ["", "yes", "no", "idk", "xyz", "something else", "fight", "sayings", "car", "???"]
)
def test_when_answer_names_no_product_then_nothing_matches(
    catalogue: Catalogue, answer: str
) -> None:
    assert catalogue.match(answer) is None


def test_when_score_cutoff_is_raised_then_loose_whole_answer_matches_are_refused() -> None:
    strict = Catalogue.from_yaml(DEFAULT_CATALOGUE, score_cutoff=99)
    assert strict.match("credit crd") is None
    assert strict.match("credit card") is not None


@pytest.mark.parametrize(
    ("text", "expected_label"),
    [
        (
            "My broadband has been dropping out every evening and the engineer never turned up",
            "Broadband",
        ),
        (
            "I want to complain about my credit card. On 3 March I was charged a late fee twice "
            "even though I paid on time. I want the fees refunded.",
            "Credit card",
        ),
        (
            "I want to complain: my electricity bill was estimated again although I sent a "
            "meter reading last Monday. Please correct the bill.",
            "Electricity",
        ),
        (
            "I'd like to complain about my mobile phone contract. I was charged for roaming "
            "yesterday even though I never left the country.",
            "Mobile phone contract",
        ),
        ("My train ticket was charged twice on my card and I want one refunded", "Train ticket"),
        ("the courier left my parcel in the rain", "Parcel delivery"),
        ("my brodband is rubbish", "Broadband"),
        ("My credt card was declined at the till", "Credit card"),
        ("I tried to log in to online banking and it froze", "Mobile banking app"),
        (
            "I ordered a TV from your online shop; the order never came, and the order status "
            "says delivered",
            "Order or delivery",
        ),
        (
            "The wifi keeps dropping. Call me on my mobile 07700 900123 or my mobile number "
            "07700 900124.",
            "Broadband",
        ),
        ("Our flights were cancelled and the airline won't answer", "Flight"),
        ("The water pressure has been low for weeks", "Water"),
        ("My home insurance claim for water damage was refused", "Home insurance"),
    ],
)
def test_when_complaint_mentions_a_product_then_it_is_found(
    catalogue: Catalogue, text: str, expected_label: str
) -> None:
    product = catalogue.find_in(text)
    assert product is not None and product.label == expected_label


@pytest.mark.parametrize(
    "text",
    [
        "I have been a loyal customer for years and I am fed up",
        "I had to fight to get anyone to listen to me",
        "Nobody has answered my calls or my letters",
        "The staff were rude and the manager was no help",
        "I was charged twice and want my money back",
        "I contacted them and they gave me a reference number",
        "Please call me on my mobile 07700 900123",
        "",
    ],
)
def test_when_complaint_mentions_no_product_then_nothing_is_found(
    catalogue: Catalogue, text: str
) -> None:
    assert catalogue.find_in(text) is None


@pytest.mark.parametrize(
    ("answer", "expected_first"),
    [
        ("car", "Car insurance"),
        ("insurance", "Car insurance"),
        ("phone", "Mobile phone contract"),
        ("bank", "Current account"),
        ("credt card", "Credit card"),
    ],
)
def test_when_answer_is_vague_then_suggestions_offer_close_products(
    catalogue: Catalogue, answer: str, expected_first: str
) -> None:
    suggestions = catalogue.suggestions(answer)
    assert suggestions[0] == expected_first
    assert 1 <= len(suggestions) <= 3
    assert len(set(suggestions)) == len(suggestions)
    assert set(suggestions) <= set(catalogue.labels())


@pytest.mark.parametrize("answer", ["", "no", "xyz", "?"])
def test_when_answer_is_nothing_like_a_product_then_there_are_no_suggestions(
    catalogue: Catalogue, answer: str
) -> None:
    assert catalogue.suggestions(answer) == []


def test_when_limit_is_given_then_suggestions_respect_it(catalogue: Catalogue) -> None:
    assert len(catalogue.suggestions("card", limit=2)) == 2
    assert len(catalogue.suggestions("insurance", limit=1)) == 1


def test_when_catalogue_is_built_in_code_then_it_matches_the_same_way() -> None:
    catalogue = Catalogue([Product("gym", "Gym membership", ("gym", "fitness club"))])
    assert catalogue.labels() == ["Gym membership"]
    assert catalogue.match("fitness clubb") == catalogue.get("gym")
    assert catalogue.find_in("The fitness club charged me twice") == catalogue.get("gym")


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("products: [", "Cannot read"),
        ("something: else", "non-empty 'products' list"),
        ("products: []", "non-empty 'products' list"),
        ("products: [{label: Gym}]", "needs a key and a label"),
        ("products: [{key: gym, label: Gym, synonyms: gym}]", "synonyms must be a list"),
        (
            "products: [{key: gym, label: Gym}, {key: gym, label: Gym 2}]",
            "repeats a product key",
        ),
    ],
)
def test_when_catalogue_file_is_invalid_then_configuration_error_names_the_problem(
    tmp_path: Path, content: str, expected: str
) -> None:
    path = tmp_path / "products.yml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigurationError, match=expected):
        Catalogue.from_yaml(path)


def test_when_catalogue_file_is_missing_then_configuration_error_is_raised(
    tmp_path: Path,
) -> None:
    with pytest.raises(ConfigurationError, match="Cannot read"):
        Catalogue.from_yaml(tmp_path / "missing.yml")
