"""The halves of a divided country: "North Vietnamese troops" are not Vietnam's government (pure).

A nationality phrase names a country's side ("Vietnamese troops"); with a point of the compass
before it ("North Vietnamese", "nord-vietnamiennes", "South Yemeni") it names a state of half
that country, which the watchlist may watch under its own name ("North Vietnam", "South Yemen").
The tables of nationalities hold today's states only, so these halves are read here.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import name_key
from monitor.model import Actor

# Folded words for the points of the compass, in the six languages, by English name.
_COMPASS = {
    "north": "north nord norte nordlich",
    "south": "south sud sur sul sud sudlich",
    "east": "east est este ost ostlich",
    "west": "west ouest oeste ovest westlich",
}
_POINT = {word: point for point, words in _COMPASS.items() for word in words.split()}


def compass_before(folded: str, start: int) -> str:
    """Return the point of the compass ("north") written just before `start`, or ""."""
    if start < 2 or folded[start - 1] != " ":
        return ""
    word = folded[folded.rfind(" ", 0, start - 1) + 1 : start - 1]
    return _POINT.get(word, "")


def halves_of_countries(actors: Sequence[Actor]) -> dict[tuple[str, str], Actor]:
    """Map (point, country code) to the actor named after that half: ("north", "VN") -> North Vietnam."""
    out: dict[tuple[str, str], Actor] = {}
    for actor in actors:
        for alias in (actor.name, *actor.aliases):
            point, _, rest = name_key(alias).partition(" ")
            if point not in _COMPASS or not rest:
                continue
            for code, names in COUNTRY_NAMES.items():
                forms = {name_key(n) for n in names.get("en", ())}
                forms |= {name_key(d) for d in DEMONYMS.get(code, {}).get("en", ())}
                if rest in forms:
                    out.setdefault((point, code), actor)
    return out


# How each language joins a point of the compass to a nationality adjective ("nord-vietnamien",
# "norvietnamita", "nordvietnamesisch", "norte-vietnamita", "nordvietnamita") and names the half
# ("Nord-Vietnam", "Vietnam del Norte", "Nordvietnam", "Vietnã do Norte", "Vietnam del Nord").
_JOINED: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"north": ("nord-",), "south": ("sud-",), "east": ("est-",), "west": ("ouest-",)},
    "es": {"north": ("nor", "norte"), "south": ("sur", "sud"), "east": ("este",), "west": ("oeste",)},
    "de": {"north": ("nord",), "south": ("süd",), "east": ("ost",), "west": ("west",)},
    "pt": {"north": ("norte-",), "south": ("sul-",), "east": ("leste-",), "west": ("oeste-",)},
    "it": {"north": ("nord",), "south": ("sud",), "east": ("est",), "west": ("ovest",)},
}
_HALF_NAMES: dict[str, dict[str, tuple[str, ...]]] = {
    "fr": {"north": ("Nord-{}", "{} du Nord"), "south": ("Sud-{}", "{} du Sud"), "east": ("{} de l'Est",),
           "west": ("{} de l'Ouest",)},
    "es": {"north": ("{} del Norte",), "south": ("{} del Sur",), "east": ("{} Oriental",),
           "west": ("{} Occidental",)},
    "de": {"north": ("Nord{}",), "south": ("Süd{}",), "east": ("Ost{}",), "west": ("West{}",)},
    "pt": {"north": ("{} do Norte",), "south": ("{} do Sul",), "east": ("{} Oriental",),
           "west": ("{} Ocidental",)},
    "it": {"north": ("{} del Nord",), "south": ("{} del Sud",), "east": ("{} dell'Est",),
           "west": ("{} dell'Ovest",)},
}


def half_forms(point: str, code: str) -> tuple[str, ...]:
    """Return the one-word adjectives and the names of a country's half in five languages:
    ("north", "VN") -> "nord-vietnamiennes", "norvietnamitas", "nordvietnamesische", "Nord-Vietnam"…
    (English writes two words, read by `compass_before`)."""
    out: list[str] = []
    for lang, points in _JOINED.items():
        for prefix in points.get(point, ()):
            out += [prefix + form.lower() for form in DEMONYMS.get(code, {}).get(lang, ())]
        for pattern in _HALF_NAMES[lang].get(point, ()):
            for name in COUNTRY_NAMES.get(code, {}).get(lang, ()):
                fused = pattern.endswith("{}") and not pattern.endswith("-{}")  # German "Nordvietnam"
                out.append(pattern.format(name.lower() if fused else name))
    return tuple(dict.fromkeys(out))
