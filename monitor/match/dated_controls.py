"""A side controlling a city on a day of the news: who holds it now, told as fresh news (pure).

"Rebel units hold Maracaibo and Valencia this morning", "les insurgés contrôlaient mardi matin
X", "los alzados dominaban esta noche X", "die Aufständischen kontrollieren seit heute X": a
control verb whose object is the city, dated by a day of this week, today, tonight or yesterday,
reports the side in the city now. (An English or German past, "held X", reads as who held it
before, `held_before`.) A control "since" a day is `since`'s; one
that lasts ("still", "toujours", "noch") or one told of the side in a relative clause ("qui
contrôlait X mardi") is no such news. The control verbs are read as captures.
"""

from __future__ import annotations

import re

from monitor.match.expressions import CompiledLexicon
from monitor.match.since import describes_a_side, past_in_where_clause, words_rx
from monitor.match.words import NON_COMBATANTS

_WEEKDAYS = {
    "en": "monday|tuesday|wednesday|thursday|friday|saturday|sunday",
    "fr": "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche",
    "es": "lunes|martes|miercoles|jueves|viernes|sabado|domingo",
    "de": "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag",
    "it": "lunedi|martedi|mercoledi|giovedi|venerdi|sabato|domenica",
    "pt": "segunda|terca|quarta|quinta|sexta|sabado|domingo",
}

# Control verbs, past and present, that take the city as their object (folded).
_CONTROL = {
    "en": "controls|holds|control|hold",  # (not "held", "controlled": a holder of before, `held_before`)
    "fr": "controlaient|controlait|controlent|controle|tenaient|tenait|tiennent|tient",
    "es": "controlaban|controlaba|controlan|controla|dominaban|dominaba|dominan|domina",
    "de": "kontrollieren|kontrolliert|beherrschen|beherrscht",
    "it": "controllavano|controllava|controllano|controlla|dominavano|dominava|dominano|domina",
    "pt": "controlavam|controlava|controlam|controla|dominavam|dominava|dominam|domina",
}

# A day of the news, as it stands next to the verb or the city (folded).
_DAY = {
    "en": rf"(?:(?:early |late )?on )?(?:{_WEEKDAYS['en']})(?: morning| afternoon| evening| night)?"
    r"|this (?:morning|afternoon|evening)|tonight|today|yesterday|last night",
    "fr": rf"(?:dans la nuit de )?(?:{_WEEKDAYS['fr']})(?: matin| soir| midi| apres midi)?"
    r"|ce (?:matin|soir)|cette nuit|aujourd hui|hier(?: soir| matin)?",
    "es": rf"(?:el |este |esta )?(?:{_WEEKDAYS['es']})|(?:esta|la) (?:manana|tarde|noche|madrugada)|hoy|ayer"
    rf"|anoche|a (?:primera|ultima) hora de (?:este|esta|el|la|hoy) (?:{_WEEKDAYS['es']}|manana|tarde|noche)",
    "de": rf"am (?:{_WEEKDAYS['de']})(?:morgen|abend|nachmittag|vormittag)?|heute(?: morgen| fruh| früh)?"
    r"|gestern(?: abend| morgen)?|in der nacht",
    "it": rf"(?:{_WEEKDAYS['it']})(?: mattina| sera| notte)?|stamattina|stamane|stasera|stanotte|oggi"
    r"|ieri(?: sera| mattina)?",
    "pt": rf"(?:na |nesta |neste )?(?:{_WEEKDAYS['pt']})(?:[- ]feira)?|hoje|ontem"
    r"|esta (?:manha|tarde|noite|madrugada)"
    rf"|na manha (?:desta|deste|de hoje)(?: (?:{_WEEKDAYS['pt']})(?: feira)?)?",
}

# The city as the object: "X", "the city of X", "la capitale, X".
_CITY = (
    r"(?:(?:the (?:city|town) of|la ville de|la ciudad de|a cidade de|la citta di|die stadt) )?@p\d+"
)
# Words that make the control one that lasts ("still held X on Tuesday").
_STILL = frozenset(
    ("still", "toujours", "encore", "todavia", "aun", "ancora", "tuttora", "ainda", "noch", "weiterhin")
)
# Words between the city and the day that give the day to something else: a "since" (`since`'s),
# another clause ("X, where they arrived on Tuesday").
_OTHER_TIME = re.compile(
    r"(?<!\S)(?:since|depuis|desde|seit|da|dal|dalla|which|who|that|where|qui|que|ou|donde|onde|dove|wo"
    r"|che|die|der|das|,|;|after|apres|despues|dopo|depois|nach|before|avant|antes|prima|vor)(?!\S)"
)


def _compile(lang: str) -> re.Pattern[str]:
    verb, day = _CONTROL[lang], _DAY[lang]
    # the day before the city ("contrôlaient mardi matin X") or after it, past a list of cities
    # ("held X and the industrial city of Y on Tuesday morning")
    return re.compile(
        rf"(?<!\S)(?P<verb>{verb}) (?:(?P<before>{day}) {_CITY}"
        rf"|{_CITY}(?P<between>(?: (?!(?:{day})(?!\S))\S+){{0,8}}?) (?:, )?(?P<after>{day}))(?!\S)"
    )


_DATED = {lang: _compile(lang) for lang in _CONTROL}

# "after" before the other side's leaving: "control X after the army pulled out", "contrôlent X
# après le retrait de l'armée", "kontrollieren X nach dem Abzug der Armee".
_AFTER = "after|following|apres|tras|despues de|nach|dopo|apos|depois de"
_AFTER_LEAVING = {
    lang: re.compile(
        rf"(?<!\S)(?P<verb>{verb}) {_CITY}(?: \S+){{0,2}}? (?:{_AFTER}) (?P<rest>(?:\S+ ?){{1,6}})"
    )
    for lang, verb in _CONTROL.items()
}
_VERB = {lang: words_rx(verbs) for lang, verbs in _CONTROL.items()}

# A time of the day that opens the sentence, then the side and its control verb, past or present:
# "By evening, the RSF controlled the town", "En fin de journée, les FSR contrôlaient la ville",
# "Am Abend kontrollierten die RSF die Stadt": the end of the fighting just told, the side in the city.
_FRONTED_TIME = {
    "en": r"by (?:(?:the|saturday|sunday|monday|tuesday|wednesday|thursday|friday|late|early) )?"
    r"(?:evening|nightfall|night|morning|midday|noon|afternoon|dusk|dawn|end of the day)",
    "fr": r"en fin de (?:journee|matinee|soiree|apres midi)|en soiree|dans la soiree"
    r"|(?:à|a) la tombee de la nuit|en milieu de journee|dans l apres midi",
    "es": r"al caer la (?:noche|tarde)|al anochecer|al final del dia"
    r"|a ultima hora(?: de la (?:tarde|noche))?|por la (?:tarde|noche)|a media tarde",
    "de": r"am (?:abend|nachmittag|mittag)|gegen (?:abend|mittag)|bis zum abend"
    r"|bei einbruch der (?:dunkelheit|nacht)|am ende des tages",
    "it": r"in serata|in nottata|nel pomeriggio|al calar della (?:notte|sera)|a fine giornata|in mattinata",
    "pt": r"ao (?:fim|final) do dia|ao anoitecer|ao cair da noite|(?:à|a) noite|ao fim da tarde"
    r"|durante a tarde",
}
_FRONTED_VERBS = {
    "en": "controlled|held|controls|holds|control|hold",
    "fr": "controlaient|controlait|tenaient|tenait|controlent|controle",
    "es": "controlaban|controlaba|dominaban|dominaba|controlan|controla",
    "de": "kontrollierten|kontrollierte|kontrollieren|kontrolliert|beherrschten|beherrschte",
    "it": "controllavano|controllava|controllano|controlla",
    "pt": "controlavam|controlava|controlam|controla",
}
_FRONTED = {
    lang: re.compile(
        rf"^(?:{_FRONTED_TIME[lang]}) (?:, )?(?:\S+ ){{0,5}}?(?P<verb>{_FRONTED_VERBS[lang]})(?= )"
    )
    for lang in _FRONTED_TIME
}


def fronted_times(lang: str) -> str | None:
    """Return the times of the day that may open a sentence on a control (`_FRONTED_TIME`), as an
    alternation, if any: one more branch of the trigger gate (`one_pass`)."""
    return _FRONTED_TIME.get(lang)


def control_verbs(lang: str) -> str | None:
    """Return the control verbs of `lang` ("controlent"), as an alternation of plain words, if any."""
    return _CONTROL.get(lang)


def may_be_dated_control(text: str, lex: CompiledLexicon) -> bool:
    """Say whether a signature's text has a control verb, or opens on a time of the day and a past
    one: without either, `with_dated_controls` adds nothing (`trigger_gate`)."""
    rx = _VERB.get(lex.lex.lang)
    if rx is None:
        return False
    return rx.search(text) is not None or _FRONTED[lex.lex.lang].match(text) is not None


def with_dated_controls(
    text: str, lex: CompiledLexicon, captures: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """Return the capture triggers of a signature's `text` plus each control verb dated by a day
    of the news, by the other side's leaving just before ("control X after the army pulled out") or
    by a time of the day opening the sentence ("By evening, the RSF controlled the town") (start,
    end, words), unless a trigger already covers it."""
    rx = _DATED.get(lex.lex.lang)
    if rx is None or not may_be_dated_control(text, lex):
        return captures
    found = []
    for m in rx.finditer(text):
        if _OTHER_TIME.search(m.group("between") or "") or _not_news(text, m.start()):
            continue
        found.append((m.start("verb"), m.end("verb"), m.group("verb")))
    fronted = _FRONTED[lex.lex.lang].match(text)  # "By evening, the RSF controlled the town"
    if fronted is not None and not _not_news(text, fronted.start("verb")):
        found.append((fronted.start("verb"), fronted.end("verb"), fronted.group("verb")))
    for m in _AFTER_LEAVING[lex.lex.lang].finditer(text):  # "control X after the army pulled out"
        rest = m.group("rest")
        civilians = any(w in NON_COMBATANTS for w in rest.split())  # "after civilians fled": not a side
        if lex.withdraw.search(rest) and not civilians and not _not_news(text, m.start()):
            found.append((m.start("verb"), m.end("verb"), m.group("verb")))
    kept = [c for c in found if not any(c[0] < end and start < c[1] for start, end, _words in captures)]
    return sorted([*captures, *kept]) if kept else captures


def _not_news(text: str, at: int) -> bool:
    """Say whether the verb at `at` is in a relative clause about the side ("X, qui contrôlait …",
    `since.describes_a_side`), or after a word that says the control lasts ("still holds X")."""
    return (
        describes_a_side(text, at)
        or any(w in _STILL for w in text[:at].split()[-3:])
        or past_in_where_clause(text, at)  # "X, donde las FAR controlaban el lunes la ciudad"
    )
