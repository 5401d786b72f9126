"""The shorter names the press gives a watched group, read from the watchlist's long one (pure).

A user writes "Liberation Tigers of Tamil Eelam", "Tigray People's Liberation Front", "Bosnian
Serb forces" or "Maute group"; reporters write "Tamil rebels", "Tigrayan forces", "Serb troops"
and "Maute fighters". The group's people, or a proper word of its name, is how it is told apart
from the government it fights. `derived_aliases` turns those parts into aliases of the usual
shapes ("Tamil rebels", "Serb forces", "Maute"), which `actors.ActorMatcher` then treats like
the user's own: other fighter words, the people's noun, translations into the five other
languages.

Left out, on purpose: the actor's own country's nationality ("Free Syrian Army" is not every
"Syrian force"), a country's name inside a group's name ("Democratic Forces for the Liberation
of Rwanda" are not "Rwandan troops"), and a nationality whose state the watchlist watches (the
nationality phrases name that state's side).
"""

from __future__ import annotations

import re
from collections.abc import Collection

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS, PEOPLES
from monitor.match.normalize import name_key
from monitor.match.sides import COUNTRY_KEYS, named_after
from monitor.match.translate import lexicon_word, nationalities
from monitor.model import Actor

# Words of organisations' names: never what tells one group from another on their own.
_ORGANISATION_TEXT = (
    "group groups movement front army forces force party union council liberation people peoples "
    "democratic national islamic revolutionary popular united republic alliance brigade brigades "
    "committee coalition militia militias organization organisation state congress resistance "
    "defence defense patriotic socialist salvation rally solidarity federal unity justice freedom "
    "independence jihad islamic emirate government regime authorities military of the and for "
    "in de du des la le les el los del da do das dos di della e y et und der die das von"
)
ORGANISATION_WORDS = frozenset(_ORGANISATION_TEXT.split())

# Second words of a two-word name whose first word is the group's own proper name ("Maute group",
# "Wagner Group"): that word alone then names it. Not "forces" or "army", a leader's or a
# nationality's phrase ("Ouattara forces", see `leaders`), and not a people's fighters.
_GROUP_HEADS = frozenset({"group", "coalition", "movement", "network", "militia", "brigade", "brigades"})
_MIN_PROPER = 4


_COUNTRY_NAME_KEYS = frozenset().union(*COUNTRY_KEYS.values())


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= 2


def people_aliases(word: str, actor: Actor, states: Collection[str]) -> tuple[str, ...]:
    """Return the aliases a people's or nationality's word inside a group's name gives it.

    "Tamil" or "Tigray" (a people or region without a state): "Tamil rebels", "Tamil forces", and
    the same with the people's other English forms ("Tigrayan forces"); "Serb" (a nationality
    nobody watches as a state, not the group's own country's): "Serb forces".
    """
    key = name_key(word)
    if not key or key in _COUNTRY_NAME_KEYS:
        return ()
    found = nationalities(key)
    if not found:
        return ()
    peoples = [forms for code, forms in found if code in PEOPLES]
    if peoples:
        english = dict.fromkeys(f for forms in peoples for f in forms.get("en", ()) if " " not in f)
        return tuple(f"{form} {head}" for form in english for head in ("rebels", "forces"))
    if any(code in actor.countries or code in states for code, _forms in found):
        return ()
    return (f"{word} forces",)


def derived_aliases(actor: Actor, states: Collection[str]) -> tuple[str, ...]:
    """Return the aliases the parts of an actor's names give it (see the module's docstring).

    `states`: the codes of the countries whose nationality phrases name a watched side.
    """
    out: list[str] = []
    if actor.government or any(named_after(actor, code) for code in COUNTRY_NAMES):
        return ()  # a state's side is named by its nationality phrases, not by parts of its name
    own = {name_key(a) for a in (actor.name, *actor.aliases)}
    for alias in (actor.name, *actor.aliases):
        written = alias.replace("-", " ").split()
        if len(written) < 2 or any(_is_acronym(w) for w in written):
            continue
        bound = _prefixed_words(alias)
        for i, word in enumerate(written):
            if not word[:1].isupper() or name_key(word) in ORGANISATION_WORDS or i in bound:
                continue
            if i and nationalities(name_key(f"{written[i - 1]} {word}")):
                continue  # "South Sudanese", "North Korean": one nationality, not "Sudanese"
            out += [a for a in people_aliases(word, actor, states) if name_key(a) not in own]
        out += _proper_part(written)
        out += [f"{w}s" for w in written[:-1] if _movement_word(w)]  # "Sandinista …": "Sandinistas"
        first, last = name_key(written[0]), name_key(written[-1])
        if (len(written) == 2 and last in _GROUP_HEADS and written[0][:1].isupper()
                and len(first) >= _MIN_PROPER and first not in ORGANISATION_WORDS
                and not lexicon_word(first) and not nationalities(first)
                and first not in _COUNTRY_NAME_KEYS):
            out.append(written[0])  # "Maute group": "Maute"
    return tuple(dict.fromkeys(out))


def _prefixed_words(alias: str) -> set[int]:
    """Return the indexes (in the alias split at spaces and hyphens) of words a hyphen binds to a
    word before them that is no nationality: "Inter-American", "Pan-African" name no American or
    African force ("Bosnian-Serb" is two peoples, each one)."""
    out: set[int] = set()
    i = 0
    for chunk in alias.split():
        parts = [p for p in chunk.split("-") if p]
        for n in range(1, len(parts)):
            if not nationalities(name_key(parts[n - 1])):
                out.add(i + n)
        i += len(parts)
    return out


# Words in -ist(a) that name an idea, not one movement: never its members on their own.
_IDEOLOGY_TEXT = (
    "islam commun social national marx mao lenin jihad yihad salaf union separat federal royal monarch "
    "monarqu loyal baath zion anarch anarqu fasc falang trotsk nacional sozial kommun extrem terror modern "
    "central"
)
_IDEOLOGIES = frozenset(_IDEOLOGY_TEXT.split())
_MOVEMENT_WORD = re.compile(r"[A-Z][a-z]{3,}ista?")


def _movement_word(word: str) -> bool:
    """Say whether a capitalised word of a name names a movement after a man or a place, whose
    members the press calls by it: "Sandinista" (Sandino), "Zapatista", "Zviadist"."""
    if _MOVEMENT_WORD.fullmatch(word) is None:
        return False
    stem = name_key(word).removesuffix("a").removesuffix("ist")
    return stem not in _IDEOLOGIES and not lexicon_word(name_key(word))


# Every form of every people and nationality, in the six languages ("tamil", "tamouls", "tâmeis").
_PEOPLE_FORMS = frozenset(
    name_key(form) for table in (PEOPLES, DEMONYMS) for langs in table.values()
    for forms in langs.values() for form in forms
)


def _proper_part(written: list[str]) -> list[str]:
    """Return the proper noun of a two-word name made of it and a people: "Tamil Tigers",
    "Tigres tamouls" -> "Tigers", "Tigres"; the press's second mention ("the Tigers")."""
    if len(written) != 2:
        return []
    keys = [name_key(w) for w in written]
    for word, key, other in ((written[0], keys[0], keys[1]), (written[1], keys[1], keys[0])):
        if (other in _PEOPLE_FORMS and word[:1].isupper() and len(key) >= _MIN_PROPER
                and key not in _PEOPLE_FORMS and key not in ORGANISATION_WORDS and not lexicon_word(key)
                and key not in _COUNTRY_NAME_KEYS):
            return [word]
    return []


# Head nouns a watched group's name ends with that, alone, still name it: "the coalition",
# "coalition forces", "l'Alliance du Nord" for "Northern Alliance", "die Opposition" for
# "Kyrgyz opposition", in the six languages (folded,
# and German's compounds).
_HEADS = {
    "coalition": ("coalition", "coalicion", "koalition", "coalizione", "coalizao", "coligacao",
                  "koalitionstruppen", "koalitionskrafte", "koalitionsstreitkrafte"),
    "alliance": ("alliance", "alianza", "allianz", "alleanza", "alianca"),
    # "Tajik opposition", "Kyrgyz opposition": "the opposition took the capital"
    "opposition": ("opposition", "oposicion", "opposizione", "oposicao"),
}


def head_aliases(actors: Collection[Actor]) -> dict[str, tuple[str, ...]]:
    """Map an actor's name to the head nouns (`_HEADS`) that name it alone: a watched group whose
    name, or an alias, ends with that head ("Saudi-led coalition", "Northern Alliance"). Two groups
    with one head share the key, and the place decides between them (`actors.ActorMatcher`)."""
    out: dict[str, tuple[str, ...]] = {}
    for actor in actors:
        heads = {name_key(alias).split()[-1] for alias in (actor.name, *actor.aliases) if name_key(alias)}
        out[actor.name] = tuple(form for head in sorted(heads & _HEADS.keys()) for form in _HEADS[head])
    return {name: forms for name, forms in out.items() if forms}
