"""A change told as a noun that is only begun, going on or awaited: no change yet (pure).

"The army has begun the recapture of X", "L'armée poursuit la reconquête de X", "La reconquista
de X avanza lentamente", "La presa di X è solo questione di tempo": the noun names the change,
but the clause says it is under way, not done. German reads the same in its sentence bracket
(`german.governor`). A noun in a phrase of time is done ("After the recapture of X, the army began
rebuilding the port").
"""

from __future__ import annotations

import re
import unicodedata

from monitor.match.signature import Signature
from monitor.match.words import AFTER_PREPS, STOP

# Verbs of beginning or going on whose object is the noun, within three words before it (folded).
_BEGINNING = frozenset(
    (
        "begin", "begins", "began", "begun", "beginning", "start", "starts", "started", "starting",
        "launch", "launches", "launched", "launching", "continue", "continues", "continued", "continuing",
        "pursue", "pursues", "pursued", "pursuing", "commence", "commencent", "commencait", "commencer",
        "entame", "entament", "entamait", "entamer", "lance", "lancent", "lancer", "poursuit",
        "poursuivent", "poursuivait", "poursuivi", "poursuivre", "continuent", "continuait", "continuer",
        "engage", "engagent", "comenzo", "comenzaron", "comenzado", "comienza", "comienzan", "comenzar",
        "inicio", "iniciaron", "iniciado", "inicia", "inician", "iniciar", "lanzo", "lanzaron", "lanzado",
        "continua", "continuan", "prosigue", "prosiguen", "emprendio", "emprendieron", "iniziato", "inizia",
        "iniziano", "avviato", "avvia", "avviano", "lanciato", "prosegue", "proseguono", "continuano",
        "intrapreso", "iniciou", "iniciaram", "comecou", "comecaram", "comecado", "comeca", "lancou",
        "lancaram", "prossegue", "prosseguem", "continuam"
    )
)

# What makes a one-word trigger a noun ("the recapture", "la reconquête"): a determiner before it.
_DETERMINERS = frozenset(
    (
        "the", "its", "their", "this", "la", "le", "l", "sa", "leur", "cette", "el", "su", "esta", "lo",
        "il", "questa", "a", "o", "sua", "seu"
    )
)

# After the place, before the clause ends: the change is progressing, under way or awaited.
_GOING_ON = re.compile(
    r"(?<!\S)(?:(?:is|are) (?:\S+ )?(?:progressing|under ?way|continuing|in progress)|progress(?:es|ing)"
    r"|(?:only )?a (?:matter|question) of (?:time|days|hours|weeks)"
    r"|progresse|progressent|est en cours|en cours|se poursuit|(?:une )?question de (?:temps|jours|semaines)"
    r"|avanza|avanzan|esta en curso|en curso|en marcha|prosigue|cuestion de (?:tiempo|dias|horas|semanas)"
    r"|procede|procedono|avanza|e in corso|in corso|prosegue|questione di (?:tempo|giorni|ore|settimane)"
    r"|avanca|avancam|esta em curso|em curso|em andamento|prossegue|questao de (?:tempo|dias|horas|semanas)"
    r")(?!\S)"
)


def _fold(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def under_way(sig: Signature, i: int, j: int, family: str) -> str:
    """Return why the change noun at [i, j) is not done yet ("only begun or under way ('began')"),
    else "". A capture trigger counts only as a noun: one word after a determiner."""
    if family != "nominal" and not (j - i == 1 and i > 0 and sig.tokens[i - 1] in _DETERMINERS):
        return ""
    before = [_fold(t) for t in sig.tokens[max(0, i - 3) : i]]
    for n, word in enumerate(before):
        if word in _BEGINNING and not any(t in AFTER_PREPS for t in before[n:]):
            return f"only begun or under way ('{sig.tokens[max(0, i - 3) + n]}')"
    end = j
    while end < len(sig.tokens) and end < j + 16 and sig.tokens[end] not in STOP and sig.tokens[end] != ",":
        end += 1
    m = _GOING_ON.search(" ".join(_fold(t) for t in sig.tokens[j:end]))
    return f"only begun or under way ('{m.group(0)}')" if m else ""
