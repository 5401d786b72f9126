"""Saints' names in place names: "St. George's", "St George's", "Saint-Georges" (pure).

A town named after a saint is written with "St", "St." or "Saint", and French drops the
English possessive ("Saint-Georges" for St. George's). Folded, the full stop of "St." is a
space, so "St. George's" is "st  george s" (two spaces), which the one-space key of the name
never matches. `saint_keys` gives every such form of a name's key for the place matcher.
"""

from __future__ import annotations

# The abbreviation and the full word, both ways ("st" <-> "saint").
SAINTS = {"st": "saint", "saint": "st", "ste": "sainte", "sainte": "ste"}
_ABBREVIATED = frozenset({"st", "ste"})


def _word_forms(word: str) -> tuple[str, ...]:
    """Return the ways a word of a name is written: "st" as "saint" and "st." (a space more)."""
    if word not in SAINTS:
        return (word,)
    short = word if word in _ABBREVIATED else SAINTS[word]
    return (word, SAINTS[word], short + " ")  # "st " + the joining space: "st  george"


def saint_keys(key: str) -> tuple[str, ...]:
    """Return the other keys of a name (`normalize.name_key`) with a saint's title in it.

    "st george s" -> "saint george s", "st  george s" ("St. George's"), "st georges",
    "saint georges" ("Saint-Georges"), …; a name without "st", "ste", "saint" or "sainte"
    gives nothing.

        >>> saint_keys("saint louis")
        ('st louis', 'st  louis')
    """
    words = key.split(" ")
    if not any(w in SAINTS for w in words):
        return ()
    # "george s": the possessive, joined as French writes the name ("Saint-Georges")
    bases = [words]
    if len(words) > 2 and words[-1] == "s" and len(words[-2]) >= 3:
        bases.append([*words[:-2], words[-2] + "s"])
    out: list[str] = []
    for base in bases:
        forms: list[str] = [""]
        for word in base:
            forms = [f"{prefix} {form}" if prefix else form for prefix in forms for form in _word_forms(word)]
        out += forms
    return tuple(k for k in dict.fromkeys(out) if k != key and not k.endswith(" "))
