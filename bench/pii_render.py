"""Fills a template's {placeholders} and records where each labelled value lands."""

from __future__ import annotations

import re
from collections.abc import Callable

from bench.pii_labels import PiiLabel

PLACEHOLDER = re.compile(r"\{([A-Za-z_]+)\}")


def render(
    template: str,
    value_for: Callable[[str], str],
    literal: Callable[[str], str],
    label_of: Callable[[str], str | None],
) -> tuple[str, tuple[PiiLabel, ...]]:
    """Placeholders are filled left to right; `label_of` names the label type of a placeholder,
    or None for an unlabelled filler. `literal` transforms the template text between them."""
    text, position = "", 0
    labels: list[PiiLabel] = []
    for match in PLACEHOLDER.finditer(template):
        text += literal(template[position : match.start()])
        name, value = match.group(1), value_for(match.group(1))
        kind = label_of(name)
        if kind is not None:
            labels.append(PiiLabel(kind, len(text), len(text) + len(value), value))
        text += value
        position = match.end()
    return text + literal(template[position:]), tuple(labels)


def placeholder_free(template: str) -> list[str]:
    """The literal stretches of a template, for comparing the wording of two sets."""
    return [part for part in PLACEHOLDER.split(template)[::2] if part.strip()]
