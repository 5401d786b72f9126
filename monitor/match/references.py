"""Resolve "the city", "cette ville", "die Stadt" to the watched place they stand for (pure).

A reporter names a city once, then writes "the city", "la ville", "die Stadt": in the next
sentence, or later in the same one. Such a phrase, when no name or "of …" follows it, becomes
a mention of the watched place named last before it (within a few sentences, the headline
included), so the grammar reads "the army retook the city" as it reads "the army retook Izium".
A place named only as a reference point ("toward Mykolaiv", "near Donetsk") is passed over;
"the capital" is left alone (it is the country's capital, not the last city named), "the regional
capital" is not.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import repeat
from typing import Any

import ahocorasick  # no stubs (a C extension): ignore_missing_imports in pyproject.toml

from monitor.match.expressions.firsts import lookahead
from monitor.match.normalize import fold as normal_fold
from monitor.match.signature import fold
from monitor.match.word_scan import heads

# A German town noun besides "Stadt": "Städtchen", "Ort" ("haben den Ort besetzt", "des Ortes").
_GERMAN_TOWN = (
    r"städtchen|(?:grenz|hafen|küsten|nachbar)?ort(?:es|s)?"
    # a kind of town compounded with "Stadt" ("in die Oasenstadt", "die Hafenstadt"): not
    # "Hauptstadt" (the country's), "Altstadt", "Innenstadt", "Vorstadt" (a part of it)
    r"|(?:oasen|hafen|grenz|küsten|wüsten|kreis|bezirks|garnisons|festungs|provinz|industrie|handels"
    r"|berg|öl|insel|nachbar|klein|groß|gross|millionen|universitäts|bischofs|residenz)stadt"
)
# Folded text (see `signature.fold`): a determiner, up to two modifiers, a noun for a town.
_NOUNS = (
    r"(?:city|town|ville|cite|ciudad|urbe|localidad|stadt|citt[aà]|cidade|bourgade|municipio|ortschaft"
    r"|cittadina|localit[aà]|vila|localidade"
    r"|(?:regional|provincial|state|district) capital"
    r"|capitale (?:regionale|provinciale)|capital (?:regional|provincial)"
    r"|provinzhauptstadt|gebietshauptstadt|regionalhauptstadt|capoluogo"
    # German calls a town it has named "der Ort" ("haben den Ort erstürmt", "die Häuser des
    # Ortes") or "das Städtchen"
    r"|" + _GERMAN_TOWN + r")(?!\w)"
)
# A preposition and an article in one word: "nella città", "da cidade". The mention starts after
# it, so the verb keeps its preposition ("è entrato nella città" reads "entrato nella @p0"); the
# Italian "in città" (into town) has no article at all.
_CONTRACTED = (
    r"della|nella|alla|dalla|sulla|da|na|pela|à|desta|nesta|dessa|nessa|del|al|do|no|pelo|ao|deste|neste"
    r"|in(?= citt[aà](?!\w))"
)
_BARE = re.compile(r"(?:[^\W\d_]+ ){0,2}?" + _NOUNS)
_DETERMINERS = (
    r"(?:the|this|that|la|cette|esta|dicha|die|diese|dieser|der|den|dem|des|diesen|diesem|dieses|questa|quella|a|essa|el|este|dicho|o|esse"
    r"|" + _CONTRACTED + ")"
)
# The modifiers are no determiner: in "a remis la ville" the phrase is "la ville", not from "a".
_REFERENCE = re.compile(
    r"(?<!\w)" + _DETERMINERS + r"(?: (?!" + _DETERMINERS + r"(?!\w))[^\W\d_]+){0,2}? " + _NOUNS
)
# Where a phrase ends: looked for first (see `_references`), skipping words unlike any noun.
_NOUN = re.compile(" " + lookahead(_NOUNS) + _NOUNS)
# How a match of `_NOUN` starts: a space and the first letters of a noun, up to eight ("city",
# "capitale", "provinci": `word_scan.heads`), or any space should they be unknown. Three letters
# ("pro", "res", "sta", "uni") began ~25 words of a news article, two of them a town noun, each
# matched in Python after the walk; eight begin ~5.
_NOUN_STARTS = tuple(sorted(" " + head for head in heads(_NOUNS) or {""}))
_NOUN_HEADS = ahocorasick.Automaton(ahocorasick.STORE_LENGTH)  # each start, found in one pass
for _head in _NOUN_STARTS:
    _NOUN_HEADS.add_word(_head)
_NOUN_HEADS.make_automaton()
# Words before a name that make it a reference point rather than the topic.
_REFERENCE_POINT_WORDS = (
    r"near|nearby|outside|toward|towards|around|close to|pres de|vers|autour de|proche de|cerca de"
    r"|hacia|nahe|bei|richtung|verso|vicino a|perto de|rumo a"
    # where an advance set out from: "avançaram a partir de Y e ocuparam a cidade"
    r"|a partir de|partindo de|a partir d|partant de|partiendo de|partendo da|(?:advanced|advancing) from"
    # where a withdrawing side went: "la garnison a quitté la localité pour rejoindre X"
    r"|(?:retreated|withdrew|fell back|pulled back|redeployed) to|rejoindre"
    # the same with the force named: "withdrew his troops to Y, leaving the town to …"
    r"|(?:withdrew|pulled back|pulled|moved|redeployed) (?:his|her|their|its|the)"
    r" (?:troops|forces|men|garrison|units|army) to"
    r"|regagner|se replier sur"
    r"|(?:se )?(?:replegaron|replego|retiraron|retiro) (?:a|en)|ripiegat[oaie] (?:su|a)"
    r"|(?:recuaram|recuou) para"
    r"|(?:angaben|informationen|berichten|kreisen|quellen) (?:aus|in)"  # "Angaben aus X": who says it
)
# Searched in the 30 characters before each name: the lookahead on the words' first letters
# rejects most of those characters at once, where the alternation was tried word by word.
_REFERENCE_POINT = re.compile(rf"{lookahead(_REFERENCE_POINT_WORDS)}(?:{_REFERENCE_POINT_WORDS})\s*$")
_DIRECTIONS = re.compile(
    # a whole compass word, not a prefix ("la cidade estratégica de Kherson" is the topic)
    r"(?<!\w)(?:north|south|east|west|nord|sud|est|ouest|norte|sur|este|oeste|ovest)"
    r"(?:east|west|ern|est|ouest|oeste|este|lich|liche|lichen)?\s+(?:of|de|d|del|di|von)\s*$"
    r"|\d\s*(?:km|kilomet\w*|miles|millas)\s+(?:\w+\s+)?(?:of|from|de|d|del|di|von)?\s*$"
)

# Words before a name that make it a region rather than the city: "in der Region Donezk".
_REGION = re.compile(
    r"(?:region|province|oblast|governorate|regione?|provincia|provinz|gebiet|bezirk|distrito|district)\s*$"
)
# Between the phrase and a name that follows it: "the city of", "la ciudad ucraniana de", ", ".
_NAMED_AFTER = re.compile(r"^(?: [^\W\d_]+){0,2} ?(?:of|de|d|del|di|da|do|von|des|du)?[ ,]*$")

# A capital followed by a reporting verb is its government: "Kiev a annoncé", "Moscow said".
_METONYM = re.compile(
    r"^[ ,]*(?:(?:has|have|had|a|ha|hat|hatte|habia|avait|aveva)\s+)?"
    r"(?:said|says|announced|claimed|denied|rejected|confirmed|stated|insisted|annonce|affirme|dit|declare|reconnu"
    r"|dement\w*|dijo|dice|afirmo|anuncio|nego|reconocio|sagte|sagt|erklärte|erklärt|teilte|meldete|dementierte"
    r"|bestätigte|detto|dice|afferma\w*|annuncia\w*|disse|anunciou|afirmou|negou|replied|responded|countered"
    r"|replique|retorque|respondio|entgegnete|widersprach|antwortete"
    # the other persons and tenses of the six languages' reporting verbs, headlines' present tense
    # (not the French "nie": after an auxiliary it is the German "never", "Moskau hat nie …")
    r"|announces|claims|denies|rejects|confirms|insists|reports|reported|confirme|revendique\w*"
    r"|assure|anuncia|afirma|niega|confirma|confirmo|asegura|aseguro|reivindica\w*|meldet|bestätigt"
    r"|dementiert|verkündet\w*|conferma\w*|nega|smentisce|rivendica\w*|diz|reivindicou"
    # denying verbs of es, de, it, pt ("Kiew bestritt, dass die Stadt … gefallen sei")
    r"|desmintio|desmiente|bestritt|bestreitet|smentito|desmentiu|desmente)\b"
)

# "of …" after the phrase: it names or describes its own city ("the city of Gasni", "la plus
# grande ville du nord"); a superlative or an ordinal describes one too ("Afghanistan's
# third-largest city", "la segunda ciudad").
_OF_ANY = re.compile(r" (?:of|de|d|del|des|du|di|da|do|dos|von|der|des)\b")
_SUPERLATIVE = re.compile(
    r"(?:largest|biggest|second|third|fourth|plus grande|deuxieme|troisieme|seconde|mayor|segunda|tercera"
    r"|größte|grösste|zweitgrößte|drittgrößte|zweite|dritte|maggiore|seconda|terza|maior|terceira)"
)

# A capitalised word right after a town noun names that town ("die Kleinstadt Koi Sanjak", "die
# Stadt Afmadow"), unless it is a time or a source ("took the city Monday", "nahmen die Stadt
# Anfang März ein", "die Stadt Berichten zufolge").
_NAME_AFTER = re.compile(r" ([A-ZÀ-Ý][^\W\d_]*)(?: (\w+))?")
_NOT_A_NAME = frozenset(
    (
        *("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "montag", "dienstag"),
        *("mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag", "anfang", "ende", "mitte"),
        *("morgen", "abend", "nacht", "tag", "tage", "woche", "wochen", "wochenende", "stunden", "monate"),
        *("jahre", "mittag", "sonntagabend", "montagabend", "berichten", "angaben", "medienberichten"),
        *("january", "february", "march", "april", "may", "june", "july", "august", "september", "october"),
        *("november", "december", "januar", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember"),
    )
)


# The people of a town who tell the news, right before its name: "residents of X", "des habitants
# de X", "vecinos de X", "Bewohner von X" (folded).
_LOCALS_OF = re.compile(
    r"(?:residents?|witness(?:es)?|locals?|inhabitants|people|habitants?|temoins|vecinos|residentes|testigos"
    r"|abitanti|residenti|testimoni|moradores|bewohner|augenzeugen) (?:of|in|de|d|du|en|di|a|von|aus|em) $"
)


def _locals_named_after(folded: str, places: Sequence[Any], end: int, sentence_end: int) -> Any | None:
    """Return the one watched place named later in the sentence as the home of who tells the news
    ("…, residents of X said"), for a "the town" no earlier place stands for; else None."""
    after = [p for p in places if end <= p.start < sentence_end]
    if len({p.place.name for p in after}) != 1:
        return None
    p = after[0]
    return p if _LOCALS_OF.search(folded, max(0, p.start - 24), p.start) else None


def _named_unwatched(doc: str, end: int) -> bool:
    """Say whether a capitalised name, not a time nor a source, follows the town noun ending at `end`."""
    m = _NAME_AFTER.match(doc, end)
    return m is not None and m.group(1).lower() not in _NOT_A_NAME and m.group(2) != "zufolge"


# How many sentences back a reference may reach (the headline always counts).
_REACH = 2


def resolve_references(
    doc: str, folded: str, places: Sequence[Any], spans: Sequence[tuple[int, int]], headline_end: int = 0,
    noun_starts: Iterable[int] | None = None,
) -> list[Any]:
    """Return `places` plus one mention per "the city" phrase that stands for a watched place.

    The referent is among the places named in the phrase's sentence (before it) and the two
    before: the one named most often in the article so far, the latest on a tie. Failing
    that, the headline's city (`headline_end`: where the headline ends, when it has two
    sentences: "THE MUTINY. X in rebel hands"). `noun_starts`, when given, holds every place
    a town noun may start (`noun_heads`), found in a walk of the article made anyway.
    """
    if not places:
        return list(places)
    references = _references(folded, noun_starts)
    if not references:  # most articles: no "the city" at all, so no mention to weigh
        return sorted(places, key=lambda p: p.start)
    starts = [m.start for m in places]
    sentence_starts = [s for s, _e in spans]
    topical: list[Any] | None = None  # weighed when a phrase first needs a referent (most name their city)
    out = list(places)
    for m in references:
        nxt = bisect_right(starts, m.start())
        if nxt < len(places) and _NAMED_AFTER.match(folded[m.end() : places[nxt].start]):
            continue  # "die Stadt Cherson", "the city of Herat", "la ciudad ucraniana de Avdivka"
        if any(p.start < m.end() and m.start() < p.end for p in places):
            continue
        if _OF_ANY.match(folded, m.end()) or _SUPERLATIVE.search(m.group(0)):
            continue  # "the strategic city of Gasni", "la plus grande ville du nord": a description
        if _named_unwatched(doc, m.end()):
            continue  # "die Kleinstadt Koi Sanjak", "la localité Randa": a town of its own, not watched
        dateline = _dateline(doc, places) if _HERE.match(m.group(0)) else None
        if dateline is not None and dateline.start < m.start():
            referent = dateline  # "COCHABAMBA, 12 de abril.- … de esta ciudad": where it is written
            contracted = re.match(_CONTRACTED + " ", m.group(0))
            start = m.start() + (contracted.end() if contracted else 0)
            here = replace(referent, start=start, end=m.end(), surface=doc[start : m.end()])
            out.append(here)
            if topical is None:
                topical = [p for p in places if _topical(doc, folded, p, headline_end)]
            topical.append(here)  # (a later "la ciudad" may stand for it again)
            continue
        sentence = bisect_right(sentence_starts, m.start()) - 1
        earliest = spans[max(0, sentence - _REACH)][0] if spans else 0
        if topical is None:
            topical = [p for p in places if _topical(doc, folded, p, headline_end)]
        before = [p for p in topical if p.start < m.start()]
        near = [p for p in before if p.start >= earliest]
        # Not a place the phrase's own sentence gives as a reference point: "Residents of X, 25 km
        # southeast of Y, said the fighters entered the town", though Y was the story until then.
        if spans:
            elsewhere = {p.place.name for p in places
                         if spans[sentence][0] <= p.start < m.start() and _reference_point(folded, p)}
            near = [p for p in near if p.place.name not in elsewhere] or near
        # A dateline's city is where the report was filed: the phrase stands for it only when it
        # is the one city named near ("Rastatt, 13. Mai. Die Stadt ist …"), not beside another
        # ("Maseru (AFP) - Rebels left the district town X … troops entered the town") or after a
        # headline naming one ("Beirut (AP) - Syrian troops entered the port city" under "… Sidon").
        filed = [p for p in near if _filed_at(doc, p)]
        near = [p for p in near if p not in filed]
        if near and spans and all(p.start < spans[sentence][0] for p in near) and _elsewhere_named(
            doc, spans[sentence][0], m.start()
        ):
            continue  # "In Zalingei, 200 km west, fighters took the town": the town named there
        if near:
            counts = Counter(p.place.name for p in before if p not in filed)
            referent = max(reversed(near), key=lambda p: counts[p.place.name])
        elif before and spans and before[0].start < max(spans[0][1], headline_end):
            referent = before[0]  # the headline's city
        elif filed and all(p in filed for p in places if earliest <= p.start < m.start()):
            referent = filed[-1]
        else:
            later = _locals_named_after(folded, places, m.end(), spans[sentence][1] if spans else len(folded))
            if later is None:
                continue
            referent = later  # "fighters captured the town on Saturday, residents of X said"
        start = m.start()
        contracted = re.match(_CONTRACTED + " ", m.group(0))
        if contracted:
            start += contracted.end()
        out.append(replace(referent, start=start, end=m.end(), surface=doc[start : m.end()]))
    return sorted(out, key=lambda p: p.start)


# What may open a sentence before a fall whose subject is dropped or a pronoun: a time, an
# adverb, an auxiliary ("El domingo cayó…", "Domenica è caduta…", "Elle est finalement tombée…").
_BEFORE_FALL = re.compile(
    r"(?:el|la|le|il|lo|o|a|on|in|no|na|nel|nella|di|de|del|da|do|dans|the|at|am|au|en|of|early|late|hours?"
    r"|ce|cette|este|esta|questa|questo|nesta|neste|\d+|\w+day|lundi|mardi|mercredi|jeudi|vendredi|samedi"
    r"|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo|lunedi|martedi|mercoledi|giovedi"
    r"|venerdi|sabato|domenica|segunda|terca|quarta|quinta|sexta|feira|matin|soir|nuit|manana|tarde|noche"
    r"|mattina|sera|notte|manha|noite|morning|evening|night|hier|ayer|ieri|ontem|finalement|finalmente"
    r"|finally|eventually|luego|poi|depois|ensuite|puis|then|enfin|alla|fine|al|final|por|fim|has|had|was"
    r"|est|a|ete|ha|e|è|sono|foi|fue|fut|se|s|,)"
)
# A pronoun standing for a city as the subject of a fall: "Elle est tombée", "It fell".
_CITY_PRONOUN = frozenset(("elle", "it", "ella", "essa", "ela"))


def resolve_dropped_subjects(
    doc: str,
    folded: str,
    places: Sequence[Any],
    actors: Sequence[Any],
    spans: Sequence[tuple[int, int]],
    fall: re.Pattern[str],
) -> list[Any]:
    """Return `places` plus a mention for the city a fall without a subject of its own is about.

    "Les FSR assiégeaient X depuis des mois. Elle est tombée dimanche aux mains des paramilitaires",
    "El ejército defendía X. El domingo cayó en manos de las FAR", "Domenica è caduta nelle mani
    delle RSF": a sentence naming no place whose fall verb comes first (after a time, an adverb or
    its auxiliary) or after a pronoun is about the one city the sentence before named. The mention
    covers the pronoun, or is empty at the verb, so the fall reads "@p0 cayo en manos de…".
    A watched side must follow the verb, after "to", "aux mains de" ("cayó la noche", "fell
    silent", "it fell to its lowest level" name none).
    """
    if not places or not actors or len(spans) < 2:
        return list(places)
    actor_starts = sorted(m.start for m in actors)
    out = list(places)
    for start, end, name in _after_one_city(places, spans):
        first_actor = bisect_right(actor_starts, start - 1)
        if first_actor == len(actor_starts) or actor_starts[first_actor] >= end:
            continue  # no side named: nothing to fall to (most sentences)
        if _HOLDER_AFTER.search(folded, start, end) is None:
            continue
        words = list(re.finditer(r"\w+|[^\w\s]", folded[start:end]))
        pronoun = None
        for k, w in enumerate(words):
            token = w.group(0)
            if token in _CITY_PRONOUN and pronoun is None:
                pronoun = w
                continue
            if _BEFORE_FALL.fullmatch(token) and k < 8:
                continue
            verb = fall.match(" ".join(x.group(0) for x in words[k:]))
            holder = _HOLDER_AFTER.search(folded, start + w.start(), end) if verb else None
            if holder is None or not any(holder.end() <= m.start < end for m in actors):
                break
            referent = _last_named(places, name, start)
            a, b = (start + pronoun.start(), start + pronoun.end()) if pronoun else (start + w.start(),) * 2
            out.append(replace(referent, start=a, end=b, surface=doc[a:b]))
            break
    return sorted(out, key=lambda p: p.start)


# Control taken with no object, its clause ending there: "On Sunday the RSF took control",
# "Dimanche, elles ont pris le contrôle", "übernahmen die Kontrolle", "hanno preso il controllo"
# (folded text; a day or a degree may follow, then the clause ends).
_CONTROL_ALONE = re.compile(
    r"\b(?:took|taken|take|takes|seized|assumed|gained|pris|prennent|prend|tomaron|tomo|toman|tomado"
    r"|asumieron|asumio|ubernahmen|übernahmen|ubernahm|übernahm|preso|prendono|presero|assunto|tomaram"
    r"|tomou|assumiram|assumiu) (?:\S+ ){0,2}?(?:(?:le|el|il|o|die|the) )?"
    r"(?:(?:full|total|complete|pleno|pieno|volle) )?"
    r"(?P<noun>control|controle|kontrolle|controllo|controlo)(?=(?: (?:total|totale|complet|completo))?"
    r"(?: (?:on |el |am |il |no )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi"
    r"|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miercoles|jueves|viernes|sabado|domingo"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunedi|martedi|mercoledi|giovedi"
    r"|venerdi|sabato|domenica|segunda|terca|quarta|quinta|sexta))? ?(?:[.;!]|$))"
)


def resolve_dropped_objects(
    folded: str, lang: str, places: Sequence[Any], actors: Sequence[Any], spans: Sequence[tuple[int, int]]
) -> list[Any]:
    """Return `places` plus a mention of the one city the sentence before named, in a sentence that
    names no place, where it is the object left unsaid or said by a pronoun.

    - "control" taken with no object: "The RSF attacked X on Saturday. On Sunday they took
      control." An empty mention after "control" makes it read "took control @p0" (who took it,
      its clause says: a side, or a pronoun for one).
    - an object pronoun (`_OBJECT_PRONOUN`): "On Sunday they took it", "El domingo la tomaron".
      The mention takes the place of "it", or follows the verb its pronoun stands before ("la
      tomaron @p0").
    """
    pronoun = _OBJECT_PRONOUN.get(lang)
    if not places or len(spans) < 2 or (pronoun is None and not actors):
        return list(places)
    out = list(places)
    for start, end, name in _after_one_city(places, spans):
        found = _CONTROL_ALONE.search(folded, start, end) if actors else None
        if found is not None:
            at = stop = found.end("noun")
        else:
            found = pronoun.search(folded, start, end) if pronoun is not None else None
            if found is None:
                continue
            if "it" in found.re.groupindex:  # "took it": the pronoun is the mention
                at, stop = found.start("it") + 1, found.end("it")
            else:  # "la tomaron": after the verb, as an object follows it
                at = stop = found.end()
        referent = _last_named(places, name, start)
        out.append(replace(referent, start=at, end=stop, surface=folded[at:stop]))
    return sorted(out, key=lambda p: p.start) if len(out) > len(places) else out


# An object pronoun for the city named in the sentence before, with the verb that takes it: "On
# Sunday they took it", "el domingo la tomaron", "elles l'ont prise", "l'hanno conquistata", "a tomaram",
# "elles s'en sont emparées" (folded; the pronoun's own group where it stands after the verb).
_OBJECT_PRONOUN = {
    "en": re.compile(
        r"\b(?:took|captured|seized|retook|recaptured|overran|occupied|liberated|stormed|abandoned|lost"
        r"|evacuated)(?P<it> it)\b(?! (?:was|is|would|will|had|has)\b)"
        # (not an idiom: "took it seriously", "took it for granted", "lost it on air")
        r"(?! (?:very |so |too |quite )?(?:seriously|badly|hard|well|personally|lightly|calmly|for granted"
        r"|upon|in stride|as|that|to|on air|out on)\b)"
    ),
    "fr": re.compile(
        r"\b(?:l (?:ont|a|avaient|avait) (?:\w+ ){0,2}?(?:prise?s?|reprise?s?|conquise?s?|reconquise?s?"
        r"|occupee?s?|liberee?s?|abandonnee?s?|perdue?s?|evacuee?s?|investie?s?)"
        r"|s en (?:sont|est|etaient|etait) (?:\w+ ){0,2}?emparee?s?)\b"
    ),
    "es": re.compile(
        r"\bla (?:tomaron|tomo|ocuparon|ocupo|recuperaron|recupero|conquistaron|conquisto|reconquistaron"
        r"|reconquisto|liberaron|libero|abandonaron|abandono|perdieron|perdio"
        r"|(?:han|ha|habian|habia) (?:tomado|ocupado|recuperado|conquistado|reconquistado|liberado"
        r"|abandonado|perdido))\b"
    ),
    "pt": re.compile(
        r"\b(?:a|o) (?:tomaram|tomou|ocuparam|ocupou|retomaram|retomou|conquistaram|conquistou|reconquistaram"
        r"|reconquistou|libertaram|libertou|abandonaram|abandonou|perderam|perdeu)\b"
    ),
    "it": re.compile(
        r"\b(?:l (?:hanno|ha|avevano|aveva) (?:\w+ ){0,2}?(?:presa|ripresa|conquistata|riconquistata"
        r"|occupata|liberata|abbandonata|persa|espugnata)|se ne (?:sono|e) (?:\w+ ){0,2}?(?:impadronit[ie]"
        r"|impossessat[ie]))\b"
    ),
}


def _after_one_city(
    places: Sequence[Any], spans: Sequence[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """Yield (start, end, name) of each sentence that names no place after one that names one
    place only, `name`: where a dropped subject or object may stand for that city."""
    starts = [s for s, _e in spans]
    by_sentence: dict[int, set[str]] = {}
    for p in places:
        by_sentence.setdefault(bisect_right(starts, p.start) - 1, set()).add(p.place.name)
    for n in range(1, len(spans)):
        before = by_sentence.get(n - 1, set())
        if n not in by_sentence and len(before) == 1:
            yield spans[n][0], spans[n][1], next(iter(before))


def _last_named(places: Sequence[Any], name: str, before: int) -> Any:
    """Return the last mention of the place `name` before offset `before`."""
    return next(p for p in reversed(places) if p.place.name == name and p.start < before)


# Who a city fell to, after the verb: "aux mains de", "en manos de", "nelle mani", "to the", "ante".
_HOLDER_AFTER = re.compile(
    r"(?<!\w)(?:aux mains|entre les mains|sous le controle|en manos|a manos|bajo el control|ante"
    r"|nelle mani|in mano|sotto il controllo|nas maos|sob o control[eo]|para as?|to the|to|into the hands"
    r"|an die|an den)(?!\w)"
)


def is_reference(surface: str) -> bool:
    """Say whether a place mention is a resolved "the city" phrase rather than a name."""
    folded = fold(surface).strip()
    return _REFERENCE.fullmatch(folded) is not None or _BARE.fullmatch(folded) is not None



def _references(folded: str, noun_starts: Iterable[int] | None = None) -> list[re.Match[str]]:
    """Return the matches of `_REFERENCE.finditer(folded)`, searching only just before each noun.

    A phrase is a determiner and at most two words before its noun, one space apart: each
    noun bounds where a phrase ending with it can start. Tried at every character of the
    article, the regex cost ten times as much.
    """
    windows: list[tuple[int, int]] = []  # (where a phrase would end, where it can start)
    for noun in _nouns(folded, noun_starts):  # every noun, even one overlapping another
        lo = space = noun.start()
        for _ in range(3):  # the determiner and two words, each before one space
            start = folded.rfind(" ", 0, space) + 1
            if start == space:
                break
            lo, space = start, start - 1
            if space < 0:
                break
        windows.append((noun.end(), lo))
    out: list[re.Match[str]] = []
    pos = 0
    for end, lo in sorted(windows):
        if end > pos:
            m = _REFERENCE.search(folded, max(lo, pos), end + 1)  # one more character: the (?!\w)
            if m is not None:
                out.append(m)
                pos = m.end()
    return out


def _nouns(folded: str, starts: Iterable[int] | None = None) -> list[re.Match[str]]:
    """Return the match of `_NOUN` at each place of `folded` where it matches, in order.

    Where a match can start is found in one pass in C over the article (`_NOUN_HEADS`: a dozen
    starts an article, two nouns); a search tried the lookahead at each of its ~500 spaces, and
    `str.find` for each of the sixteen starts took sixteen passes. `starts`, when given, are
    where the detector's walk found `noun_heads` (a few more places than these: each is matched).
    """
    if starts is None:
        starts = [end - length + 1 for end, length in _NOUN_HEADS.iter(folded)]
    return [m for m in map(_NOUN.match, repeat(folded), sorted(set(starts))) if m is not None]


def noun_heads() -> dict[str, int]:
    """Return the starts of `_NOUN` as the place and actor matchers' walk reads the article
    (" " + `normalize.fold`: "stä" folds to "sta"), each with its length.

    A start found in `signature.fold`'s text (a blank, then letters) is one there too, at the
    same offset (both folds keep offsets; the blanks are blanks, the letters fold alike): with
    the length, the walk's end gives it (`Detector._noun_starts`).
    """
    return {normal_fold(head): len(head) for head in _NOUN_STARTS}


# A capital after "the forces of" is its government: "les forces de Kiev", "tropas de Damasco".
_FORCES_OF_WORDS = (
    r"(?:forces|troops|army|troupes|soldats|armee|fuerzas|tropas|ejercito|soldados|forze|truppe|esercito"
    r"|forcas|exercito|truppen|soldaten|armee|streitkräfte)\s+(?:of|de|d|del|di|da|do|von)\s*$"
    # German troops "from" their capital: "in der Hand der Truppen aus Sanaa"
    r"|(?:truppen|soldaten|einheiten|streitkräfte)\s+aus\s*$"
)
# The lookahead on the nouns' first letters passes over most of the 30 characters searched in C
# (asked of every capital's mention: ~5 µs an article without it).
_FORCES_OF = re.compile(f"{lookahead(_FORCES_OF_WORDS)}(?:{_FORCES_OF_WORDS})")


def speaks(folded: str, end: int) -> bool:
    """Say whether the name ending at `end` is followed by a reporting verb ("Kiev a annoncé")."""
    return _METONYM.match(folded[end : end + 40]) is not None


def stands_for_government(folded: str, start: int, end: int) -> bool:
    """Say whether a capital stands for its government: it speaks, or has "forces" ("forces de Kiev")."""
    return speaks(folded, end) or _FORCES_OF.search(folded[max(0, start - 30) : start]) is not None


# A sentence opening on where it happens, a place of its own: "In Zalingei, 200 km west, …", "À
# Zalingei, …", "En Zalingei, …", "In Zalingei hat …", "A Zalingei, …", "Em Zalingei, …".
_OPENS_ELSEWHERE = re.compile(r"\s*(?:In|At|À|A|En|Em|Nach|Bei|Dans|Aus)\s+([A-ZÀ-Ý][\w'’-]+)")


# Who speaks from there: "In Moscow, the ministry said its troops took the town" tells where it was
# said, and the town is still the city named before.
_SPOKEN = re.compile(
    r"(?i)\b(?:said|says|told|announced|claimed|reported|déclaré|annoncé|affirmé|dit|indiqué|dijo|dice"
    r"|anunció|afirmó|informó|declaró|sagte|sagt|erklärte|erklärt|teilte|meldete|berichtete|detto"
    r"|annunciato|dichiarato|affermato|disse|afirmou|anunciou|declarou|informou)\b"
)


def _elsewhere_named(doc: str, start: int, end: int) -> bool:
    """Say whether the sentence opening at `start` opens on a place it names, no watched one
    (the caller asks only when the sentence names none before the phrase ending at `end`):
    its "the town" is that place, not the city of the sentences before, unless someone there
    is said to speak."""
    m = _OPENS_ELSEWHERE.match(doc, start, end)
    return m is not None and m.group(1).lower() not in _NOT_A_NAME and not _SPOKEN.search(doc, m.end(), end)


def _reference_point(folded: str, p: Any) -> bool:
    """Say whether a mention gives where something else is ("near X", "25 km south of X")."""
    before = folded[max(0, p.start - 30) : p.start]
    return bool(_REFERENCE_POINT.search(before) or _DIRECTIONS.search(before))


# A preposition of place right before a name: the speakers are there, the name is no metonym.
_WHERE_SPEAKERS_ARE = re.compile(r"(?<!\S)(?:in|at|a|à|en|em|im|dans|nel|nella|na|no)\s+$")


# "This city", the town noun right after a demonstrative of the speaker's place: in a datelined
# report, the dateline's city ("desta cidade" keeps "de" for the verb, as `_CONTRACTED` does).
_HERE = re.compile(r"(?:desta|nesta|deste|neste|this|esta|este|cette|questa|diese|dieser) " + _NOUNS)
# A dateline: the city in capitals at a line's start, then a comma, a bracket or a dash.
_DATELINE_AFTER = re.compile(r"[ \t]*(?:[,(/]|[-—–] )")


def _dateline(doc: str, places: Sequence[Any]) -> Any | None:
    """Return the watched place a report's dateline names ("COIMBRA, 18 de maio."), or None."""
    for p in places:
        surface = doc[p.start : p.end]
        at_line_start = p.start == 0 or doc[p.start - 1] == "\n"
        if at_line_start and len(surface) > 2 and surface.isupper() and _DATELINE_AFTER.match(doc, p.end):
            return p
    return None


# After a dateline's city: a day ("München, 16. April.", "Goma, 3 mars", "Kabul, June 30") or an
# agency and a dash ("Beirut (AP) -", "Maseru (afp/FR) -").
_FILED_AFTER = re.compile(
    r"[ \t]*(?:,[ \t]*(?:den |le |el |il |o )?(?:\d{1,2}\.?[ \t]+[^\W\d_]+|[^\W\d_]+\.?[ \t]+\d{1,2}\b)"
    r"|\([^()\n]{1,20}\)[ \t]*[-—–])"
)


def _filed_at(doc: str, p: Any) -> bool:
    """Say whether a mention opens a line after the first as a dateline in ordinary case."""
    return p.start > 0 and doc[p.start - 1] == "\n" and _FILED_AFTER.match(doc, p.end) is not None


def _topical(doc: str, folded: str, p: Any, headline_end: int = 0) -> bool:
    """Say whether a mention can be referred back to: not a dateline, a region, a reference point.

    A name in capitals within the headline is no dateline: old papers set headlines in capitals
    ("THE FALL OF DELHI").
    """
    surface = doc[p.start : p.end]
    if len(surface) > 2 and surface.isupper() and p.start >= headline_end:
        return False  # "KABUL, August 15 —", "MOSCÚ/KYIV, 18 feb": a dateline
    if speaks(folded, p.end) and not _WHERE_SPEAKERS_ARE.search(folded, max(0, p.start - 8), p.start):
        return False  # "Kiev a annoncé" (not "officials in Mosul say the city is…": where they are)
    return not (_reference_point(folded, p) or _REGION.search(folded[max(0, p.start - 30) : p.start]))
