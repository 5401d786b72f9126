"""A named army's units under the adjective of its name: "Red Army" -> "Red Cavalry" (data + rules).

An army named by one adjective ("Red Army", "White Army", "Nationalist army") is the side its
units belong to, and the press names those by the same adjective and the unit's arm: "the Third
Red Cavalry Corps occupied Vilna", "Nationalist troops entered X". A nationality ("Russian
army"), a place ("Arakan Army"), an ordinal ("Eighth Army") or an acronym ("ROK Army") is no such
adjective: the nationality phrases and the names themselves cover those.
`actors.ActorMatcher` adds these names to the actor's own.
"""

from __future__ import annotations

from collections.abc import Collection

from monitor.match.translate import lexicon_word, nationalities

# The last word of an army's name: what the adjective qualifies.
_ARMY_WORDS = frozenset({"army", "guard"})

# Ordinals not ending in "-th" ("Fourth", "Eighth" do).
_FIRST_ORDINALS = frozenset({"first", "second", "third"})

# English words for an army's units and men, as the press writes them after the adjective.
# (Not "brigades": the "Red Brigades" are no army's unit.)
UNIT_WORDS = ("troops", "forces", "soldiers", "units", "cavalry", "infantry", "corps", "division",
              "divisions", "regiments", "columns")


def _army_adjective(alias: str) -> str | None:
    """Return the adjective of an alias "<Adjective> Army", else None ("Arakan Army", "US Army")."""
    words = alias.split()
    if len(words) != 2 or words[1].lower() not in _ARMY_WORDS:
        return None
    adjective = words[0]
    ordinal = adjective.lower() in _FIRST_ORDINALS or adjective.lower().endswith("th")
    if not adjective[:1].isupper() or adjective.isupper() or ordinal:
        return None  # "ROK Army", "Eighth Army", "Third Army"
    if nationalities(adjective) or not lexicon_word(adjective.lower()):
        return None  # "Russian army" (a nationality phrase), "Arakan Army", "Mahdi Army" (a name)
    return adjective


def unit_aliases(aliases: Collection[str]) -> tuple[str, ...]:
    """Return the names of an army's units by its adjective: "Red Army" -> "Red Cavalry", "Red troops"…"""
    out: list[str] = []
    for alias in sorted(aliases):
        adjective = _army_adjective(alias)
        if adjective is not None:
            out += [f"{adjective} {word.capitalize()}" for word in UNIT_WORDS]
    return tuple(out)
