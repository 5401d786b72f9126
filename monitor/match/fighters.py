"""A people's armed side under the press's other names for it (data + rules).

An actor named after a people without a state and a word for its fighters ("Kurdish rebels",
"Shiite rebels", "Karen guerrillas") is written with any of those words ("Kurdish guerrillas",
"los guerrilleros kurdos", "gli insorti sciiti") or as the people itself: "the Kurds took X",
"i curdi prendono X", "los kurdos toman X". A country's nationality is not such a people
("Libyan rebels" are not "the Libyans"): the peoples are those of `demonyms.PEOPLES`.
`actors.ActorMatcher` adds these names to the actor's own.
"""

from __future__ import annotations

from monitor.match.demonyms import PEOPLES
from monitor.match.normalize import name_key

# Peoples named by a branch of Islam, written with "Muslim" too: "Shiite Muslim rebels".
_BRANCHES_OF_ISLAM = frozenset(("shiite", "sunni"))

# English words for a people's irregular fighters, used interchangeably by the press.
FIGHTER_WORDS = ("rebels", "guerrillas", "insurgents", "fighters")

# The plural article before a people's noun, per language: "the Kurds", "les Kurdes".
_ARTICLES = {"en": ("the",), "fr": ("les",), "es": ("los",), "pt": ("os",), "it": ("i", "gli"),
             "de": ("die", "der", "den")}
_PLURAL_ENDINGS = {"fr": ("s",), "es": ("os", "es"), "pt": ("os", "es"), "it": ("i",)}


def _people_of(alias: str) -> tuple[str, str] | None:
    """Return (people code, fighter word) of an alias "<people> <fighter word>", else None."""
    words = name_key(alias).split()
    if len(words) != 2 or words[1] not in FIGHTER_WORDS:
        return None
    for code, forms in PEOPLES.items():
        if any(name_key(f) == words[0] for f in forms.get("en", ())):
            return code, words[1]
    return None


def fighter_aliases(aliases: set[str]) -> tuple[str, ...]:
    """Return the other names of a people's fighters: "Kurdish rebels" -> "Kurdish guerrillas", …"""
    out: list[str] = []
    for alias in sorted(aliases):
        found = _people_of(alias)
        if found is not None:
            first = alias.split()[0]
            out += [f"{first} {word}" for word in FIGHTER_WORDS if word != found[1]]
            if found[0] in _BRANCHES_OF_ISLAM:  # "Shiite Muslim rebels", "Sunni Muslim insurgents"
                out += [f"{first} Muslim {word}" for word in FIGHTER_WORDS]
    return tuple(out)


def people_keys(aliases: set[str]) -> set[str]:
    """Return folded keys of the people's plural noun with its article ("the kurds", "i curdi")."""
    keys: set[str] = set()
    for alias in aliases:
        found = _people_of(alias)
        if found is None:
            continue
        forms = PEOPLES[found[0]]
        nouns: dict[str, list[str]] = {
            "en": [f"{f}s" for f in forms.get("en", ()) if not f.endswith(("s", "sh", "ese", "i"))],
            "de": [name_key(f)[: -len("ische")] + "en" for f in forms.get("de", ())
                   if name_key(f).endswith("ische")],
        }
        for lang, endings in _PLURAL_ENDINGS.items():
            nouns[lang] = [f for f in forms.get(lang, ()) if f.endswith(endings)]
        for lang, words in nouns.items():
            keys.update(name_key(f"{article} {word}") for word in words for article in _ARTICLES[lang])
    return keys
