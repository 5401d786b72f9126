"""Tables the detector derives from its code and shipped data alone, saved with a pickled detector.

A new process pays ~0.25 s before its first article for two of them: the regex classes of the
65,536 BMP characters that `fold` keeps (`fuzzy.fold_bmp`) and the weights of the stop words of
sixty languages (`language_id.weigh_words`). The watchlist plays no part in them, so a detector
pickled by `detectorcache` or `buildchild` carries them, and unpickling it installs them in the
new process. The file name of a kept detector holds the code's signature: tables saved by other
code are never installed.
"""

from __future__ import annotations

from typing import TypedDict

from monitor.match import fuzzy, language_id


class DerivedTables(TypedDict):
    """What a pickled detector carries besides its own attributes."""

    bmp_classes: fuzzy.BmpClasses
    language_weights: language_id.Weights


def export_tables() -> DerivedTables:
    """Return the tables (computing them if this process has not yet)."""
    return {"bmp_classes": fuzzy.BMP_CLASSES.get(), "language_weights": language_id.WEIGHTS.get()}


def install_tables(tables: DerivedTables) -> None:
    """Use saved tables in this process instead of computing them."""
    fuzzy.BMP_CLASSES.install(tables["bmp_classes"])
    language_id.WEIGHTS.install(tables["language_weights"])
