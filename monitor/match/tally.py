"""A city counted into a side's tally of cities: "With X, the Taliban have taken 16 of the 34
provincial capitals" (pure).

"Mit Aleppo hat HTS seit Mittwoch vier Großstädte erobert",
"Avec X, les talibans ont pris dix capitales provinciales", "Con X, los talibanes ya controlan
doce capitales": the city opening the sentence after "with" is the latest of the cities taken.
Not "with X in sight", nor a tally without a number of cities.
"""

from __future__ import annotations

from monitor.match.expressions import tokens_rx
from monitor.match.signature import Signature

_WITH = frozenset(("with", "mit", "avec", "con", "com"))
# What may stand between "with" and the city: "with the capture of", "mit der Einnahme von".
_BEFORE_CITY = frozenset(
    (
        *("the", "capture", "fall", "taking", "of", "la", "le", "l", "prise", "chute", "de", "d", "du"),
        *("toma", "caida", "del", "el", "der", "die", "einnahme", "eroberung", "fall", "von", "des"),
        *("presa", "caduta", "di", "della", "il", "a", "queda", "tomada", "da", "do", "o", "city", "town"),
        *("ville", "ciudad", "stadt", "citta", "città", "cidade"),
    )
)
# What follows the city when the main clause starts right after it: a comma, an auxiliary, an article.
_AFTER_CITY = frozenset(
    (
        *(",", "haben", "hat", "the", "die", "der", "i", "gli", "le", "les", "los", "las", "os", "as"),
        *("hanno", "han", "ont", "have", "has", "tem", "têm", "ya", "ja", "gia", "già", "now", "nun"),
        *("jetzt",),
    )
)
# A number of cities: "16 of the 34 provincial capitals", "dix capitales", "zwölf Städte".
_CITIES = tokens_rx(
    r"(?:provincial |regional |district )?(?:capitals|cities|towns)|(?:\S+ )?provinzhauptstädte|\S*städte"
    r"|capitales(?: provinciales| regionales)?|villes|ciudades|capitali(?: provinciali)?|citta|città"
    r"|capoluoghi|cidades|capitais(?: provinciais)?"
)
_NUMBER = tokens_rx(
    r"\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|deux|trois|quatre|cinq|six"
    r"|sept|huit|neuf|dix|onze|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|zwei|drei"
    r"|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|due|tre|quattro|cinque|sette|otto|nove|dieci|undici"
    r"|dodici|duas|quatro|sete|oito|nove|dez|onze|doze"
)


def tallied_city(sig: Signature, i: int, j: int) -> list[int]:
    """Return [k], the place after the "with" opening the sentence, when the capture at [i, j) has a
    number of cities for object ("haben … 16 der 34 Provinzhauptstädte eingenommen"); else []."""
    if not sig.tokens or sig.tokens[0] not in _WITH:
        return []
    k = 1
    while k < min(i, 6) and k not in sig.place_at and sig.tokens[k] in _BEFORE_CITY:
        k += 1
    if k not in sig.place_at or k >= i:
        return []
    if not (k + 1 in sig.actor_at or sig.tokens[k + 1] in _AFTER_CITY):
        return []  # "With X under siege, …", "With X in sight, …": the city is not counted
    end = next((x for x in range(j, len(sig.tokens)) if sig.tokens[x] in (".", ";", ",")), len(sig.tokens))
    span = range(k + 1, end)
    counted = any(sig.at(_NUMBER, x) for x in span) and any(sig.at(_CITIES, x) for x in span)
    return [k] if counted else []
