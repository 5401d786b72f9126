"""Targets of a trigger said otherwise than as its object or subject (pure): the fallbacks of
`targets.find_targets`.

An absolute construction ("Une fois X tombée"), a clitic standing for the city ("la tomaron"),
German "die Kontrolle in X", "its liberation" after the one city a clause names, an earlier
city of an ordinal series ("the third provincial capital to fall"), "including X", and a series
of cities fronted before "after" ("After X and Y, …"), a city fronted with "in", "at", "à" or
"en" before a taking without object ("At X, troops moved in", "In X, wo …, rückten Truppen am
Sonntag ein"), and where a side surrendered ("to the rebels in X", "In X, the army surrendered").
"""

from __future__ import annotations

import re

from monitor.match.city_mentions import german_in, stands_for_city
from monitor.match.datelines import is_dateline
from monitor.match.expressions import CompiledLexicon, tokens_rx
from monitor.match.garrison import SURRENDERED
from monitor.match.place_lists import chain
from monitor.match.signature import Signature
from monitor.match.words import (
    CONTROL,
    DIRECTION,
    OF,
    PART,
    POSSESSIVES,
    QUOTES,
    STOP,
    TIME,
    TIME_WORDS,
)


def other_targets(sig: Signature, lex: CompiledLexicon, i: int, j: int, family: str) -> list[int]:
    """Return the places the trigger at [i, j) bears on when neither its object nor its subject is one."""
    found: list[int] = []
    if family in ("capture", "fall") and not lex.lex.verb_final:
        found = _absolute_subject(sig, lex, i, j)
    if not found and family == "nominal":
        found = _own_liberation(sig, lex, i, j) or _its_change(sig, lex, i)
    if not found and family == "capture":
        found = _clitic_city(sig, lex, i, j)
    if not found and family == "capture" and lex.lex.verb_final:
        found = _control_in(sig, lex, i, j)
    if not found and family in ("capture", "fall", "nominal"):
        found = _earlier_in_series(sig, lex, i, j)
    if not found and family in ("capture", "enter"):
        found = _included(sig, lex, j)
    if not found and family in ("capture", "enter"):
        found = _fronted_where(sig, lex, i, j)
    if not found and family in ("fall", "handover") and not lex.lex.verb_final:
        found = _surrendered_where(sig, lex, i, j)
    return found


# Where something happens: "in X", "à X", "en X", "a X", "em X", "im": a side gave itself up
# there ("surrendered to the rebels in X"), or a sentence opens with it ("At X,", "En X,").
_WHERE = frozenset(("in", "at", "à", "a", "en", "em", "nel", "nella", "no", "na", "im"))
# To whom: "to", "aux", "a los", "ai", "aos", then the side (its article maybe its mention's own).
_TO = frozenset(("to", "aux", "au", "a", "à", "al", "ai", "agli", "alle", "allo", "ao", "aos", "as", "às"))
_TO_ARTICLES = frozenset(("the", "les", "los", "las", "el", "la", "i", "gli", "le", "os", "as", "o"))
# Some of a side, counted or as men: "five soldiers", "hundreds of fighters", "des dizaines de".
_SOME_OF_THEM = frozenset(
    (
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "dozens"),
        *("hundreds", "thousands", "scores", "several", "some", "few", "many", "soldiers", "fighters"),
        *("men", "militants", "combatants", "members", "deserters", "officers"),
        *("deux", "trois", "cinq", "dizaines", "centaines", "milliers", "plusieurs", "quelques", "soldats"),
        *("combattants", "hommes", "cinco", "decenas", "cientos", "centenares", "miles"),
        *("varios", "varias", "algunos", "soldados", "combatientes", "hombres", "cinque"),
        *("decine", "centinaia", "migliaia", "diversi", "alcuni", "soldati", "combattenti", "uomini"),
        *("duas", "dezenas", "centenas", "milhares", "alguns", "combatentes", "homens"),
    )
)
# A relative pronoun before the verb: the surrender is told of the people it describes.
_WHO = frozenset(("who", "that", "which", "qui", "que", "che", "quienes", "quien", "cui"))
# What opens a thing handed over after the verb ("surrendered their weapons", "ont rendu les armes").
_THINGS_GIVEN = frozenset(
    ("its", "their", "his", "the", "leurs", "leur", "ses", "son", "sa", "les", "sus", "su", "los", "las",
     "le", "i", "gli", "loro", "suoi", "os", "as", "seus", "suas")
)


def _surrendered_where(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city a side surrendered in, when it is neither the verb's subject nor object.

    "The army surrendered to the rebels in X", "l'armée s'est rendue aux rebelles à X", "In X,
    the army surrendered": after the verb and whom it surrendered to, or opening the sentence
    with no other place before the verb (`_fronted_where`'s rule, for a surrender).
    """
    if not any(sig.at(SURRENDERED, x) for x in range(i, j)):
        return []
    if any(sig.tokens[y] in _WHO for y in range(max(0, i - 3), i)):
        return []  # "fighters who surrendered to the army in X were released": prisoners, not X
    if j < len(sig.tokens) and sig.tokens[j] in _THINGS_GIVEN:
        return []  # "surrendered their weapons to the UN in X": a thing handed over, not the side
    opening = max((y for y in range(i) if sig.tokens[y] == "," or sig.tokens[y] in STOP), default=-1)
    if any(t.isdigit() or t in _SOME_OF_THEM for t in sig.tokens[opening + 1 : i]):
        return []  # "Hundreds of fighters surrendered to the army in X": some of a side, not the side
    x = j
    if x < len(sig.tokens) and sig.tokens[x] in _TO:
        x += 1
        if x < len(sig.tokens) and sig.tokens[x] in _TO_ARTICLES:
            x += 1
        if x not in sig.actor_at:
            return []
        x += 1
    if x + 1 < len(sig.tokens) and sig.tokens[x] in _WHERE and (x + 1) in sig.place_at:
        return [x + 1] if stands_for_city(sig, lex, x + 1) else []
    opening = 1 if sig.tokens[0] in _WHERE else -1
    if opening < 0 or opening not in sig.place_at or sig.tokens[2 : 3] != [","]:
        return []
    if any(y in sig.place_at for y in range(3, i)):
        return []
    return [opening] if stands_for_city(sig, lex, opening) else []


# What may follow a taking that has no object: a time, a clause, the end ("moved in yesterday").
_NO_OBJECT = frozenset(
    (
        *(",", ".", ";", "on", "after", "yesterday", "today", "overnight", "early", "late", "shortly"),
        *("when", "as", "last", "this", "without", "unopposed", "soon", "within", "before"),
        # the same in the other languages: "sont entrées dimanche après le retrait", "entraron ayer"
        *("apres", "despues", "dopo", "depois", "nach", "nachdem", "hier", "ayer", "ieri", "ontem"),
        *("gestern", "heute", "aujourd", "hoy", "oggi", "hoje", "sans", "sin", "senza", "sem", "ohne"),
        *("lorsque", "quand", "cuando", "quando", "als", "tras", "avant", "antes", "prima", "vor"),
    )
)
# A day after its article: "entraron el domingo", "entraram no domingo", "rückten am Sonntag ein".
_DAY_OPENERS = frozenset(
    ("el", "la", "le", "il", "o", "no", "na", "am", "ce", "este", "esta", "neste", "nesta")
)


def _fronted_where(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city a sentence opens with when a taking there has no object ("At X, … moved in").

    "At X, where the rebels had held the town since Monday, troops moved in yesterday", "In X,
    the army took control on Sunday": the city named first, set off by a comma, with no other
    place and no speaker before the verb ("In X, officials said …" says where they spoke).
    """
    if i < 4 or sig.tokens[0] not in _WHERE or 1 not in sig.place_at or sig.tokens[2] != ",":
        return []
    y = j + 1 if sig.tokens[j : j + 1] == ["control"] else j  # ("took control on Sunday")
    while y < len(sig.tokens) and (  # past its day: "sont entrées dimanche", "entraron el domingo"
        sig.tokens[y] in TIME_WORDS
        or (sig.tokens[y] in _DAY_OPENERS and y + 1 < len(sig.tokens) and sig.tokens[y + 1] in TIME_WORDS)
    ):
        y += 1
    if y < len(sig.tokens) and sig.tokens[y] not in _NO_OBJECT and sig.tokens[y] not in STOP:
        return []  # ("a repris samedi le contrôle de la base": an object after the day)
    town = sig.places[sig.place_at[1]].place.name  # ("where the rebels held the town": X again)
    if any(sig.at(lex.say, x) for x in range(2, i)) or any(
        sig.places[sig.place_at[x]].place.name != town for x in range(2, i) if x in sig.place_at
    ):
        return []
    return [1] if stands_for_city(sig, lex, 1) else []


def fronted_series(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    """Return the cities of a series that opens the sentence: "After A and B, the M23 took C".

    "Après Zaranj vendredi et Sheberghan samedi, les talibans ont pris Kunduz", "Tras A y B, …":
    the side that takes C took the cities before it too. The first city comes right after
    "after" (or "after the cities of"), the others are listed with it ("after talks in A", "after
    fleeing A" name no earlier conquest); none may follow the trigger's own subject.
    """
    first = next((k for k in range(1, min(i, 6)) if sig.tokens[k] not in _SERIES_GAP), None)
    if first is None or first not in sig.place_at or not stands_for_city(sig, lex, first):
        return []
    return [k for k in (first, *chain(sig, lex, first, +1)) if k < i and stands_for_city(sig, lex, k)]


# "including", "incluida", "y compris": what follows is part of the object taken.
_INCLUDING = tokens_rx(
    r"including|incluida|incluido|incluidas|incluidos|incluyendo|inclusive|y compris|compris|compresa"
    r"|compreso|incluso|inclusa|incluindo|einschlie(?:ss|ß)lich|darunter"
)


# What may stand between "including" and the city: "including its capital, X", "incluida su capital".
_INCLUDED_FILLER = frozenset(
    (
        *(",", "its", "their", "the", "of", "su", "sus", "sa", "leur", "la", "le", "el", "a", "o", "sua"),
        *("seine", "ihre", "die", "der", "il", "de", "capital", "capitale", "hauptstadt", "city", "town"),
        *("ville", "ciudad", "cidade", "citta", "città", "provincial", "regional", "provinciale"),
        *("provinzhauptstadt",),
    )
)


def _included(sig: Signature, lex: CompiledLexicon, j: int) -> list[int]:
    """Return the city named as part of the object: "controlan todo el territorio, incluida su capital, X"."""
    for x in range(j, min(len(sig.tokens), j + 10)):
        if sig.tokens[x] in STOP or x in sig.place_at:
            return []
        including = sig.at(_INCLUDING, x)
        if including:
            after = sig.index(including.end() - 1) + 1
            for k in range(after, min(len(sig.tokens), after + 5)):
                if k in sig.place_at:
                    return [k] if stands_for_city(sig, lex, k) else []
                if sig.tokens[k] not in _INCLUDED_FILLER:
                    return []  # ("including the airport near X": a part, not the city)
            return []
    return []


# A participle that may open a sentence as an absolute construction: "Tombée aux mains des FSR",
# "Conquistata dalle RSF", "Tomada por las FAR", "Captured by the RSF".
_ABSOLUTE = re.compile(
    r"\w+(?:ed|en|e|ee|es|ees|is|ise|ises|ado|ada|ados|adas|ido|ida|idos|idas|ato|ata|ati|ate|uto|uta|uti|ute"
    r"|eso|esa|esi|ese)$"
)


# What may come before it: "Une fois prise par…", "Once captured by…".
_ONCE = frozenset(("une", "fois", "once", "una", "volta", "uma", "vez", "finally", "enfin"))


# What may open the main clause before its subject city: "la ville de X", "the town of X".
_SUBJECT_OPENING = frozenset(
    (
        *("the", "city", "town", "of", "la", "ville", "de", "d", "el", "ciudad", "a", "cidade", "vila"),
        *("do", "da", "citta", "città", "di", "localite", "localidad", "capital", "capitale"),
    )
)


def _absolute_subject(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city a participle opening the sentence is said of: the main clause's subject.

    "Tombée aux mains des FSR dimanche, la ville de X est coupée du monde", "Conquistata dalle RSF,
    X è ora isolata", "Captured by the RSF on Sunday, X is now cut off": the participle's phrase
    ends at its comma (no other verb of the lexicon, no stop), and the city opens what follows.
    The participle is followed by who holds the city or by a time ("Prise en tenaille par les FSR"
    is no capture).
    """
    if any(t not in _ONCE and t not in QUOTES for t in sig.tokens[:i]) or not _ABSOLUTE.match(sig.tokens[i]):
        return []
    x = j + 2 if sig.at(lex.locative, j) and sig.at(TIME, j + 1) else j + 1 if sig.at(TIME, j) else j
    if j < len(sig.tokens) and sig.tokens[j] == ",":
        x = j  # "Tombée dimanche, X …" (whose hands then come from the article)
    elif not (sig.at(lex.agent, x) or sig.at(lex.to_holder, x)):
        return []
    comma = next(
        (x for x in range(j, min(len(sig.tokens), j + 12)) if sig.tokens[x] in STOP or sig.tokens[x] == ","),
        -1,
    )
    if (
        comma < 0
        or sig.tokens[comma] != ","
        or any(
            y in sig.place_at
            or ((sig.at(lex.capture, y) or sig.at(lex.fall, y)) and not sig.at(lex.to_holder, y))
            for y in range(j, comma)
        )
    ):
        return []
    k = comma + 1
    while (
        k < len(sig.tokens) and k < comma + 5 and k not in sig.place_at and sig.tokens[k] in _SUBJECT_OPENING
    ):
        k += 1
    if k not in sig.place_at or not stands_for_city(sig, lex, k):
        return []
    return [k, *(x for x in chain(sig, lex, k, +1) if stands_for_city(sig, lex, x))]


# Celebrating or welcoming a liberation: it happened ("feiern ihre Befreiung", "fêtent leur libération").
_CELEBRATE = tokens_rx(
    r"celebrat\w*|cheer\w*|hail\w*|celebr\w*|fet\w*|salu\w*|feier\w*|bejubel\w*|jubel\w*|festegg\w*"
    r"|festej\w*|comemor\w*"
)


# Object pronouns for a city before its verb ("l'ont prise", "l'hanno conquistata", "la tomaron")
# and the auxiliaries that may stand between.
_CLITICS = {"fr": ("l", "la"), "it": ("l", "la", "lo"), "es": ("la", "lo")}


_CLITIC_AUX = frozenset(
    ("ont", "a", "avaient", "avait", "hanno", "ha", "avevano", "aveva", "han", "habian", "habia")
)


_ES_PAST = re.compile(r"\w+(?:aron|ieron|o)$")
# "of it" before the verb, or "its" after it, when the object is the control of the city: "en ont
# pris le contrôle", "ne hanno preso il controllo", "tomaron su control" ("took control of it").
_PARTITIVES = {"fr": "en", "it": "ne"}
_CONTROL_ARTICLES = frozenset(("le", "il", "o", "el"))
_CONTROL_POSSESSIVES = frozenset(("su", "sua", "son", "seu", "suo"))


def _control_of_it(sig: Signature, lang: str, x: int, j: int) -> bool:
    """Say whether the verb ending at j takes the control of a city said by a pronoun: "en" or "ne"
    at x before it ("en ont pris le contrôle"), or "its" after it ("tomaron su control")."""
    y = j + 1 if sig.tokens[j : j + 1] and sig.tokens[j] in _CONTROL_ARTICLES else j
    owned = y < len(sig.tokens) and sig.tokens[y] in _CONTROL_POSSESSIVES
    if not sig.at(CONTROL, y + 1 if owned else y):
        return False
    return owned or (x >= 0 and sig.tokens[x] == _PARTITIVES.get(lang))


# "There" of a control established in the city named before: "y ont établi le contrôle",
# "vi hanno stabilito il controllo" (before the verb), "establecieron allí el control",
# "estabeleceram ali o controlo" (after it).
_THERE_BEFORE = {"fr": "y", "it": "vi", "de": "dort"}
_THERE_AFTER = {"es": "alli", "pt": "ali"}


def _control_there(sig: Signature, lang: str, i: int, j: int) -> bool:
    """Say whether the control taken at [i, j) is taken "there", in the city named before it."""
    if not any(sig.at(CONTROL, x) for x in range(i, j)):
        return False
    if lang in _THERE_BEFORE:
        return _THERE_BEFORE[lang] in sig.tokens[max(0, i - 2) : i]
    return _THERE_AFTER.get(lang) in sig.tokens[i:j]


# What may stand between "control" and the end of its clause when it has no object: how full it
# is, and the participle of a German perfect ("haben die Kontrolle übernommen").
_CONTROL_TAIL = frozenset(
    ("full", "total", "complete", "totale", "complet", "pleno", "completo", "pieno", "übernommen")
)


def _control_alone(sig: Signature, i: int, j: int) -> bool:
    """Say whether the capture at [i, j) takes "control" with no object, its clause ending there:
    "attacked X and took control", "ont attaqué X puis pris le contrôle", "griffen X an und
    übernahmen die Kontrolle": the control of the city the sentence named before it."""
    at = next((x for x in range(max(i, j - 2), min(len(sig.tokens), j + 2)) if sig.at(CONTROL, x)), None)
    if at is None:
        return False
    x = at + 1
    while x < len(sig.tokens) and sig.tokens[x] in _CONTROL_TAIL:
        x += 1
    dated = x + 1 < len(sig.tokens) and sig.tokens[x] in ("on", "le", "el", "am", "il", "no")
    if dated and sig.tokens[x + 1] in TIME_WORDS:
        x += 2  # "took control on Sunday"
    elif x < len(sig.tokens) and sig.tokens[x] in TIME_WORDS:
        x += 1  # "pris le contrôle dimanche"
    return x >= len(sig.tokens) or sig.tokens[x] in STOP or sig.tokens[x] == ","


def _clitic_city(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city an object pronoun of the capture stands for: the one the sentence named before.

    "Les FSR ont attaqué X samedi et l'ont prise dimanche", "Las FAR atacaron X y la tomaron",
    "attacked X and took it", "an operation in X … established full control there": one watched
    place named before the pronoun in the sentence, a dateline's left aside.
    """
    lang = lex.lex.lang
    if lang == "en":  # "took it", or control taken "there" ("established full control there")
        pronoun = j < len(sig.tokens) and (
            sig.tokens[j] == "it" or (sig.tokens[j] == "there" and sig.tokens[j - 1] == "control")
        )
        alone = not pronoun and _control_alone(sig, i, j)
        pronoun = pronoun or alone
    else:
        x = i - 1
        if x >= 1 and sig.tokens[x] in _CLITIC_AUX and (sig.tokens[x] != "a" or lang == "fr"):
            x -= 1
        pronoun = x >= 0 and sig.tokens[x] in _CLITICS.get(lang, ())
        if pronoun and lang == "es" and x == i - 1:
            pronoun = bool(_ES_PAST.match(sig.tokens[i]))  # "la tomaron", not "la toma" (the taking)
        if pronoun and x == i - 1 and lang in ("fr", "it") and sig.tokens[x] != "l":
            pronoun = False  # "la prise", "la presa": an article and its noun
        if not pronoun:
            pronoun = _control_of_it(sig, lang, x, j) or _control_there(sig, lang, i, j)
        alone = not pronoun and _control_alone(sig, i, j)
        pronoun = pronoun or alone
    if not pronoun:
        return []
    places = [k for k in range(0, i) if k in sig.place_at]
    if len(places) > 1:  # ("MÜLHEIM, 20 de março - … a tomaram": alone, the dateline is the town taken)
        places = [k for k in places if not is_dateline(sig, lex, k)]
    named = {sig.places[sig.place_at[k]].place.name: k for k in places}
    if len(named) != 1:
        return []
    k = next(iter(named.values()))
    if alone and any(sig.at(lex.say, y) for y in range(k + 1, i)):
        return []  # "In X, officials said the RSF took control": where they spoke, not what was taken
    if k >= 2 and sig.at(DIRECTION, k - 2) and sig.at(OF, k - 1) and sig.tokens[k - 3 : k - 2] != ["the"]:
        return []  # "landed on an airfield west of X and seized it": X says where, "it" is the airfield
    return [k] if stands_for_city(sig, lex, k) else []


def _control_in(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city in which a German clause says control or power was taken ("Kontrolle in X übernommen").

    "In X haben die RSF die Kontrolle übernommen", "Die RSF übernahmen die Kontrolle in X": the
    control noun next to the verb, the city after "in" in the same clause.
    """
    near = range(max(0, i - 3), min(len(sig.tokens), j + 5))  # ("übernahmen am Sonntag die Kontrolle")
    if not any(sig.at(CONTROL, x) or sig.tokens[x] == "macht" for x in near):  # ("die Macht übernommen")
        return []
    lo, hi = i, j
    while lo > 0 and sig.tokens[lo - 1] not in STOP and sig.tokens[lo - 1] != ",":
        lo -= 1
    while hi < len(sig.tokens) and sig.tokens[hi] not in STOP and sig.tokens[hi] != ",":
        hi += 1
    found = [k for k in range(lo + 1, hi) if k in sig.place_at and german_in(sig, k)]
    if len(found) != 1:
        return []
    k = found[0]
    # ("in X die Macht ergriffen", "ergriffen die Macht in X": the power is the verb's object,
    # not a thing of the town's)
    taken = sig.tokens[k + 1 : k + 3] in (["die", "macht"], ["die", "kontrolle"])
    taken = taken or (k >= 2 and sig.tokens[k - 1] == "in" and sig.tokens[k - 2] in ("macht", "kontrolle"))
    return found if taken or stands_for_city(sig, lex, k) else []


def _own_liberation(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the city whose people celebrate "their liberation": the one the clause is about.

    "In Isjum feiern die Bewohner ihre Befreiung", "les habitants de
    X célèbrent leur libération", "X celebrates its liberation": a liberation noun after a
    possessive, in a clause that names one city before it and no side.
    """
    if not (i and sig.tokens[i - 1] in POSSESSIVES and any(sig.at(lex.retake, x) for x in range(i, j))):
        return []
    if not any(sig.at(_CELEBRATE, x) for x in range(max(0, i - 4), i)):
        return []  # "attendent leur libération": still awaited
    lo = max(0, i - 8)
    for x in range(i - 2, lo - 1, -1):
        if sig.tokens[x] in STOP or sig.tokens[x] == "," or x in sig.actor_at:
            return []
        if x in sig.place_at:  # ("the residents of X" are not what is taken: their city is)
            return [] if sig.at(lex.not_city, x + 1) or (x and sig.at(PART, x - 1)) else [x]
    return []


# A singular possessive: "its", "sa", "son", "su", "sua", "seu", "suo" ("their" is the people's).
_ITS = frozenset(("its", "sa", "son", "su", "sua", "seu", "suo"))


def _its_change(sig: Signature, lex: CompiledLexicon, i: int) -> list[int]:
    """Return the city a possessive before a change noun stands for: "in the streets of X after
    its recapture by the army", "X … depuis sa chute", "tras su toma por las FAR": the one city
    named before it in the sentence, with no side or other city between."""
    if not (i and sig.tokens[i - 1] in _ITS):
        return []
    named = [x for x in range(0, i - 1) if x in sig.place_at]
    if len({sig.places[sig.place_at[x]].place.name for x in named}) != 1:
        return []
    k = named[-1]
    if any(x in sig.actor_at or sig.tokens[x] in STOP for x in range(k + 1, i - 1)):
        return []
    return [k]


# An ordinal before a capture: "the third city to fall … after A and B" lists the earlier ones.
_ORDINAL = tokens_rx(
    r"second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|latest|\d+(?:st|nd|rd|th|e|eme|a|o|°)"
    r"|deuxieme|seconde|troisieme|quatrieme|cinquieme|sixieme|septieme|huitieme|neuvieme|dixieme|derniere?"
    r"|segunda|segundo|tercera|tercer|tercero|cuarta|quinta|sexta|septima|octava|novena|decima|ultima"
    r"|terceira|quarta|setima|oitava|nona|zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte"
    r"|seconda|terza|sesta|settima|ottava"
)


def _earlier_in_series(sig: Signature, lex: CompiledLexicon, i: int, j: int) -> list[int]:
    """Return the places after "after" in "the third city taken this week, after A and B".

    "C'est la troisième ville tombée en une semaine, après A et B", "Es la tercera conquista
    del grupo, después de las ciudades de A y B": the ordinal makes the trigger a series whose
    earlier items follow "after" (a list of its own, or one city).
    """
    ordinal = next((x for x in range(max(0, i - 4), i + 1) if sig.at(_ORDINAL, x)), None)
    if ordinal is None or not (
        any(sig.at(_SERIES_NOUN, x) for x in range(ordinal + 1, min(j, ordinal + 4))) or ordinal + 1 == i
    ):
        return []  # "the third time the RSF took a city": a time, not a city of the series
    for x in range(j, min(len(sig.tokens), j + 14)):
        if sig.tokens[x] in STOP:
            return []
        if sig.tokens[x] not in _AFTER:
            continue
        for k in range(x + 1, min(len(sig.tokens), x + 6)):
            if k in sig.place_at:
                if not stands_for_city(sig, lex, k):
                    return []
                return [k, *(y for y in chain(sig, lex, k, +1) if stands_for_city(sig, lex, y))]
            if sig.tokens[k] not in _SERIES_GAP:
                return []  # "after fighting near A": not an earlier city of the series
        return []
    return []


_AFTER = frozenset(("after", "apres", "tras", "despues", "depois", "nach", "dopo"))


# What may stand between "after" and the first earlier city: "after the cities of", "après celles de".
_SERIES_GAP = frozenset(
    [
        "the",
        "cities",
        "towns",
        "of",
        "les",
        "villes",
        "celles",
        "de",
        "d",
        "des",
        "las",
        "los",
        "ciudades",
        "del",
        "la",
        "el",
        "as",
        "cidades",
        "das",
        "dos",
        "da",
        "do",
        "den",
        "städten",
        "von",
    ]
)


_SERIES_NOUN = tokens_rx(
    r"city|town|capital|provincial capital|ville|capitale|localite|cite|ciudad|localidad|cidade|stadt"
    r"|hauptstadt|provinzhauptstadt|citta|città|capoluogo|conquest|capture|conquete|prise|conquista|toma"
    r"|eroberung|presa"
)
