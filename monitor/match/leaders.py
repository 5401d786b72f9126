"""Forces named after their leader: "Haftar's forces", "les forces loyales à Mouammar Kadhafi".

A watchlist names such an actor by aliases like "Haftar's forces", "pro-Gaddafi forces",
"Gaddafi loyalists", "forces loyales à Kadhafi" or "Gaddafi-Truppen"; the leader's name is
read from them (`leader_names`), with every spelling the aliases use. In a text, the leader's
name then means the actor only inside a phrase about his forces (`leader_phrase`), in any of
the six languages, with a title or a first name between ("las fuerzas del mariscal Haftar",
"Muammar Gaddafi's forces"): the bare name is the man, not his side.
"""

from __future__ import annotations

import re

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import name_key, transliterations

# Words for forces and their men, in the six languages (folded).
_FORCES = (
    "forces troops fighters soldiers militias militia loyalists army men units supporters followers "
    "forces troupes soldats combattants partisans fideles milices miliciens armee hommes unites "
    "fuerzas tropas soldados combatientes partidarios seguidores milicias milicianos ejercito hombres "
    "unidades "
    "forcas tropas soldados combatentes partidarios seguidores milicias milicianos exercito homens unidades "
    "forze truppe soldati combattenti miliziani milizie esercito uomini unita sostenitori seguaci "
    "truppen kampfer soldaten milizen einheiten anhanger armee streitkrafte verbande "
    # insurgents: "die Aufständischen des Generals Isidoro Dias Lopes", "the rebels of General …"
    "aufstandischen rebellen rebels insurgents rebelles insurges rebeldes insurgentes ribelli insorti"
)
# (an ally is on the leader's side too: "forces allied to Riek Machar", "milices alliées à")
_LOYAL = ("loyal loyale loyales loyaux fideles fidele leales leal leais fedeli fedele leali "
          "allied alliees allies aliadas aliados alleate alleati")
_TO = "to with a au aux al ai alla ao"
_OF = "of de du des d di del dello della dell dei do da dos das von"
# Titles and articles that may stand between the phrase and the name ("del generale Haftar").
_TITLES = (
    "the le la el il lo general generale marechal mariscal marechal marshal field maresciallo "
    "feldmarschall colonel coronel colonnello oberst president presidente prasident leader chef "
    "lider commander commandant comandante kommandeur warlord strongman homme fort generals feldmarschalls "
    "admiral admirals amiral almirante ammiraglio king konig konigs roi rey re rei sultan sultans "
    # a prelate or an officer leading his own force: "Cardinal Ruffo", "Major Pereira", "Capitaine X"
    "cardinal cardinals kardinal kardinals cardenal cardinale major majors mayor maggiore captain "
    "capitaine capitan capitano capitao hauptmann hauptmanns"
)


# Who commands the forces: "las fuerzas (surianas) que manda Zapata", "tropas al mando del general
# X", "forças comandadas por X", "troops led by X", "troupes commandées par X" (folded, one
# adjective allowed between the forces and the phrase).
_COMMANDED = (
    r"(?: [a-z]+)? (?:que (?:manda|mandan|mandaba|comanda|comandaba|dirige|dirigia)"
    r"|(?:al|bajo el|sob o|ao|sous le|au) (?:mando|comando|commandement) (?:de|del|do|da|du|di|de l)"
    r"|(?:a|bajo) las ordenes (?:de|del)|(?:as|sob as) ordens (?:de|do|da)|sous les ordres (?:de|du)"
    r"|agli ordini (?:di|del)"
    r"|(?:mandad|comandad|dirigid|encabezad|chefiad|liderad)[oa]s (?:por|pelo|pela)"
    r"|(?:led|commanded|headed) by|(?:commande|mene|dirige)e?s par|(?:guidat|comandat)[ie] da(?:l|lla)?)"
)


def _words(source: str) -> str:
    return "|".join(sorted(set(source.split()), key=len, reverse=True))


# German compounds end in a word for forces: "die Regierungstruppen des Generals Mannerheim".
_COMPOUND_ENDS = "truppen|kampfer|soldaten|milizen|einheiten|armee|streitkrafte|verbande"
_BEFORE = re.compile(
    rf"(?:(?:\b|\B(?={_COMPOUND_ENDS}))(?:{_words(_FORCES)})(?: (?:{_words(_LOYAL)}) (?:{_words(_TO)})"
    rf"|{_COMMANDED}|(?: [a-z]+)? (?:{_words(_OF)}))?|\bpro)"
    rf"(?: (?:{_words(_TITLES)})){{0,3}}(?P<given>(?: [a-z]+){{1,2}})? $"
)
_AFTER = re.compile(
    rf"(?: s)? (?:{_words(_FORCES)}|treue|treuen|getreue|getreuen|loyalisten)\b"
)

# Alias shapes that name a leader: "Haftar's forces", "pro-Gaddafi forces", "Gaddafi
# loyalists", "forces loyal to Gaddafi", "Gaddafi-Truppen" (folded, the name in group 1).
_ALIAS_SHAPES = (
    re.compile(rf"^([a-z]+) s (?:{_words(_FORCES)})$"),
    re.compile(r"^(?:\w+ )?pro ([a-z]+)(?: \w+)?$"),
    re.compile(r"^([a-z]+) (?:loyalists|loyalisten|truppen|treue truppen)$"),
    re.compile(rf"^(?:{_words(_FORCES)}) (?:{_words(_LOYAL)}) (?:{_words(_TO)}) ([a-z]+)$"),
)


def _common_words() -> frozenset[str]:
    """Return words that are never a leader's name: nationalities and countries."""
    words = {name_key(f) for table in (DEMONYMS, COUNTRY_NAMES) for langs in table.values()
             for forms in langs.values() for f in forms}
    return frozenset(words) | frozenset(_FORCES.split()) | frozenset(_TITLES.split())


_COMMON = _common_words()


def leader_names(aliases: tuple[str, ...]) -> tuple[str, ...]:
    """Return the folded names of the leader the aliases name the forces after ("haftar").

    >>> leader_names(("LNA", "Haftar's forces"))
    ('haftar',)
    """
    out: list[str] = []
    for alias in aliases:
        if "-" not in alias and "'" not in alias and "’" not in alias and " " not in alias.strip():
            continue
        key = name_key(alias)
        for shape in _ALIAS_SHAPES:
            m = shape.match(key)
            if m and len(m.group(1)) >= 4 and m.group(1) not in _COMMON:
                out.append(m.group(1))
                break
        else:
            m = _NAME_FORCES.match(key)
            if m and alias.strip()[:1].isupper() and _unknown_name(m.group(1)):
                out.append(m.group(1))  # "Ouattara forces": "forces loyal to Alassane Ouattara"
            elif "'" in alias or "’" in alias:
                out.extend(_full_name(key))  # "Isidoro Dias Lopes' forces", "Sultan Qaboos's forces"
            else:
                out.extend(_titled_name(key))  # "Cardinal Ruffo", "Major Pereira"
    return tuple(dict.fromkeys(out))


# Bodies named with a rank, not a man: "General Staff", "General Command", "Major Command".
_RANKED_BODIES = frozenset(
    ("staff", "command", "headquarters", "council", "committee", "assembly", "secretariat", "directorate")
)


def _titled_name(key: str) -> tuple[str, ...]:
    """Return the surname of an alias that is a title and a surname ("cardinal ruffo": "ruffo"), so
    that "die Armee des Kardinals Ruffo" and "Ruffo's army" name the side too."""
    title, _, name = key.partition(" ")
    if title not in _TITLES.split() or " " in name or name in _RANKED_BODIES or not _unknown_name(name):
        return ()  # (not "General Staff", "General Command")
    return (name,)


# A possessive alias whose leader has a name of several words: "Saddam Hussein's forces".
_FULL_NAME = re.compile(rf"^((?:[a-z]+ ){{1,3}}?[a-z]+)(?: s)? (?:{_words(_FORCES)})$")


def _full_name(key: str) -> tuple[str, ...]:
    """Return the whole name a possessive alias gives its leader, titles left out: "isidoro dias
    lopes" (so "die Aufständischen des Generals Isidoro Dias Lopes"), "qaboos" from "Sultan
    Qaboos's forces". The surname alone is not enough: "Saddam Hussein" and "King Hussein"."""
    m = _FULL_NAME.match(key)
    if m is None:
        return ()
    words = m.group(1).split()
    while words and words[0] in _TITLES.split():
        words.pop(0)
    if not words or any(w in _COMMON for w in words) or len(words[-1]) < 4:
        return ()
    return (" ".join(words),)


def spellings(name: str) -> tuple[str, ...]:
    """Return a leader's folded name and its other spellings: the press of each language writes
    "Gamsakhurdia" its own way ("Gamsakhourdia", "Gamsajurdia", German "Gamsachurdia"), and a
    Russian-spelt name as German ("Huseynov": "Husseinow") or French ("Prigozhin": "Prigojine")."""
    forms = sorted(transliterations(name) - {name})
    press = [f for f in (german_spelling(name), french_spelling(name)) if f != name]
    german_kh = [f.replace("kh", "ch") for f in (name, *forms) if "kh" in f]
    return (name, *dict.fromkeys([*forms, *german_kh, *press]))


# How the German press writes a name English spells (often from Russian), rule by rule in this order:
# "Prigozhin" is "Prigoschin", "Huseynov" "Husseinow", "Shoigu" "Schoigu", "Tsarev" "Zarew".
_GERMAN_RULES = tuple((re.compile(old), new) for old, new in (
    (r"ts", "z"), (r"shch", "schtsch"), (r"zh", "sch"), (r"(?<![sc])sh", "sch"), (r"(?<![st])ch", "tsch"),
    (r"kh", "ch"), (r"ey", "ei"), (r"(?<=[aeiou])s(?=[aeiou])", "ss"), (r"y(?=[aeiou])", "j"),
    (r"(?<=[oe])v\b", "w"), (r"\bv", "w"),
))
# The French press: "Prigozhin" is "Prigojine", "Shoigu" "Choïgou", "Huseynov" "Housseïnov" (folded).
_FRENCH_RULES = tuple((re.compile(old), new) for old, new in (
    (r"(?<!s)ch", "tch"), (r"shch", "chtch"), (r"zh", "j"), (r"sh", "ch"), (r"(?<![aeo])u", "ou"),
    (r"ey", "ei"), (r"(?<=[aeiou])s(?=[aeiou])", "ss"),
    (r"(?<=[^aeiou ])in\b", "ine"),
))


def german_spelling(name: str) -> str:
    """Return how the German press spells a folded name English spells ("Bashir": "Baschir")."""
    for rule, new in _GERMAN_RULES:
        name = rule.sub(new, name)
    return name


def french_spelling(name: str) -> str:
    """Return how the French press spells a folded name English spells ("Bashir": "Bachir")."""
    for rule, new in _FRENCH_RULES:
        name = rule.sub(new, name)
    return name


# "Ouattara forces", "Gbagbo loyalists" written without the possessive: a capitalised first word
# that no lexicon knows (not "Government forces", "Republican Guard", "Kurdish forces").
_NAME_FORCES = re.compile(r"^([a-z]+) (?:forces|troops|fighters|loyalists|militia|militias)$")


def _unknown_name(word: str) -> bool:
    from monitor.match.name_parts import ORGANISATION_WORDS  # (imports sides, which imports translate)
    from monitor.match.translate import lexicon_word, nationalities

    return (len(word) >= 4 and word not in _COMMON and word not in ORGANISATION_WORDS
            and not lexicon_word(word) and not nationalities(word))


def leader_phrase(text: str, folded: str, start: int, stop: int) -> tuple[int, int] | None:
    """Return the span of the forces phrase around a leader's name at `start:stop`, if any.

    `text` and `folded` are aligned (see `normalize.fold`); a first name between the phrase
    and the name must be written with a capital ("les forces de Mouammar Kadhafi").
    """
    after = _AFTER.match(folded, stop)
    window = max(0, start - 90)
    before = _BEFORE.search(folded, window, start)
    if before is not None and before.group("given"):  # ("las fuerzas de Isidoro Dias Lopes": each a capital)
        at = before.start("given")
        names = before.group("given").split()
        starts = [at + 1 + sum(len(n) + 1 for n in names[:i]) for i in range(len(names))]
        if not all(text[x].isupper() for x in starts):
            before = None
    if before is None and after is None:
        return None
    return (before.start() if before is not None else start, after.end() if after is not None else stop)
