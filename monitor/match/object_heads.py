"""The city a trigger takes when a city noun heads its object (pure).

"seized the strategic northern district capital of X", "took the main market town of the eastern
region, X", "la prise de la principale ville du nord, X", "ha conquistato il capoluogo della
regione, X": the object is a noun for a town, described at length, and the city is named after
it, by "of" or in apposition. The noun, not its modifiers, says what was taken: "district" or
"border" before "capital" or "town" describes the town.
"""

from __future__ import annotations

from monitor.match.city_mentions import stands_for_city
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.signature import Signature
from monitor.match.words import CONTROL, OF, STOP, TIME

# A noun for a town, folded ("chef-lieu" reads "chef lieu", "città" reads "citta").
CITY_NOUN = tokens_rx(
    r"city|town|capital|hub|ville|capitale|chef lieu|localite|ciudad|localidad|cabecera|stadt"
    r"|hauptstadt|provinzhauptstadt|kreisstadt|citta|città|capoluogo|cidade|vila"
)

# Words that may describe the noun before it, however many ("the main", "la stratégique").
_MAX_MODIFIERS = 5

# "of" with its article, or a preposition of place: what may describe the town after its noun
# before the name ("of the eastern region, X", "in northern Shan state, X", "du nord, X").
_OF_THE = frozenset(
    (
        *("du", "des", "del", "della", "dell", "dello", "delle", "dei", "degli", "do", "da", "dos", "das"),
        *("der", "al", "nel", "nella", "dans", "in", "en", "em", "no", "na", "im"),
    )
)
_ARTICLES = frozenset(("the", "la", "le", "l", "les", "el", "los", "las", "il", "lo", "o", "a", "die"))

_OVER = frozenset(("over", "sur", "su", "sobre", "über"))

# How long the description after the noun may be before the comma that names the city.
_MAX_DESCRIPTION = 7


def city_noun_head(sig: Signature, lex: CompiledLexicon, j: int, reach: int = _MAX_MODIFIERS) -> int | None:
    """Return the index after the city noun heading the object that starts at j, or None.

    Only determiners and modifiers stand before the noun, at most `reach`: no place, side, stop,
    comma, number, "of" or preposition ("the outskirts of the town of X" takes the outskirts,
    "positions in the town of X" positions).
    """
    for x in range(j, min(len(sig.tokens), j + reach + 1)):
        m = sig.at(CITY_NOUN, x)
        if m is not None:
            return None if sig.at(lex.not_city, x) else sig.index(m.end() - 1) + 1  # (not "town hall")
        t = sig.tokens[x]
        if t in STOP or t == "," or x in sig.place_at or x in sig.actor_at or t.isdigit():
            return None
        if sig.at(OF, x) or sig.at(lex.locative, x):
            return None
    return None


def named_after_noun(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Return the city a city noun heading the object at j names: "of X", or ", X" after a
    description of where the town lies ("the main town of the region, X")."""
    if max(sig.place_at, default=-1) < j:
        return []  # every city it may return is named at j or after: none there (a third of calls)
    if sig.at(CONTROL, j):
        j += 1  # "seized control of …", "preso il controllo del …"
    if j < len(sig.tokens) and (sig.at(OF, j) or sig.tokens[j] in _OVER):
        j += 1  # "la prise de …", "the capture of …"
    if sig.at(lex.locative, j) and sig.at(TIME, j + 1):
        j += 2  # "eroberten am Sonntag die größte Stadt der Region, X"
    elif sig.at(TIME, j):
        j += 1
    after = city_noun_head(sig, lex, j)
    if after is None or after >= len(sig.tokens):
        return []
    if after in sig.place_at:  # "captured the regional capital X"
        return [after] if stands_for_city(sig, lex, after) else []
    for k in (after + 1, after + 2):  # "the district capital of X", "la ciudad fronteriza de X"
        described = all(_describes(sig, lex, x) for x in range(after, k - 1))
        if k in sig.place_at and sig.at(OF, k - 1) and described:
            return [k] if stands_for_city(sig, lex, k) else []
    t = sig.tokens[after]
    if not (t in _OF_THE or (sig.at(OF, after) and sig.tokens[after + 1 : after + 2] != [] and
                             sig.tokens[after + 1] in _ARTICLES)):
        return []  # "the town of Tessit, X": a name of its own, X says something else
    for x in range(after + 1, min(len(sig.tokens), after + _MAX_DESCRIPTION + 1)):
        u = sig.tokens[x]
        if u == ",":
            k = x + 1
            if k in sig.place_at and stands_for_city(sig, lex, k):
                return [k]
            return []
        if (u in STOP or x in sig.place_at or x in sig.actor_at or u.isdigit() or u == "km"
                or sig.at(lex.capture, x) or sig.at(lex.fall, x)):
            return []
    return []



def _describes(sig: Signature, lex: CompiledLexicon, x: int) -> bool:
    """Say whether the word at x may qualify a town noun before "of X": an adjective ("la ciudad
    fronteriza de X"), not a thing ("the town hall of X") nor a name ("the town of A, X")."""
    t = sig.tokens[x]
    if t in STOP or t == "," or x in sig.place_at or x in sig.actor_at or t.isdigit() or sig.at(OF, x):
        return False
    return not sig.at(lex.not_city, x)


# Who live in a town: "residents of X" names the town "the town" was before.
_PEOPLE = frozenset(
    (
        *("residents", "inhabitants", "people", "habitants", "abitanti", "residenti", "vecinos"),
        *("habitantes", "moradores", "residentes", "einwohner", "bewohner"),
    )
)


def people_of(sig: Signature, after: int) -> list[int]:
    """Return the city "the town" stands for when only its people name it later in the sentence.

    "captured the town on Sunday, residents of X said", "ont pris la ville, selon des habitants de
    X": the one watched place after it, named as the home of its people.
    """
    later = [k for k in range(after, len(sig.tokens)) if k in sig.place_at]
    if len({sig.places[sig.place_at[k]].place.name for k in later}) != 1:
        return []
    k = later[0]
    return [k] if k >= 2 and sig.at(OF, k - 1) and sig.tokens[k - 2] in _PEOPLE else []
