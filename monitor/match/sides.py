"""Which watched actor a name or a nationality means: the sides of a watchlist by country (pure).

"Les forces russes" mean Russia's government side or the actor named after Russia; "German
troops" in Finland mean the force the watchlist names "German expeditionary force"; "the Reds"
in Finland are the "Finnish Reds" (an alias without its own country's nationality); names of
states and armed groups are translated (`translate`). `actors.ActorMatcher` builds its keys
from these.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping, Sequence

from monitor.match.back_translate import english_names
from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import name_key
from monitor.match.translate import (
    PARTIES,
    lexicon_word,
    nationalities,
    people_nouns,
    romance_acronyms,
    translate_name,
)
from monitor.model import Actor


def own_people(actor: Actor) -> tuple[str, ...]:
    """Return an actor's aliases without its own country's nationality: "Finnish Reds" -> "Reds".

    In that country the bare words name it ("communist guerrillas" for "Greek communist
    guerrillas"); not when they are only a word for any army ("Greek army" is not "army").
    """
    out: list[str] = []
    for alias in (actor.name, *actor.aliases):
        first, _, rest = alias.strip().partition(" ")
        words = name_key(rest).split()
        if not words or words[-1] in _FORCE_HEADS or words[-1] in _STATE_WORDS:
            continue
        if len(words) == 1 and words[0] not in PARTIES:
            continue  # "Italian resistance": "resistance" alone is a common word
        if any(code in actor.countries for code, _ in nationalities(name_key(first))):
            out.append(rest)
    return tuple(out)


_STATE_WORDS = frozenset({"government", "regime", "authorities", "military"})


def translations(aliases: set[str], states: Collection[str]) -> tuple[str, ...]:
    """Return the translations of proper-name aliases ("Islamic State" -> "État islamique") and
    of a people's forces ("Bosnian Serb forces" -> "forces serbes de Bosnie", "the Bosnian Serbs").

    The forces of one country in `states` ("Russian forces") are left to the nationality phrases.
    """
    out: list[str] = []
    for alias in sorted(aliases):
        words = alias.split()
        codes = [[code for code, _ in nationalities(name_key(w))] for w in words[:-1]]
        one_state = len(codes) == 1 and any(c in states for c in codes[0])  # not "Bosnian Serb"
        # Nationalities or words of the lexicon: "British troops", "communist guerrillas".
        known = all(c or lexicon_word(name_key(w)) for w, c in zip(words[:-1], codes, strict=True))
        # A proper name's links stay in lower case: "Patriotic Union of Kurdistan".
        proper = all(w[:1].isupper() for w in words if name_key(w) not in _LINK_WORDS)
        if (proper and words[0][:1].isupper()) or (known and not one_state):
            out += [t[:1].upper() + t[1:] for t in translate_name(alias)]
            if initials(alias) in aliases:  # "IS" for "Islamic State": "l'EI"; "SDF": "les FDS"
                out += romance_acronyms(alias)
        out += people_nouns(alias)
        out += _from_romance(alias, aliases)
    return tuple(out)


def _from_romance(alias: str, aliases: Collection[str]) -> list[str]:
    """Return a Romance name's English names and their translations ("Front de libération
    nationale": "National Liberation Front", "Frente de Liberación Nacional", …); with the Romance
    acronym among the aliases ("FLN"), the English one ("NLF") and the other Romance ones too."""
    if translate_name(alias):
        return []  # an English name
    out: list[str] = []
    for english in english_names(alias):
        out += [english, *(t[:1].upper() + t[1:] for t in translate_name(english))]
        if initials(alias) in aliases:
            out += [initials(english), *romance_acronyms(english)]
    return [name for name in out if name]


# Words an acronym skips: articles and the links of Romance and German names.
_LINK_WORDS = frozenset({"de", "du", "des", "d", "l", "la", "le", "del", "do", "da", "dos", "das", "di",
                         "della", "dell", "dei", "von", "der", "the", "of", "for", "s"})


def initials(name: str) -> str:
    """Return a name's acronym, from its content words: "État islamique" -> "EI" ("" for one word);
    a possessive is no word ("People's Liberation Front": "PLF")."""
    words = [w for w in name_key(name).split() if w not in _LINK_WORDS]
    return "".join(w[0] for w in words).upper() if len(words) >= 2 else ""


def country_aliases(actor: Actor) -> tuple[str, ...]:
    """Return an actor's name in every language when it is named after a country ("Rusia")."""
    keys = {name_key(n) for n in (actor.name, *actor.aliases)}
    for names in COUNTRY_NAMES.values():
        every = [n for per_lang in names.values() for n in per_lang]
        if keys & {name_key(n) for n in every}:
            return tuple(every)
    return ()


# Each country's names in the six languages, as name keys ("russia", "rusia", "russland").
COUNTRY_KEYS = {code: frozenset(name_key(n) for forms in names.values() for n in forms)
                for code, names in COUNTRY_NAMES.items()}


def named_after(actor: Actor, country: str) -> bool:
    """Return True when the actor bears the country's name ("Russia", "Ukraine")."""
    keys = COUNTRY_KEYS.get(country, frozenset())
    return any(name_key(n) in keys for n in (actor.name, *actor.aliases))


def state_actors(actors: Sequence[Actor]) -> dict[str, Actor]:
    """Map a country code to the actor a nationality phrase means: the actor named after the
    country ("les forces russes" -> "Russia"), else its government side.

    The name comes first: where the watchlist makes one country's side the government of
    another ("Poland" in Lithuania, "Chad" in Libya), "Lithuanian troops" are still Lithuania's.
    """
    state: dict[str, Actor] = {}
    for actor in actors:
        code = state_code(actor, aliases=False)
        if code is not None:
            state.setdefault(code, actor)
    for actor in actors:  # then by an alias: "Ottoman Empire" also called "Turkey"
        code = state_code(actor)
        if code is not None:
            state.setdefault(code, actor)
    for actor in actors:  # then the government named by the country's nationality ("Georgian
        if actor.government:  # government"), before one that also fights there ("Russia" in Georgia)
            for country in actor.countries:
                if any(country in _codes(word) for word in name_key(actor.name).split()):
                    state.setdefault(country, actor)
    for actor in actors:
        if actor.government:
            for country in actor.countries:
                state.setdefault(country, actor)
    return state


def _codes(word: str) -> set[str]:
    """Return the countries a word is the nationality of ("georgian" -> {"GE"})."""
    return {code for code, _ in nationalities(word)}


# What a state calls itself besides its country's name: "Russian Empire", "Kingdom of Italy".
_STATE_FORMS = frozenset({"empire", "kingdom", "republic", "federation", "sultanate", "reich", "monarchy",
                          "principality", "tsardom", "state"})


def state_code(actor: Actor, *, aliases: bool = True) -> str | None:
    """Return the country an actor is by its name: named after it ("Russia", "Rusia"), or a
    state's name of it ("Ottoman Empire", "Kingdom of Italy"); by an alias ("Turkey") if asked."""
    for name in (actor.name, *(actor.aliases if aliases else ())):
        key = name_key(name)
        code = next((c for c, keys in COUNTRY_KEYS.items() if key in keys), None) or _state_named(name)
        if code is not None:
            return code
    return None


def _state_named(name: str) -> str | None:
    """Return the country a state's name means: "Ottoman Empire" -> TR, "Empire of Japan" -> JP."""
    words = name_key(name).split()
    if len(words) >= 2 and words[-1] in _STATE_FORMS:  # "Russian Empire", "French Republic"
        codes = [code for code, _ in nationalities(" ".join(words[:-1])) if code in COUNTRY_NAMES]
        return codes[0] if len(codes) == 1 else None
    if len(words) >= 3 and words[0] in _STATE_FORMS and words[1] == "of":  # "Kingdom of Italy"
        rest = " ".join(words[2:])
        return next((code for code, keys in COUNTRY_KEYS.items() if rest in keys), None)
    return None


def force_code(actor: Actor) -> str | None:
    """Return the country whose army an actor is by its name alone: "Prussian army", "Austrian
    troops" (a nationality and a force, nothing more: not "Free Syrian Army")."""
    words = name_key(actor.name).split()
    if len(words) != 2 or words[1] not in _FORCE_HEADS:
        return None
    codes = {code for code, _ in nationalities(words[0]) if code in DEMONYMS}
    return codes.pop() if len(codes) == 1 else None


# Last words of an alias naming a country's force by its nationality: "British troops",
# "German expeditionary force", "Soviet forces"; not "Italian partisans", a people's movement.
_FORCE_HEADS = frozenset({"forces", "force", "troops", "army", "armies", "soldiers", "garrison", "corps",
                          "division", "paratroopers", "marines", "legion", "units", "expedition"})


def national_sides(actors: Sequence[Actor], state: dict[str, Actor],
                   derived: Mapping[str, Sequence[str]] | None = None) -> dict[str, tuple[Actor, ...]]:
    """Map a country code to the actors its nationality phrases may mean: its own side (`state`),
    then each actor with an alias like "British troops", "German expeditionary force" or
    "Czechoslovaks", or with one `derived` from its name ("Serb forces" of "Bosnian Serb forces",
    by actor name: `name_parts.derived_aliases`)."""
    sides: dict[str, list[Actor]] = {code: [actor] for code, actor in state.items()}
    for actor in actors:
        # A country's government beside an actor named after that country that fights elsewhere
        # ("Russian government" in Chechnya, "Russia" in Georgia): "Russian troops" in Grozny are
        # the government's. Not a government named after another country ("Poland" in Lithuania).
        if actor.government:
            named = [code for code in COUNTRY_NAMES if named_after(actor, code)]
            for code in actor.countries:
                if (not named or code in named) and actor not in sides.setdefault(code, []):
                    sides[code].append(actor)
    for actor in actors:
        for alias in (actor.name, *actor.aliases):  # "Saudi-led coalition": Saudi jets are its own
            words = name_key(alias).split()
            if len(words) >= 3 and words[1] in ("led", "backed"):
                codes = [code for code, _ in nationalities(words[0]) if code in COUNTRY_NAMES]
                if len(codes) == 1 and actor not in sides.setdefault(codes[0], []):
                    sides[codes[0]].append(actor)
    for actor in actors:
        for alias in (actor.name, *actor.aliases, *(derived or {}).get(actor.name, ())):
            words = name_key(alias).split()
            if len(words) == 1 and words[0].endswith("s"):  # "the Czechoslovaks": a people named as a side
                words = [words[0][:-1], "forces"]
            if len(words) < 2 or words[-1] not in _FORCE_HEADS:
                continue
            codes = [code for code, _ in nationalities(words[0])]
            if len(codes) == 1 and actor not in sides.setdefault(codes[0], []):
                sides[codes[0]].append(actor)
    return {code: tuple(found) for code, found in sides.items()}
