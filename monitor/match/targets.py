"""Find which watched places a control-change trigger bears on, inside one sentence (pure).

The object of a capture (right of the verb, through "the city of", lists and asides, a duration or
an aside after the verb (`verb_gaps`), a town noun described at length (`object_heads`)), the
subject of a fall or a passive (left), German's verb-final objects, "the city" meaning the one
place the sentence names, and elliptic second clauses. A place that stands for something else
(its airport, its province, its governor) is never a target (`city_mentions`). Lists are followed
by `place_lists`; the targets of rarer constructions, tried when these find none, are in
`target_forms`.
"""

from __future__ import annotations

import re

from monitor.match.asides import RELATIVE_AUXILIARIES
from monitor.match.city_mentions import (
    DE_AROUND,
    DE_FINITE,
    DE_SOURCES,
    german_in,
    reported_from,
    stands_for_city,
)
from monitor.match.datelines import is_dateline
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.german import SUBORDINATE, german_past_after_and, own_article
from monitor.match.german_areas import relative_antecedent, town_before_area
from monitor.match.german_buildings import buildings_in_towns
from monitor.match.german_inserts import skip_relative
from monitor.match.object_heads import CITY_NOUN, city_noun_head, named_after_noun, people_of
from monitor.match.place_lists import THEN, after_seat, chain, list_close
from monitor.match.references import is_reference
from monitor.match.signature import Signature
from monitor.match.since import past_recent_since
from monitor.match.target_forms import fronted_series, other_targets
from monitor.match.verb_gaps import DURATION, past_aside, past_duration, past_loser
from monitor.match.words import (
    ACTIVE_AUX,
    AFTER_PREPS,
    ALSO,
    CITY,
    CITY_QUARTER,
    CONJ,
    CONTROL,
    DESTINATION,
    DIRECTION,
    FORCE_NOUNS,
    HEDGE,
    HELD_BY,
    IT,
    OBJ_REL,
    OF,
    ONCE_AGAIN,
    ORIGIN,
    PARTICIPLE,
    QUOTES,
    SEAT,
    SIDE_TOWN,
    SIDES_TOWN,
    STOP,
    SUBORDINATORS,
    TIME,
    TIME_WORDS,
    TOWNS,
    ordinal_dot,
)

# What opens a German object after "und": "und einen Stützpunkt", "und den nahen Flughafen".
_DE_OBJECT_WORDS = frozenset(
    ("den", "die", "das", "einen", "eine", "ein", "mehrere", "zwei", "drei", "ihren", "seinen", "nahen")
)


_DE_FINITE_OR_AND = DE_FINITE | {"und", "oder"}


def find_targets(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> list[int]:
    """Return the token indexes of the places the trigger at [i, j) bears on."""
    if lex.lex.verb_final and family == "capture" and buildings_in_towns(sig, lex, i, j):
        return []  # "haben die Gebietsverwaltungen in X besetzt": buildings in X, not X
    found = _find_targets(sig, lex, i, j, family) or other_targets(sig, lex, i, j, family)
    if found and family in ("capture", "fall") and sig.tokens and sig.tokens[0] in AFTER_PREPS:
        found = [*fronted_series(sig, lex, i), *found]
    return found


# A German facility named after its city, before the name: "Flughafen X" is X's airport, not X.
_DE_FACILITIES = frozenset(
    ("flughafen", "flugplatz", "hafen", "bahnhof", "kaserne", "stützpunkt", "luftwaffenstützpunkt",
     "militärflughafen", "hauptquartier", "gefängnis", "grenzübergang", "staudamm")
)


def _beside(sig: Signature, lex: CompiledLexicon, k: int, j: int, family: str) -> bool:
    """Say whether a German preposition puts the place at k beside what the trigger ending at j
    bears on ("bei X", "nahe X"), not where a return goes ("kehrten nach X zurück")."""
    if not lex.lex.verb_final or sig.tokens[k - 1] not in DE_AROUND:
        return False
    return not (family == "enter" and sig.tokens[k - 1] == "nach" and sig.tokens[j - 1] == "zurück")


def _find_targets(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> list[int]:
    if family == "fall" and j == i + 1 and i and sig.tokens[i - 1] in _NOUN_ARTICLES:
        return []  # "la caduta di X sarebbe un colpo": the noun, read as such (`nominal`)
    inside = [
        k
        for k in range(i + 1, j - 1)
        if k in sig.place_at
        and stands_for_city(sig, lex, k)
        and not (family == "withdraw" and sig.tokens[k - 1] in DESTINATION)  # "zogen sich nach X zurück"
        and not (lex.lex.verb_final and sig.tokens[k - 1] in _DE_FACILITIES)  # "gibt Flughafen X auf"
        and not _beside(sig, lex, k, j, family)  # "nahmen den Ort Y bei X ein"
    ]
    if inside:
        return inside
    moved = family == "withdraw" and _first_noun(sig, j) in FORCE_NOUNS  # "withdrew its troops from X"
    if (
        family in ("capture", "withdraw")
        and not lex.lex.verb_final
        and not moved
        and _building_object(sig, lex, j)
    ):
        return []  # "ocuparam um hospital em X", "tomaron el cuartel de X": a building, not the city
    if lex.lex.verb_final and any(sig.at(lex.not_city, x) for x in range(i + 1, j - 1)):
        return []  # "nahmen den Flughafen ein": the object between the verb's parts is no city
    if family == "flag":  # "raised the flag in X": the place named nearest in the clause
        near = [k for k in range(max(0, i - 12), min(len(sig.tokens), j + 12)) if k in sig.place_at]
        return [min(near, key=lambda k: abs(k - i))] if near else []
    if family in ("capture", "withdraw"):  # "Homs, que reprenaient les rebelles", "Aleppo, which HTS took"
        for r in range(i - 1, max(0, i - 5), -1):
            if sig.tokens[r] in OBJ_REL and not (lex.lex.verb_final and sig.tokens[r - 1] != ","):
                # (German "die" without a comma is an article: "aus X die Stadt Y zurückerobert")
                p = r - 2 if r >= 2 and sig.tokens[r - 1] == "," else r - 1
                if p == r - 2 and p not in sig.place_at:  # "X, the region's main town, which HTS took"
                    q = next((q for q in range(p, max(0, p - 8), -1) if sig.tokens[q] in (",", *STOP)), 0)
                    p = q - 1 if q and sig.tokens[q] == "," else p
                if p in sig.place_at:
                    return [p] if stands_for_city(sig, lex, p) else []
                break
    if family == "capture" and not lex.lex.verb_final:
        power = power_in(sig, lex, j)
        if power:
            return power
    right = _scan_right(sig, lex, j, family)
    if not right and family in ("capture", "nominal", "withdraw", "enter", "handover"):
        right = _the_city(sig, lex, j) or named_after_noun(sig, lex, j)
    if not right and family == "withdraw" and not lex.lex.verb_final:
        right = _held_by_the_leavers(sig, lex, i)  # "The troops that had held X for months withdrew"
    if family == "nominal":
        return right
    auxiliaries = [x for x in range(max(0, i - 3), i) if sig.at(lex.passive, x)]
    passive = bool(auxiliaries) or sig.at(lex.agent, j) is not None
    if right and auxiliaries and all(sig.tokens[x - 1 : x] in _REFLEXIVE for x in auxiliaries):
        passive = False  # "s'est emparé de X", "si è impadronito di X": a reflexive verb has its object
    if auxiliaries and i and sig.tokens[i - 1] in _PERFECT_AUX | ACTIVE_AUX and not lex.lex.verb_final:
        passive = False  # "X e ne hanno preso tre quartieri": the Italian "e" (and) folds like "è" (is)
        # ("X e di avere catturato un colonnello": an infinitive perfect, active too)
    if auxiliaries and _perfect_trigger(sig, i, j):
        passive = False  # "circondato X e hanno occupato diversi nodi": the verb has its own object
    participle = PARTICIPLE.get(lex.lex.lang, PARTICIPLE["en"])
    finite = not participle.match(sig.tokens[j - 1])
    if auxiliaries and all(sig.tokens[x] == "e" for x in auxiliaries) and finite:
        passive = False  # "X e tomaram três bairros": "and" before a finite verb, not "é" (is)
    if (
        family == "capture"
        and not passive
        and any(x in sig.place_at for x in range(max(0, i - 3), i))
        and not (i and sig.tokens[i - 1] in ACTIVE_AUX)  # "vers X après avoir pris Y"
        and not _perfect_trigger(sig, i, j)  # "hanno occupato": an active perfect
        and not (i and sig.tokens[i - 1] in _NOUN_ARTICLES)  # "X dopo la presa di Y": a noun
        and not (j < len(sig.tokens) and (_object_opens(sig, j) or sig.at(CONTROL, j)))
    ):  # "ont attaqué X et pris le contrôle de l'aéroport": an object follows, the verb is active
        passive = bool(PARTICIPLE.get(lex.lex.lang, PARTICIPLE["en"]).match(sig.tokens[j - 1]))
    if family == "enter" and lex.lex.verb_final and not right:
        # "sind in die Stadt Hama vorgedrungen", "in Cherson einmarschiert": the place before the verb
        for k in range(i - 1, max(-1, i - 3), -1):
            if k in sig.place_at:
                if german_in(sig, k) and stands_for_city(sig, lex, k):
                    return [k]
                break
        if sig.tokens[i - 1] == ")" and "(" in sig.tokens[max(0, i - 6) : i - 1]:
            opening = max(x for x in range(max(0, i - 6), i - 1) if sig.tokens[x] == "(")
            k = opening - 1  # "sind in X (Y) eingezogen": another spelling in brackets
            if k in sig.place_at and german_in(sig, k) and stands_for_city(sig, lex, k):
                return [k]
        town = town_before_area(sig, lex, i)  # "in das Städtchen X an der Westküste (Grenadas) eingerückt"
        if town is not None and german_in(sig, town) and stands_for_city(sig, lex, town):
            return [town]
    if family == "fall" and lex.lex.verb_final and sig.tokens[j - 1] == "ergeben":
        # "In X und Y hätten sich die Verteidiger ergeben": where the side gave itself up
        for k in range(i - 1, max(-1, i - 8), -1):
            if k in sig.place_at and german_in(sig, k) and stands_for_city(sig, lex, k):
                return [k]
            if k in sig.place_at and sig.tokens[k - 1 : k] == ["und"] and (k - 2) in sig.place_at:
                return [k - 2, k] if german_in(sig, k - 2) else []
            if sig.tokens[k] in STOP or sig.tokens[k] == ",":
                break
    if family == "fall" and lex.lex.verb_final and sig.tokens[i] in ("ergab", "ergaben"):
        # "Nach drei Tagen ergab sich die Armee in X den Serben": where, after the subject, when
        # whom it surrendered to follows in the dative (the subject alone is read nowhere here)
        for k in range(j, min(j + 8, len(sig.tokens))):
            if k in sig.place_at and german_in(sig, k) and stands_for_city(sig, lex, k):
                return [k] if _dative_next(sig, k + 1) else []
            if sig.tokens[k] in STOP or sig.tokens[k] == ",":
                break
    if family == "enter" and right and sig.tokens[j - 1] in _INTO:
        passive = False  # "sono entrate a X", "sont entrées à X": "essere"/"être" make a perfect here
    # (a passive entry is a state: "A cidade está ocupada pelos indianos")
    by_left = family in ("capture", "handover", "withdraw", "enter") and passive
    if lex.lex.verb_final and family in ("capture", "fall", "withdraw", "handover"):
        town = relative_antecedent(sig, lex, i)  # "die Hafenstadt X, die in die Hand der Armee fiel"
        if town is not None:
            return [town]
    if right and family == "capture" and lex.lex.verb_final and german_past_after_and(sig, i, j):
        return right  # "setzten von X aus über und besetzten den Küstenort Y": a finite verb's object follows
    if family == "fall" or by_left or lex.lex.verb_final:
        left = _scan_left(sig, lex, i) or _fronted_subject(sig, lex, i)
        if family == "fall" and left == [0] and j in sig.place_at and j - i <= 2 and _capitals(sig, 0):
            left = [j]  # "MOGADISCIO - È caduta X": a dateline (its dash folded away), the subject after
        if left:
            return left + _gapped(sig, lex, j)
        for x in range(max(0, i - 3), i):  # "residents of Raqqa report the town is in the hands of"
            named_town = lex.lex.verb_final and x + 2 < i and _another_town(sig, x + 2)  # "die Stadt Y"
            if (sig.at(CITY, x) and not named_town) or (family == "fall" and sig.tokens[x] in IT):
                named = {sig.places[sig.place_at[k]].place.name: k for k in range(0, x) if k in sig.place_at}
                if len(named) == 1:
                    return list(named.values())
        if family == "fall" and lex.lex.lang in ("es", "pt", "it", "fr", "de"):  # "Am Sonntag fiel X"
            return [k for k in right if k - j <= 2]
        if family == "fall":
            return []
    if family == "enter" and right and lex.lex.verb_final and _clause_after_participle(sig, i, j, right[0]):
        return []  # "sind in Goa einmarschiert und rücken auf X vor": X is the next clause's
    if family in ("capture", "withdraw", "enter", "handover", "expel"):
        return right
    return []


# A German entry's participle, last in its clause: "einmarschiert", "eingerückt", "vorgedrungen".
_DE_ENTRY_PARTICIPLE = re.compile(r"(?:ein|vor)\w*(?:t|en)$")
# What may follow "und" and still continue the entry's clause: a preposition, an article, "auch".
_DE_SAME_CLAUSE = frozenset(("in", "nach", "auch", "bis", *_DE_OBJECT_WORDS))


def _clause_after_participle(sig: Signature, i: int, j: int, k: int) -> bool:
    """Say whether the place at k, right of a German entry's participle at [i, j), is in a new
    clause: "und" then a word no list of places goes on with ("und rücken … auf X vor")."""
    if j - i != 1 or not _DE_ENTRY_PARTICIPLE.match(sig.tokens[i]):
        return False
    for x in range(j, k):
        if sig.tokens[x] == "und" and x + 1 < k and sig.tokens[x + 1] not in _DE_SAME_CLAUSE:
            return True
    return False


_REFLEXIVE = (["s"], ["se"], ["si"])
# Prepositions an entry verb ends with: the place after them is where the side went in.
_INTO = frozenset(("a", "à", "in", "into", "dans", "en", "nella", "nel", "em", "na", "no"))
# Articles that make a participle-like word a noun: "la presa", "una presa", "dalla presa", "la prise".
_NOUN_ARTICLES = frozenset(("la", "una", "della", "dalla", "alla", "nella", "sulla", "une"))

# Prepositions of a place beside or around a city, not in it: an entry there has not entered it.
_AROUND = frozenset(
    (
        *("around", "near", "nearby", "outside", "autour", "pres", "alrededor", "cerca", "fuera"),
        *("intorno", "attorno", "vicino", "fuori", "perto", "arredores", "fora", "nahe", "außerhalb"),
    )
)

# Articles of a part of the day after a preposition: "à l'aube", "dans la nuit", "in the morning".
_TIME_ARTICLES = frozenset(("the", "l", "la", "le", "el", "il", "o", "a", "der", "den", "dem"))
# Participles of a passive perfect ("ha été prise", "è stata presa"): the trigger stays a passive.
_BEEN = frozenset(("stato", "stata", "stati", "state", "ete", "sido", "been"))


def _perfect_trigger(sig: Signature, i: int, j: int) -> bool:
    """Say whether the trigger at [i, j) opens with the auxiliary of an active perfect ("hanno occupato").

    Its object is then right of it: a city before it belongs to an earlier verb ("hanno circondato
    gli aeroporti di X e hanno occupato diversi nodi ferroviari" occupies no X).
    """
    return sig.tokens[i] in _PERFECT_AUX and not any(sig.tokens[x] in _BEEN for x in range(i, j))


# "In" before the city where power was taken: "ha preso il potere a X", "a pris le pouvoir à X".
_POWER_IN = frozenset(("in", "a", "ad", "à", "en", "em", "no", "na", "nel", "nella"))
# Words of a coup: the army of a state taking power in its own capital ("The Somali army took power
# in Mogadishu in a coup") changes the state's rulers, not the city's holder.
COUP = tokens_rx(r"coup|colpo di stato|golpe|golpista|golpisti|coup d etat|putsch|staatsstreich|golpistas")


def power_in(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Return the city where the capture ending at j took power: "took power in X", "ha preso il potere a X".

    Power taken in a city is the city's change of hands: a council, a movement or, in a coup, the
    soldiers who seized it in the capital (who they are: `Sides.junta`).
    """
    x = j
    while x < len(sig.tokens) and x < j + 5 and (
        sig.tokens[x] in _DETERMINERS or sig.tokens[x] in _TO_POWER or _power_time(sig, x)
    ):
        x += 1  # ("s'est emparé du pouvoir à X", "se apoderaron del poder en X", "tomou hoje o poder")
    if x >= len(sig.tokens) or sig.tokens[x] not in _POWER:
        return []
    k = -1
    for y in range(x + 1, min(x + 7, len(sig.tokens) - 1)):  # "ont pris le pouvoir mercredi à l'aube à X"
        if sig.tokens[y] in _POWER_IN and y + 1 in sig.place_at:
            k = y + 1
            break
        if not (_power_time(sig, y) or sig.tokens[y] in _POWER_IN or sig.tokens[y] in _DETERMINERS):
            break
    if k < 0 or not stands_for_city(sig, lex, k):
        return []
    return [k, *(y for y in chain(sig, lex, k, +1) if stands_for_city(sig, lex, y))]


# Verbs of holding a city, in a relative clause about who then leaves: "the troops that had held X".
_HOLDING = frozenset(
    (
        *("held", "occupied", "controlled", "defended", "garrisoned", "tenaient", "occupaient"),
        *("controlaient", "defendaient", "tenait", "occupait", "controlait", "ocupaban", "controlaban"),
        *("tenian", "defendian", "ocupaba", "controlaba", "ocupavam", "controlavam", "tinham", "defendiam"),
        *("ocupava", "controlava", "occupavano", "controllavano", "tenevano", "difendevano"),
        *("controllava", "tenu", "occupe", "ocupado", "tenido", "ocupada", "occupato", "tenuto", "controle"),
    )
)
_LEAVERS_WORDS = 8  # tokens of a subject before its relative clause


def _held_by_the_leavers(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    """Return the city a withdrawal with no object leaves when its subject says they held it: "The
    troops that had held X since 2023 withdrew at dawn", "As tropas que ocupavam X retiraram-se": the
    relative clause opens the sentence's subject (not "They said that the troops held X")."""
    start = next((x + 1 for x in range(i - 1, -1, -1) if sig.tokens[x] in STOP), 0)
    for r in range(start + 1, min(i, start + _LEAVERS_WORDS)):
        if sig.tokens[r] not in OBJ_REL and sig.tokens[r] not in ("who", "qui"):
            continue
        # "that had held X", "qui avaient tenu X"
        verb = r + 2 if sig.tokens[r + 1] in RELATIVE_AUXILIARIES else r + 1
        if sig.tokens[verb] not in _HOLDING:
            continue  # ("As tropas das RSF que …": "das" is no relative pronoun here)
        k = verb + 1
        return [k] if k < i and k in sig.place_at and stands_for_city(sig, lex, k) else []
    return []


# "Today" in the six languages and the little words of a time phrase ("de madrugada", "à l'aube"),
# beside the days and the parts of the day (`words.TIME`).
_WHEN_WORDS = frozenset(
    ("today", "aujourd", "hui", "hoy", "hoje", "oggi", "heute", "ce", "este", "esta", "de", "da", "l", "la")
)


def _power_time(sig: Signature, x: int) -> bool:
    """Say whether token x tells when power was taken ("hoje", "de madrugada", "mercredi")."""
    return sig.tokens[x] in _WHEN_WORDS or sig.at(TIME, x) is not None


def _first_noun(sig: Signature, j: int) -> str:
    """Return the first token after the determiners from token j ("" at the sentence's end)."""
    x = j
    while x < len(sig.tokens) and x < j + 3 and sig.tokens[x] in _DETERMINERS:
        x += 1
    return sig.tokens[x] if x < len(sig.tokens) else ""


def _building_object(sig: Signature, lex: CompiledLexicon, j: int) -> bool:
    """Say whether the capture ending at j has for object a thing that is not a city (a building).

    Only its first noun, after determiners, counts: "seized the airport and the city of X" still
    names X, but "ocuparam um hospital e a prisão em X" takes buildings in X, not X. Power is not
    a thing: "took power in X" is the city's change of hands.
    """
    x = j
    while x < len(sig.tokens) and x < j + 3 and sig.tokens[x] in _DETERMINERS:
        x += 1
    if x >= len(sig.tokens) or x in sig.place_at or sig.tokens[x] in _POWER:
        return False
    if city_noun_head(sig, lex, x, reach=2) is not None:
        return False  # "the district capital of X", "the border town of X": a town all the same
    if sig.at(SEAT, j) or sig.at(SEAT, x):
        return False  # "ont pris le palais présidentiel à X": the seat of power stands for the capital
    m = sig.at(lex.not_city, x)
    if m is None:
        return False
    conj = list_close(sig, lex, sig.index(m.end() - 1), at_once=True)
    if conj is None:
        return True
    return not any(  # "took the airport and the city of X", "the airport, the barracks and then X"
        k in sig.place_at and not sig.at(lex.locative, k - 1) for k in range(conj + 1, conj + 6)
    )


_DETERMINERS = frozenset(
    (
        *("the", "a", "an", "its", "their", "le", "la", "les", "l", "un", "une", "son", "sa", "ses", "leur"),
        *("el", "los", "las", "uno", "una", "su", "sus", "o", "os", "as", "um", "uma", "seu", "sua", "il"),
        *("lo", "gli", "i", "suo", "sua", "loro"),
    )
)
# Between a reflexive verb of seizing and the power: a partitive, a clitic "se" ("apoderaram-se do").
_TO_POWER = frozenset(("du", "del", "do", "dello", "della", "se"))
_POWER = frozenset(
    (
        *("power", "pouvoir", "poder", "potere", "control", "controle", "controlo", "controllo"),
        *("administration", "amministrazione", "administracion", "administracao"),  # (a city's rule)
    )
)


# The first words of `ONCE_AGAIN` (the regex is tried only after one of them).
_AGAIN_FIRST = frozenset(
    (
        *("for", "once", "pour", "une", "à", "de", "por", "una", "pela", "mais", "per", "ancora", "di"),
        *("zum", "erneut"),
    )
)
# "Out" before "of": a withdrawal out of the city ("hors de", "fuori da", "fora de", "fuera de").
_OUT_OF = frozenset(("hors", "fuori", "fora", "fuera"))

# What opens an object right after a verb: the participle before it is active, not a passive.
# Auxiliaries of an active perfect right before the participle ("hanno preso", "have taken").
_PERFECT_AUX = frozenset(
    (
        *("has", "have", "had", "a", "ont", "avait", "avaient", "ha", "han", "habia", "habian", "hanno"),
        *("aveva", "avevano", "tem", "tinha", "tinham", "teve", "tiveram"),
    )
)
_OBJECT_OPENERS = frozenset(
    (
        *("le", "la", "les", "l", "un", "une", "the", "el", "los", "las", "o", "os", "as"),
        # the other languages' articles, and numbers ("ne hanno preso tre quartieri", "tomaram três dos")
        *("il", "lo", "i", "gli", "uno", "una", "um", "uma", "unos", "unas", "des", "a", "an"),
        *("two", "three", "four", "five", "deux", "trois", "quatre", "cinq", "dos", "tres", "cuatro"),
        *("cinco", "dois", "duas", "quatro", "due", "tre", "quattro", "cinque"),
    )
)


def _object_opens(sig: Signature, j: int) -> bool:
    """Say whether an article at j opens an object, not a day ("tomada el domingo por las RSF")."""
    return sig.tokens[j] in _OBJECT_OPENERS and sig.at(TIME, j + 1) is None


def _the_city(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Resolve "took control of the city" to the sentence's one watched place, named before."""
    for x in range(j, min(j + 5, len(sig.tokens))):
        m = sig.at(CITY, x)
        if m:
            after = sig.index(m.end() - 1) + 1
            if after < len(sig.tokens) and (after in sig.place_at or sig.at(lex.source, after)):
                return []
            if sig.at(lex.not_city, after) or (
                sig.tokens[after : after + 1] == ["s"] and sig.at(lex.not_city, after + 1)
            ):
                return []  # "the city's airport", "la ville aéroport"
            if sig.at(CITY_QUARTER, after):
                return []  # "tomaron la ciudad vieja": one quarter, not the city
            named = {sig.places[sig.place_at[k]].place.name: k for k in range(0, x) if k in sig.place_at}
            if not named:  # "captured the town on Sunday, residents of X said"
                return people_of(sig, after)
            return list(named.values()) if len(named) == 1 else []
        if sig.tokens[x] in STOP or x in sig.place_at or sig.at(lex.not_city, x):
            return []
    return []


def _gapped(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Return the place of an elliptic second clause: "Kandahar fell on Friday, and Herat too"."""
    x = j
    while x < len(sig.tokens) and sig.tokens[x] not in STOP and sig.tokens[x] != ",":
        x += 1
    if x >= len(sig.tokens) or sig.tokens[x] != ",":
        return []
    segment = range(x + 1, min(len(sig.tokens), x + 10))
    for y in segment:
        if sig.tokens[y] in STOP or sig.tokens[y] == ",":
            return []
        if y in sig.place_at:
            gap = range(x + 1, y)
            adverb = any(sig.at(ALSO, g) for g in gap) or (y + 1 < len(sig.tokens) and sig.at(ALSO, y + 1))
            clean = not any(sig.at(lex.locative, g) and not sig.at(TIME, g + 1) for g in gap)
            return [y] if adverb and clean and stands_for_city(sig, lex, y) else []
        if sig.at(lex.capture, y) or sig.at(lex.fall, y) or sig.at(lex.blockers, y) or y in sig.actor_at:
            return []
    return []


def _dative_next(sig: Signature, x: int) -> bool:
    """Say whether a German dative opens at token x: "den", "dem", "der" or a side named with its
    dative article ("den Serben", one mention)."""
    if x >= len(sig.tokens):
        return False
    if x in sig.actor_at:
        return bool(own_article(sig, x))
    return sig.tokens[x] in ("den", "dem", "der")


# The families whose German verb may have its subject right after it, before the city.
_INVERTED_FAMILIES = frozenset(("capture", "withdraw", "handover"))


# Words between a verb and the colon opening its list of objects: a day, its article, a preposition
# ("se apoderaron el domingo de: A, B y C", "took on Sunday: A and B").
_LIGHT_WORDS = frozenset(
    (
        *("el", "la", "le", "l", "il", "o", "a", "am", "on", "this", "last"),
        *("de", "of", "di", "do", "da", "du", "von"),
    )
)


def _light(sig: Signature, j: int, k: int) -> bool:
    """Say whether only a day and small words stand between the verb ending at j and the colon at k."""
    return k - j <= 4 and all(sig.tokens[x] in _LIGHT_WORDS or sig.at(TIME, x) for x in range(j, k))


_CAPITAL_NOUNS = frozenset(("capital", "capitale", "hauptstadt"))


def _of_a_capital(sig: Signature, j: int, k: int) -> bool:
    """Say whether the region word at k names whose capital the object is: "the state capital",
    "the capital of Sennar state" (a capital noun right after it, or between the verb and it)."""
    return sig.tokens[k + 1 : k + 2] in (["capital"], ["capitale"]) or any(
        sig.tokens[x] in _CAPITAL_NOUNS for x in range(j, k)
    )


def _scan_right(sig: Signature, lex: CompiledLexicon, j: int, family: str) -> list[int]:
    """Return the places right of a trigger ending at j that it bears on (its object, a list)."""
    if max(sig.place_at, default=-1) < j:
        return []  # every place found is one after j: none there, nothing to scan (a third of calls)
    found: list[int] = []
    k = j
    limit = j + 12
    moved = -1  # where "from" follows who withdrew: "withdrew its troops from X"
    entered = False  # the preposition of an entry was passed
    while k < len(sig.tokens) and k < limit:
        t = sig.tokens[k]
        if k in sig.place_at:
            if reported_from(sig, k):
                k += 1  # "zogen sich nach Angaben aus Dublin aus Limerick zurück": the source, then X
                continue
            # (an expulsion's "from" ends its trigger: "chassé les soldats de X" is not X's soldiers)
            if not (stands_for_city(sig, lex, k) or k == moved + 2 or (family == "expel" and k == j)):
                return found
            found.append(k)
            found += [x for x in chain(sig, lex, k, +1) if stands_for_city(sig, lex, x)]
            return found
        if t in QUOTES:
            k += 1
            limit += 1
            continue
        gap = past_aside(sig, lex, k) if k == j and family in ("capture", "nominal") else None
        gap = gap or (past_duration(sig, k) if family == "capture" else None)
        gap = gap or (past_recent_since(sig, lex, k) if family == "capture" and k == j else None)
        gap = gap or (past_loser(sig, k) if family == "capture" and k == j else None)
        if gap is not None:  # "took, after three days of fighting, X", "took in a matter of hours X"
            limit += gap - k
            k = gap
            continue
        according = k + 1 < len(sig.tokens) and sig.tokens[k + 1] in DE_SOURCES  # "nach Angaben": a source
        if family == "withdraw" and t == "para" and sig.tokens[k + 1 : k + 2] == ["fora"]:
            k += 1  # "foi empurrado para fora de X": out of the city, not toward it
            continue
        if family == "withdraw" and (t in DESTINATION or t in ORIGIN) and not according:
            return found  # "residents fled to Maiduguri", "se replient vers X": where they go, not leave
            # ("ante la llegada de una columna procedente de X": where the others came from)
        if family == "withdraw" and t in _OUT_OF and sig.at(lex.source, k + 1):
            k += 1  # "s'est repliée hors de X", "si è ritirato fuori da X": out of the city
            continue
        if t == ":" and not found and (
            k == j or _light(sig, j, k) or any(sig.at(TOWNS, x) for x in range(max(0, j - 6), k))
        ):
            k += 1  # "took three towns on Friday: A, B and C", "ont enchaîné les prises : A, B"
            limit = k + 12
            continue
        if family == "withdraw" and _part_of_place(sig, k):
            return found  # "withdrew from the outskirts of X", "s'est retirée de la périphérie de X"
        if family == "withdraw" and k > j and sig.tokens[k - 1] in _INTO_PLACE and sig.at(lex.not_city, k):
            return found  # "si sono ritirate nelle caserme di X": where they went, in the city
        if (
            family == "withdraw"
            and (k in sig.actor_at or sig.at(lex.not_city, k))
            and (sig.at(lex.source, k + 1) or (sig.at(lex.not_city, k + 1) and sig.at(lex.source, k + 2)))
        ):
            k += 1 if sig.at(lex.source, k + 1) else 2  # "withdrew (Sudanese army) troops from X": who left
            moved = k - 1
            continue
        if k in sig.actor_at and family in _INVERTED_FAMILIES and inverted_subject(sig, lex, j, k):
            k += 1  # "Am Sonntag eroberten die Kämpfer der M23 Goma": the subject after the verb
            # ("übergaben die Paulistas X den Bundestruppen": a handover's too)
            resume = skip_relative(sig, k)  # "…, die zuvor gelandet waren, kampflos X"
            if resume is not None:
                k, limit = resume, resume + 12
            continue
        if k in sig.actor_at and k + 1 < len(sig.tokens) and sig.tokens[k + 1] in SIDE_TOWN:
            k += 1  # "captured the rebel-held town of X", "the Russian border town": whose town, not a stop
            continue
        if k in sig.actor_at and family in ("capture", "fall") and sig.tokens[k + 1 : k + 2] == ["s"]:
            k += 2  # "captured the army's last stronghold, X": whose stronghold, not a stop
            continue
        if k in sig.actor_at and sig.tokens[k - 1] in SIDES_TOWN and sig.at(OF, k + 1):
            k += 1  # "a pris le bastion rebelle de X": the same, the side after its stronghold
            continue
        if k in sig.actor_at and family == "capture" and sig.tokens[j - 1].startswith("entriss"):
            k += 1  # "entrissen den SDF am Dienstag X": whom it was taken from, then the city
            continue
        if t in STOP or (k in sig.actor_at and family != "nominal") or sig.at(HEDGE, k):
            return found
        seat = sig.at(SEAT, k)
        if seat and family in ("capture", "enter"):
            after = sig.index(seat.end() - 1) + 1
            for x in range(after, min(len(sig.tokens), after + 6)):
                if x in sig.place_at:
                    return [x]  # "seized the presidential palace in the capital Kabul"
                if sig.tokens[x] in STOP or x in sig.actor_at or sig.tokens[x] == ",":
                    break
            return found
        if sig.at(lex.not_city, k) and _of_a_capital(sig, j, k):
            k += 1  # "the state capital, X", "the capital of Sennar state, X": the capital is the object
            continue
        if sig.at(lex.not_city, k):  # "the province of Nineveh and its capital Mosul": a second object
            conj = list_close(sig, lex, k)
            if conj is None:
                return found
            k, limit = conj + 1, conj + 6
            if k < len(sig.tokens) and sig.tokens[k] in THEN:
                k, limit = k + 1, limit + 1  # "and then X", "e poi X"
            continue
        if k > j and (sig.at(lex.capture, k) or sig.at(lex.fall, k)):
            return found
        if k > j and sig.at(lex.withdraw, k) and any(sig.tokens[x] in CONJ for x in range(j, k)):
            return found  # "Russia retreats and decides to withdraw troops from X": the second verb's
        locative = sig.at(lex.locative, k)  # (asked up to four times below: matched once)
        if locative and sig.at(TIME, k + 1):  # "on Friday", "am Sonntag"
            k += 2
            continue
        article = sig.tokens[k + 1] if k + 1 < len(sig.tokens) else ""
        if locative and article in _TIME_ARTICLES and sig.at(TIME, k + 2):
            # "se sont emparés mercredi à l'aube de X": a part of the day with its article
            k += 3
            continue
        if k > j and sig.at(DIRECTION, k) and (sig.at(OF, k + 1) or sig.at(lex.source, k + 1)):
            return found  # "took Kombolcha, 25 km south of X": a city to say where, not what was taken
        again = sig.at(ONCE_AGAIN, k) if t in _AGAIN_FIRST else None
        if again:  # "hanno conquistato per la prima volta X", "ont pris à nouveau X"
            k = sig.index(again.end() - 1) + 1
            continue
        if family == "enter" and t in _AROUND:
            return found  # "se sont déployées autour du port de X", "deployed around X": not into it
        if family == "enter" and locative and not entered:
            entered = True  # "entraron este viernes en la ciudad de X", "sont entrés dans X"
            k += 1
            continue
        if locative and k > j and sig.tokens[k - 1] in _TOWN_NOUNS:
            named = _named_after_region(sig, k)
            if named is not None:
                return [named]  # "the last stronghold in Sennar state, X": the town, named after its region
        if locative and not (family == "withdraw" and sig.at(lex.source, k)):
            return found
        k += 1
    return found


# Nouns of a town a side holds: "the army's last stronghold in Sennar state, X".
_TOWN_NOUNS = frozenset(("stronghold", "bastion", "town", "city", "outpost", "garrison", "capital"))


def _named_after_region(sig: Signature, k: int) -> int | None:
    """Return the place named right after the region that the locative at k opens ("in Sennar
    state, X", "in the state, the town of X"), or None: a comma within four words, then X."""
    comma = next((y for y in range(k + 1, min(k + 5, len(sig.tokens))) if sig.tokens[y] == ","), None)
    if comma is None or any(y in sig.place_at or y in sig.actor_at for y in range(k + 1, comma)):
        return None
    y = comma + 1
    if sig.tokens[y : y + 3] in (["the", "town", "of"], ["the", "city", "of"]):
        y += 3
    return y if y in sig.place_at else None


# What may stand between a German verb and its subject after it: "eroberten die Kämpfer der M23".
_SUBJECT_WORDS = frozenset(
    ["die", "der", "den", "des", "dem", "das", "ihre", "seine", "auch", "nun", "jetzt"]
)


def inverted_subject(sig: Signature, lex: CompiledLexicon, j: int, k: int) -> bool:
    """Say whether the actor at k is the subject of a German verb ending at j (verb-second order).

    The clause opens with something else than the subject ("Am Sonntag", "Nach Kämpfen") and only
    articles and nouns for fighters stand between the verb and the actor.
    """
    if not lex.lex.verb_final or k - j > 4:
        return False
    if any(
        not (sig.tokens[x] in _SUBJECT_WORDS or sig.tokens[x] in _PEOPLE or x in sig.actor_at)
        for x in range(j, k)
    ):
        return False
    if any(x in sig.actor_at for x in range(max(0, j - 8), j)) and not fronted_phrase(sig, j):
        return False  # "Die RSF eroberten die M23 …": a subject before the verb already
    return j >= 2 and sig.tokens[0] not in _SUBJECT_WORDS


def fronted_phrase(sig: Signature, j: int) -> bool:
    """Say whether all before the German verb ending at j is one prepositional phrase, the one
    constituent verb-second allows before it: a side named there is no subject ("Nach dem Abzug
    der Armee eroberten die Rebellen X")."""
    return bool(sig.tokens) and sig.tokens[0] in _FRONTING and not any(
        t == "," or t in STOP for t in sig.tokens[1:j]
    )


# Prepositions and words of time that open a sentence's first constituent: "Nach dem Abzug der
# Armee", "Trotz der …", "Am Sonntag", "Gestern".
_FRONTING = frozenset(
    (
        *("nach", "seit", "während", "trotz", "wegen", "mit", "bei", "vor", "infolge", "angesichts"),
        *("am", "gestern", "heute", "zuvor", "danach", "dann", "später", "inzwischen", "mittlerweile"),
    )
)


# Who acts, not what is held: a subject right before a verb-final object ("ihre Kämpfer X eingenommen").
_PEOPLE = frozenset(["kämpfer", "soldaten", "truppen", "einheiten", "streitkräfte", "milizen", "rebellen"])


# Relative pronouns that may stand for a side as the subject of their clause.
_WHO = frozenset(("qui", "who", "which", "que", "quien", "quienes", "che", "die", "der", "welche"))


# Where a subject came from: "fighters advancing from X", "partis de X", "llegados desde X".
_FROM = frozenset(("from", "depuis", "desde", "dalla", "dal"))


def _scan_left(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    found: list[int] = []
    k = i - 1
    while k >= 0 and i - k <= 20:
        t = sig.tokens[k]
        if t in QUOTES or ordinal_dot(sig.tokens, k):  # Stadt "vollständig" eingenommen, "am 29. Juni"
            k -= 1
            continue
        # "X (Gezira state) was captured", "La ville de X (aussi appelée Y), capitale de …, a été cédée"
        if t == ")" and ((i - k <= 3 and sig.tokens[k + 1].isalpha()) or sig.tokens[k + 1] == ","):
            opening = next((p for p in range(k - 1, max(-1, k - 10), -1) if sig.tokens[p] in STOP), -1)
            if opening > 0 and sig.tokens[opening] == "(" and opening - 1 in sig.place_at:
                k = opening - 1  # (not a dateline "KABUL (AP) - The Taliban have seized …": the verb is near)
                continue
        if t == "," and lex.lex.verb_final and _subordinate_before(sig, k):
            break  # "Als die RSF X einnahmen, flohen Tausende": X is the other clause's
        if lex.lex.verb_final and k == i - 1 and _another_town(sig, k):
            break  # "Truppen aus X haben die Stadt Y zurückerobert": the object is Y, not a watched place
        if t == "," and k == i - 1 and lex.lex.verb_final:  # "die Stadt X, die bis 2020 … war, eingenommen"
            opening = next(
                (
                    p
                    for p in range(k - 1, max(-1, k - 16), -1)
                    if sig.tokens[p] in STOP or sig.tokens[p] == ","
                ),
                -1,
            )
            if opening > 0 and sig.tokens[opening] == "," and sig.tokens[opening + 1] in SUBORDINATE:
                k = opening - 1
                continue
            where = any(sig.at(DIRECTION, x) for x in range(opening, k))
            if opening > 0 and sig.tokens[opening] == "," and where:
                k = opening - 1  # "hat X, 100 Kilometer von der Grenze entfernt, erobert": where X lies
                continue
        if t == "," and (not lex.lex.verb_final or _opens_sentence(sig, k)):
            described = _described(sig, lex, k)
            if described is not None:  # "X, the Portuguese Timor border post, was captured": X
                # (German too when X opens the sentence: "X, die größte Stadt der Region, ist gefallen")
                k = described
                continue
        if lex.lex.verb_final and sig.at(lex.not_city, k):
            # "hat die Stadt X und einen Stützpunkt der Armee überrannt": a second object; X before "und"
            conj = next((y for y in range(k - 1, max(-1, k - 4), -1) if sig.tokens[y] == "und"), None)
            if conj is not None and all(sig.tokens[y] in _DE_OBJECT_WORDS for y in range(conj + 1, k)):
                k = conj - 1
                continue
        if t in STOP or sig.at(lex.capture, k) or sig.at(lex.fall, k) or sig.at(lex.not_city, k):
            break
        if t in SUBORDINATORS:  # "…, nachdem sie Sake eingenommen haben": the clause holds its object
            break
        antecedent = k - 2 if k >= 2 and sig.tokens[k - 1] == "," else k - 1
        if t in _WHO and antecedent in sig.actor_at:
            break  # "aux troupes de l'ANL, qui s'en étaient emparées": the relative's subject is a side
        if k in sig.place_at:
            before = sig.tokens[k - 1] if k else ""
            if before in _FROM and not lex.lex.verb_final:
                break  # "fighters advancing from X captured Y": where they came from
            if k and sig.at(lex.not_city, k - 1) and sig.tokens[k - 1] not in _PEOPLE:
                # "in der Region Donezk": a region, look further left (not "haben ihre Kämpfer X eingenommen")
                k -= 2
                continue
            comma = k - 1
            while comma >= 0 and sig.tokens[comma] not in STOP and sig.tokens[comma] != ",":
                comma -= 1
            of_what = before in ("of", "de", "d", "del", "di", "da", "von") and k >= 2
            if of_what and sig.at(lex.not_city, k - 2):
                break
            if of_what and _part_named_before(sig, lex, k - 1):
                if comma >= 0 and sig.tokens[comma] == ",":
                    k = comma - 1  # "X, dans la banlieue est de Y, est tombé": an aside on X
                    continue
                break
            if after_seat(sig, lex, k):
                return [k]  # "haben den Präsidentenpalast in Kabul eingenommen"
            garrison = any(x in sig.actor_at for x in (k - 2, k - 3))
            # (German: not "das Hauptquartier der Armee in X", a building of the side)
            garrison = garrison and (not lex.lex.verb_final or stands_for_city(sig, lex, k))
            garrison = garrison and sig.tokens[k - 1] not in DE_AROUND  # (not "Stellungen der Armee vor X")
            if k >= 2 and sig.at(lex.locative, k - 1) and garrison and not sig.at(lex.not_city, k + 1):
                return [k]  # "government soldiers in El Fasher surrendered": the garrison's city falls
            near = max(comma + 1, k - 4)
            # "Officials in X say the city is …": a place phrase before the reporting verb is the
            # speakers', not an aside of the subject after it
            near = max([near] + [y + 1 for y in range(near, k) if sig.at(lex.say, y)])
            if lex.lex.verb_final:  # "griffen an und haben X eingenommen": "an" belongs to the verb before
                near = max([near] + [y + 1 for y in range(near, k) if sig.tokens[y] in _DE_FINITE_OR_AND])
            # "festeggiano a X, conquistata ieri dall'esercito": the participle after its comma is said of X
            apposed = k == i - 2 and sig.tokens[k + 1] == "," and lex.lex.lang in _ROMANCE
            apposed = apposed and bool(_BARE_PARTICIPLE.fullmatch(sig.tokens[i]))  # (not ", a été occupée")
            if not apposed and (
                (of_what and (sig.at(lex.locative, k - 2) or sig.at(DIRECTION, k - 2)))
                or any(
                    sig.at(lex.locative, x) and not _after_control(sig, x) and not _adverbial(sig, lex, x, k)
                    and not any(y in sig.place_at for y in range(x + 1, k))  # (not "in Y die Stadt X")
                    for x in range(near, k)
                )
            ):  # ", à 90 km au sud de Bamako,": an aside, the subject is further left
                if lex.lex.verb_final and (comma < 0 or sig.tokens[comma] != ","):
                    k -= 1  # "haben X nach Kämpfen um die Stadt eingenommen": the object is further left
                    continue
                if comma < 0 or sig.tokens[comma] != ",":
                    break
                k = comma - 1
                continue
            if is_dateline(sig, lex, k):
                break  # "DUBLIN, June 30 - The Irregulars … surrendered": where it was written
            if stands_for_city(sig, lex, k):
                found.append(k)
                found += [x for x in chain(sig, lex, k, -1) if stands_for_city(sig, lex, x)]
            break
        k -= 1
    return found


# Parts of a city (folded): what is taken when they are, a few words before "of X".
_PARTS = frozenset(
    (
        *("neighbourhoods", "neighborhoods", "districts", "quarters", "suburbs", "outskirts", "parts"),
        *("barrios", "vecindarios", "distritos", "afueras", "suburbios", "quartiers", "faubourgs"),
        *("banlieue", "banlieues", "quartieri", "sobborghi", "periferia", "bairros", "suburbios"),
        *("stadtteile", "viertel", "vororte", "teile", "zonas", "zone", "areas", "aree"),
    )
)


# Parts a side withdraws from, its edges besides `_PARTS` ("périphérie", "Außenbezirke").
_EDGES = frozenset(
    (
        *("peripherie", "perifería", "periferia", "alrededores", "arredores", "dintorni", "environs"),
        *("abords", "außenbezirke", "außenbezirken", "randbezirke", "randbezirken", "stadtrand", "vororten"),
        *("stadtteilen", "vierteln", "outskirt", "suburb", "arrabaldes", "arredori"),
    )
)


# "Into" before a building or quarter a side withdraws to ("withdrew into their barracks in X",
# "se sont repliés dans la caserme", "nelle caserme di X", "in die Kasernen"): where they went.
_INTO_PLACE = frozenset(
    (
        *("into", "to", "dans", "nelle", "nella", "nei", "negli", "nel", "in", "ins", "en", "a", "em"),
        *("nas", "nos", "na", "no"),
    )
)


def _part_of_place(sig: Signature, k: int) -> bool:
    """Say whether token k is a part of the place named right after its "of" ("the outskirts of
    X", "la périphérie de X", "den Außenbezirken von X"): a withdrawal from it leaves a part."""
    if sig.tokens[k] not in _PARTS and sig.tokens[k] not in _EDGES:
        return False
    return k + 2 < len(sig.tokens) and sig.at(OF, k + 1) is not None and (
        k + 2 in sig.place_at or (k + 3 < len(sig.tokens) and k + 3 in sig.place_at)
    )


def _part_named_before(sig: Signature, lex: CompiledLexicon, of: int) -> bool:
    """Say whether parts of a city are named a few words before the "of" at `of`: "I quartieri
    periferici di X sono stati occupati", "two neighbourhoods on the eastern slope of X were
    occupied" took parts of X, not X (the word right before "of" is `not_city`'s)."""
    for x in range(of - 2, max(-1, of - 8), -1):
        if sig.tokens[x] in STOP or x in sig.place_at or x in sig.actor_at:
            return False
        if sig.at(lex.capture, x) or sig.at(lex.fall, x):
            return False
        if sig.tokens[x] in _PARTS:
            return True
    return False


def _after_control(sig: Signature, x: int) -> bool:
    """Say whether the word at x follows "control", maybe through a closing quote: "die Kontrolle
    über X", "„die volle Kontrolle" über X" (a quoted claim's words, the same object)."""
    y = x - 1
    while y > 0 and sig.tokens[y] in QUOTES:
        y -= 1
    return y >= 0 and sig.at(CONTROL, y) is not None


def _described(sig: Signature, lex: CompiledLexicon, k: int) -> int | None:
    """Return the place an apposition closing at the comma k describes ("X, the border post,"), or
    a relative clause ("X, which fell last year, was retaken": the relative keeps its own verb)."""
    verb = side = held = False
    for x in range(k - 1, max(-1, k - _DESCRIBED_REACH), -1):
        t = sig.tokens[x]
        if t in STOP or x in sig.place_at:
            return None
        side = side or x in sig.actor_at  # "X, which Russia had captured in March, was retaken"
        verb = verb or bool(sig.at(lex.capture, x) or sig.at(lex.fall, x))
        # "X, aux mains de la Renamo depuis 1984, a été reprise", "X, ancora in mano all'esercito,":
        # who held it, a description
        held = held or bool(sig.at(HELD_BY, x)) or t in ("poder", "mano")
        if t == ",":
            if x - 1 not in sig.place_at:
                return None
            if sig.tokens[x + 1] in _RELATIVES:
                return x - 1
            if side and held:
                return x - 1
            if side:
                return None
            return x - 1 if sig.tokens[x + 1] in _APPOSITION_OPENERS and not verb else None
    return None


# How far back an apposition describing a place may open ("X, one of the last towns in the region
# still held by the army, fell").
_DESCRIBED_REACH = 16


def _opens_sentence(sig: Signature, k: int) -> bool:
    """Say whether the comma at k closes an aside on a place that opens the sentence ("X, …,")."""
    return bool(sig.tokens) and 0 in sig.place_at and sig.tokens[1:2] == [","] and k > 1


# How a relative clause about a place opens: "X, which fell last year,", "X, qui était tombée,".
_RELATIVES = frozenset(("which", "qui", "que", "que", "che", "die", "das", "der", "welche"))


# How an apposition describing a place opens: "X, the border post,", "X, la dernière ville,".
_APPOSITION_OPENERS = frozenset(
    (
        *("the", "a", "an", "la", "le", "l", "el", "il", "lo", "o", "die", "der", "das"),
        *("one", "un", "une", "una", "uno", "uma", "eine"),  # "X, one of the last towns …,"
    )
)


_ROMANCE = frozenset(("fr", "es", "it", "pt"))
# A participle standing alone after a comma, no auxiliary before it: "conquistata", "prise", "tomada".
_BARE_PARTICIPLE = re.compile(r"\w+(?:at[aoie]|ad[ao]s?|id[ao]s?|it[aoie]|ee?s?|ise?s?|ut[aoie])")


def _capitals(sig: Signature, k: int) -> bool:
    """Say whether the place at k is written in capitals, as a dateline writes it ("MOGADISCIO")."""
    surface = getattr(sig.places[sig.place_at[k]], "surface", "")
    return len(surface) > 2 and surface.isupper()


# What may open a sentence before its subject city: "La ville de X", "The town of X", "Die Stadt X".
_OPENING = frozenset(
    [
        "the",
        "city",
        "town",
        "of",
        "la",
        "ville",
        "de",
        "d",
        "el",
        "ciudad",
        "die",
        "stadt",
        "a",
        "cidade",
        "do",
    ]
)


def _fronted_subject(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    """Return the city opening the sentence when only appositions separate it from the verb at i.

    "La ville de X (aussi appelée Y), capitale de la province, dans le centre du pays, a été
    cédée aux rebelles": each comma-separated segment describes X; none holds a verb of the
    lexicon, an actor or a stop, and the last one is short (auxiliaries, "quant à elle").
    """
    k = next((x for x in range(min(4, i)) if x in sig.place_at), None)
    if k is None or any(t not in _OPENING for t in sig.tokens[:k]) or not stands_for_city(sig, lex, k):
        return []
    if is_reference(sig.places[sig.place_at[k]].surface):
        return []  # "The key eastern city, which …, fell": which city is too uncertain this far away
    commas = [x for x in range(k + 1, i) if sig.tokens[x] == ","]
    if not commas or i - commas[-1] > 7:
        return []
    depth = 0
    for x in range(k + 1, i):
        t = sig.tokens[x]
        depth += (t == "(") - (t == ")")
        if depth < 0 or (depth == 0 and t in STOP and t not in "()") or x in sig.actor_at:
            return []
        if depth == 0 and x > commas[-1] and x in sig.place_at:
            return []
        if any(sig.at(rx, x) for rx in (lex.capture, lex.fall, lex.withdraw, lex.say)):
            return []
    return [k] if depth == 0 else []


def _adverbial(sig: Signature, lex: CompiledLexicon, x: int, k: int) -> bool:
    """Say whether a German preposition at x opens a time or area phrase before the object at k.

    "haben am Dienstag X eingenommen", "in der Nacht zum Freitag X", "im Süden des Landes X":
    the phrase ends before the place, which is the object (issue 10).
    """
    if any(t in TIME_WORDS for t in sig.tokens[x + 1 : x + 3]):
        return True  # (in any language: "On Sunday the town fell")
    if any(sig.at(DURATION, y) for y in range(x + 1, x + 4)):
        return True  # "haben innerhalb weniger Stunden X eingenommen": how long it took
    if not lex.lex.verb_final:
        return False
    return any(sig.at(DIRECTION, y) for y in (x + 1, x + 2)) and not (
        sig.at(OF, k - 1) or sig.at(lex.locative, k - 1)
    )


def _another_town(sig: Signature, k: int) -> bool:
    """Say whether token k names a town no one watches after a town noun: "die Stadt Y" (German).

    Not an adverb of the verb that follows ("die Stadt vollständig eingenommen"), told by its form.
    """
    t = sig.tokens[k]
    if k in sig.place_at or k in sig.actor_at or not t.isalpha() or t in _DE_ADVERBS:
        return False
    if _DE_ADVERB_FORM.search(t):
        return False
    return sig.at(CITY_NOUN, k - 1) is not None and sig.tokens[k - 2 : k - 1] in (["die"], ["der"], ["den"])


# Adverbs that may stand between a German object and its participle ("die Stadt rasch eingenommen").
_DE_ADVERBS = frozenset(
    (
        *("ein", "zurück", "wieder", "erneut", "selbst", "ganz", "komplett", "vollständig", "endgültig"),
        *("kampflos", "schnell", "rasch", "bereits", "schon", "nun", "jetzt", "inzwischen", "zunächst"),
        *("vorübergehend", "kurzzeitig", "teilweise", "weitgehend", "fast", "nicht", "nie", "doch", "auch"),
        *("noch", "erst", "zuvor", "damals", "wohl", "offenbar", "angeblich", "zwar", "aber", "am", "im"),
    )
)
_DE_ADVERB_FORM = re.compile(r"(?:lich|ig|los|weise|end|isch|st)$")


def _subordinate_before(sig: Signature, comma: int) -> bool:
    """Say whether the clause that ends at `comma` opens with a subordinating conjunction."""
    x = comma - 1
    while x >= 0 and sig.tokens[x] not in STOP and sig.tokens[x] != ",":
        x -= 1
    return x + 1 < comma and sig.tokens[x + 1] in SUBORDINATORS
