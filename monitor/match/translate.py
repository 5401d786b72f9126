"""Translate an English multi-word actor name into the other languages, word by word (data + rules).

Names of states, armies and armed groups are mostly "adjectives + noun": "Islamic State",
"Free Syrian Army", "Syrian Democratic Forces". Romance languages put the noun first and the
adjectives after it, agreeing in gender and number ("État islamique", "Forces démocratiques
syriennes", "Estado Islámico"); German keeps the order with inflected adjectives
("Islamischer Staat"). Only names made entirely of words in the lexicon (or nationality
adjectives from `demonyms`) are translated; anything else is left to the user's aliases.
"""

from __future__ import annotations

from itertools import permutations

from monitor.match.demonyms import DEMONYMS, LANGS
from monitor.match.normalize import name_key

ROMANCE = ("fr", "es", "pt", "it")

# Nouns: english | fr | es | de | pt | it, each "word gender" (m, f; "mp"/"fp" for plurals).
_NOUNS = """
state | état m | estado m | Staat m | estado m | stato m
emirate | émirat m | emirato m | Emirat n | emirado m | emirato m
caliphate | califat m | califato m | Kalifat n | califado m | califfato m
army | armée f | ejército m | Armee f | exército m | esercito m
forces | forces fp | fuerzas fp | Kräfte p | forças fp | forze fp
front | front m | frente m | Front f | frente f | fronte m
movement | mouvement m | movimiento m | Bewegung f | movimento m | movimento m
council | conseil m | consejo m | Rat m | conselho m | consiglio m
alliance | alliance f | alianza f | Allianz f | aliança f | alleanza f
government | gouvernement m | gobierno m | Regierung f | governo m | governo m
guard | garde f | guardia f | Garde f | guarda f | guardia f
union | union f | unión f | Union f | união f | unione f
militia | milice f | milicia f | Miliz f | milícia f | milizia f
resistance | résistance f | resistencia f | Widerstand m | resistência f | resistenza f
"""

# Adjectives: english | fr | es | de | pt | it, masculine singular (the other forms are
# derived); a German entry starting with a capital is a compound prefix ("Volks-"), not a word.
_ADJECTIVES = """
islamic | islamique | islámico | islamisch | islâmico | islamico
national | national | nacional | national | nacional | nazionale
democratic | démocratique | democrático | demokratisch | democrático | democratico
free | libre | libre | frei | livre | libero
popular | populaire | popular | Volks | popular | popolare
revolutionary | révolutionnaire | revolucionario | revolutionär | revolucionário | rivoluzionario
republican | républicain | republicano | republikanisch | republicano | repubblicano
transitional | transitoire | transitorio | Übergangs | transitório | transitorio
patriotic | patriotique | patriótico | patriotisch | patriótico | patriottico
armed | armé | armado | bewaffnet | armado | armato
united | uni | unido | vereinigt | unido | unito
"""

_GERMAN_ENDINGS = ("e", "en", "er", "es")


def _parse_nouns() -> dict[str, dict[str, tuple[str, str]]]:
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for line in _NOUNS.strip().splitlines():
        english, *cols = [c.strip() for c in line.split("|")]
        for lang, col in zip(LANGS[1:], cols, strict=True):
            word, gender = col.split()
            table.setdefault(english, {})[lang] = (word, gender)
    return table


def _feminine(word: str, lang: str) -> str:
    """Return the feminine of a regular Romance adjective ("islamique", "islámica")."""
    if lang == "fr":
        return word if word.endswith("e") else word + "e"
    return word[:-1] + "a" if word.endswith("o") else word


def _parse_adjectives() -> dict[str, dict[str, tuple[str, str]]]:
    """Return english -> language -> (masculine, feminine); German has its stem twice."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for line in _ADJECTIVES.strip().splitlines():
        english, *cols = [c.strip() for c in line.split("|")]
        for lang, word in zip(LANGS[1:], cols, strict=True):
            table.setdefault(english, {})[lang] = (word, word if lang == "de" else _feminine(word, lang))
    return table


NOUNS = _parse_nouns()
ADJECTIVES = _parse_adjectives()


def _plural(word: str, lang: str) -> str:
    """Return the plural of a Romance adjective (regular forms are enough for names)."""
    if lang == "it":
        if word.endswith(("ca", "ga")):
            return word[:-1] + "he"  # "democratica" -> "democratiche"
        return word[:-1] + ("i" if word[-1] in "oe" else "e") if word[-1] in "oae" else word
    if word.endswith(("s", "x")):
        return word
    if lang == "fr" and word.endswith("al"):
        return word[:-2] + "aux"
    return word + ("s" if word[-1] in "aeiouéáóí" else "es" if lang != "fr" else "s")


def _romance_forms(english: str, lang: str, gender: str) -> tuple[str, ...]:
    """Return the forms of an adjective (lexicon or nationality) agreeing with `gender`."""
    plural = gender.endswith("p")
    if english in ADJECTIVES:
        m, f = ADJECTIVES[english][lang]
        word = f if gender.startswith("f") else m
        return (_plural(word, lang) if plural else word,)
    for forms in _demonym_forms(english):
        candidates = forms.get(lang, ())
        if candidates:
            return candidates  # every listed form: agreement is left to matching
    return ()


def _demonym_forms(english: str) -> list[dict[str, tuple[str, ...]]]:
    return [forms for forms in DEMONYMS.values() if any(name_key(e) == english for e in forms.get("en", ()))]


def _german_forms(english: str) -> tuple[str, ...]:
    if english in ADJECTIVES:
        stem = ADJECTIVES[english]["de"][0]
        if stem[0].isupper():
            return ()  # a compound prefix ("Volks-"): not a separate word
        return tuple(stem + e for e in _GERMAN_ENDINGS)
    out: tuple[str, ...] = ()
    for forms in _demonym_forms(english):
        out += forms.get("de", ())
    return out


def translate_name(name: str) -> tuple[str, ...]:
    """Return the name's word-by-word translations into fr, es, de, pt and it (may be empty)."""
    words = name_key(name).split()
    if not 2 <= len(words) <= 4 or words[-1] not in NOUNS:
        return ()
    head, modifiers = words[-1], words[:-1]
    out: list[str] = []
    for lang in ROMANCE:
        noun, gender = NOUNS[head][lang]
        options = [_romance_forms(m, lang, gender) for m in modifiers]
        if not all(options):
            return ()
        for order in permutations(range(len(modifiers))):
            for choice in _product([options[i] for i in order]):
                out.append(" ".join((noun, *choice)))
    german = [_german_forms(m) for m in modifiers]
    if all(german):
        noun = NOUNS[head]["de"][0]
        out += [" ".join((*choice, noun)) for choice in _product(german)]
    return tuple(dict.fromkeys(out))


def _product(options: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
    result: list[tuple[str, ...]] = [()]
    for opts in options:
        result = [(*r, o) for r in result for o in opts]
    return result[:64]  # a bound: names have few words and few forms
