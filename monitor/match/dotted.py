"""Acronyms written with dots: "E.L.N.", "R.U.F.", "S.S.C.-Khatumo" (pure).

Watchlists give a group's acronym as it is written today ("ELN", "SSC-Khatumo"); older wires
and some Spanish and Latin American papers put a dot after each letter. Folded, the dots are
spaces ("e l n"), so the undotted key never matches; `dotted_forms` gives the written forms for
`actors.ActorMatcher` to index. Acronyms of fewer than three letters are left out: "I.S." or
"U.S." are more often something else.
"""

from __future__ import annotations

import re

_CAPITALS = re.compile(r"(?<![^\W\d_])([A-Z]{3,6})(?![^\W\d_])")


def dotted_forms(alias: str) -> tuple[str, ...]:
    """Return an alias with each of its all-capital words of 3-6 letters dotted, with and
    without the last dot: "ELN" -> "E.L.N.", "E.L.N"; "SSC-Khatumo" -> "S.S.C.-Khatumo", …

    >>> dotted_forms("ELN")
    ('E.L.N.', 'E.L.N')
    """
    if _CAPITALS.search(alias) is None:
        return ()
    dotted = _CAPITALS.sub(lambda m: ".".join(m.group(1)) + ".", alias)
    return tuple(dict.fromkeys((dotted, _CAPITALS.sub(lambda m: ".".join(m.group(1)), alias))))
