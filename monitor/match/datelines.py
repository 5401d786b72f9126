"""Datelines: the place a report was written in, before its first sentence ("DUBLIN, June 30 -").

A watched place in a dateline is where the wire was filed, not what the sentence is about:
neither the city a capture takes nor the antecedent of "it" ("ST. GEORGE'S, Grenada (Reuters) -
Marines landed on Carriacou and took control of it").
"""

from __future__ import annotations

import re
from functools import cache

from monitor.match.expressions import CompiledLexicon
from monitor.match.signature import Signature
from monitor.match.words import AGENCIES


def is_dateline(sig: Signature, lex: CompiledLexicon, k: int) -> bool:
    """Say whether the place at k opens a dateline: "DUBLIN, June 30 -", "Goma, 3 mars (AFP) -"."""
    if k != 0 or len(sig.tokens) < 3 or sig.tokens[1] not in (",", "("):
        return False
    surface = getattr(sig.places[sig.place_at[k]], "surface", "")
    if len(surface) > 2 and surface.isupper():
        return True
    after = sig.tokens[2]
    if sig.tokens[1] == "(":  # "Goma (AFP) -", not "Wad Madani (Gezira state) was captured"
        return after in AGENCIES and sig.tokens[3:4] == [")"]
    return after.isdigit() or months(lex.lex.lang).fullmatch(after) is not None



@cache
def months(lang: str) -> re.Pattern[str]:
    from monitor.match.expressions import get_lexicon

    return re.compile("|".join(f"(?:{m})" for m in get_lexicon(lang).lex.months))
