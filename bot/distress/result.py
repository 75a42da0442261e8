"""What distress detection reports for one message."""

from __future__ import annotations

from dataclasses import dataclass, field

LEVELS = ("none", "low", "high")


@dataclass(frozen=True)
class DistressResult:
    level: str = "none"
    score: float = 0.0
    signals: tuple[str, ...] = field(default_factory=tuple)

    @property
    def critical(self) -> bool:
        """Self-harm or suicide language: crisis resources and top-priority handoff."""
        return "self_harm" in self.signals

    def as_dict(self) -> dict[str, object]:
        return {"level": self.level, "score": self.score, "signals": list(self.signals)}
