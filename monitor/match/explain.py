"""The trace of reading one article, for `monitor detect --explain` (pure data).

The detector appends a `Note` at each stage when asked to (`Detector.read(..., explain=True)`):
the language, each sentence with the watched places and actors it names, each trigger that was
refused and why, each candidate event and whether it was kept. The trace is what the stages
did, not a second reading.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from monitor.model import ControlEvent


@dataclass(frozen=True, slots=True)
class Note:
    """One step of the reading: `stage` is language, sentence, trigger, candidate or event."""

    stage: str
    sentence: int | None = None  # index in the article (0 is the headline when there is one)
    text: str = ""  # the sentence, or the trigger's words
    place: str | None = None
    holder: str | None = None
    trigger: str | None = None
    kept: bool | None = None
    reason: str = ""
    holder_from: str | None = None  # a candidate's: "clause", or the rule that found it elsewhere

    def as_dict(self) -> dict[str, object]:
        """Return the note's non-empty fields (for JSON)."""
        out: dict[str, object] = {"stage": self.stage}
        for key in ("sentence", "text", "place", "holder", "holder_from", "trigger", "kept", "reason"):
            value = getattr(self, key)
            if value is not None and value != "":
                out[key] = value
        return out


@dataclass(frozen=True, slots=True)
class Reading:
    """What the detector made of one article: its events, its language and, if asked, the trace."""

    events: tuple[ControlEvent, ...]
    lang: str
    supported: bool = True
    notes: tuple[Note, ...] = field(default=())
