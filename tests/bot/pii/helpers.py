"""Types shared by the PII tests."""

from __future__ import annotations

from collections.abc import Callable

# found(text) -> [(type, matched text), ...], as reported by the session's detector.
Found = Callable[[str], list[tuple[str, str]]]
