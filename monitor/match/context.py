"""Read the words around an actor phrase: is it the actor, or part of something else? (pure)

"The Free Syrian Army" is not the Syrian army, "el ejército rebelde" is not the government,
"the Pakistani Taliban" are not the Afghan Taliban, and "IS" in a headline written in capitals
proves nothing. `actors.ActorMatcher` asks these questions of each candidate mention.
"""

from __future__ import annotations

import re

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS
from monitor.match.normalize import name_key
from monitor.model import Actor

# Words before a generic reference that do not make it part of a longer proper name.
_FUNCTION_WORDS = frozenset({
    "the", "a", "an", "and", "of", "by", "to", "with", "from", "for", "in", "on", "at", "as",
    "les", "la", "le", "l", "des", "de", "du", "et", "par", "au", "aux", "en", "sur",
    "los", "las", "el", "del", "y", "por", "con", "al", "un", "una",
    "die", "der", "das", "den", "dem", "und", "von", "mit", "durch", "im", "am", "zum", "zur",
    "os", "o", "do", "da", "dos", "e", "pelo", "pela", "pelos", "pelas", "com", "ao",
    "i", "gli", "il", "lo", "della", "dello", "delle", "dei", "degli", "dal", "dalla", "dai", "ed", "per",
})
_SENTENCE_END = re.compile(r"[.!?:;\n\"«»“”]\s*$")


def word_at(folded: str, pos: int) -> str:
    """Return the folded word that starts at `pos`."""
    end = folded.find(" ", pos)
    return folded[pos:] if end < 0 else folded[pos:end]


def mostly_upper(text: str) -> bool:
    """Return True for a text written in capitals, where case tells nothing about acronyms."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.6 * len(letters)


def house_style_acronym(text: str, start: int, stop: int, cased: str) -> bool:
    """Say whether an acronym written with one capital ("Isis", "Rsf", "Olp") stands for it.

    Italian papers write acronyms so ("le Rsf", "l'Olp", "il Pdk"). From four letters the form is
    taken anywhere; a three-letter one ("Rsf", but also "Far", "Can") only inside a sentence,
    where a capital marks a name, and when the text never writes the word in lower case.
    """
    written = text[start:stop]
    if len(cased) < 3 or written != cased.capitalize():
        return False
    if len(cased) >= 4:
        return True
    before = text[:start].rstrip(" \t\"'“«‘(")
    if not before or before[-1] in ".!?:\n-–—":
        return False
    after = text[stop:].lstrip(" ")
    if after[:1].isupper():
        return False  # "the Far East", "Can Tho": part of a longer name
    return re.search(rf"(?<!\w){re.escape(written.lower())}(?!\w)", text) is None


# Words after "army" or "forces" that make them someone else's: "el ejército rebelde",
# "l'armée de libération", "the army of the Islamic State" (prefixes of folded words).
_NOT_GOVERNMENT = re.compile(
    r" (?:rebel|rebeld|ribel|insurg|jihad|djihad|yihad|islami|separat|secession|mercen|wagner|privad"
    r"|prive|privat|opposi|oposi|libre|free|frei|libero|livre"
    # armed citizens named police: "la policía comunitaria", "la police communautaire"
    r"|comunitar|communautair|community|comunitár)"
    # a movement's adjective in -iste/-ista/-istische ("l'armée congressiste", "el ejército
    # maderista", "die sandinistische Armee" is before): a side's army, not the state's (not
    # "loyaliste", "régaliste", nor a verb: "l'esercito conquista X", "l'armée résiste")
    r"| (?!loyal|legal|real|conquist|resist|insist|exist|esist|assist|persist|consist|subsist|desist|avvist)"
    r"[a-z]+(?:iste|istes|ista|istas|isti)(?![a-z])"
    r"| (?:of|de|du|des|del|di|do|da|der) (?:la |l |the |el |le )?(?:rebel|insurg|jihad|islami|liber"
    r"|befrei|revolu|popul|resist|opposi|oposi)"
)  # only after a preposition for words that are also verbs: "the army liberated the city"

# Loyal to someone other than the president, the government or the state: mutineers, a rival
# ("unidades del ejército leales al Frente Democrático Popular", "army units loyal to the
# former president"); after the phrase, or after its own "loyal" word ("fuerzas leales al …").
_LOYAL_WORDS = ("loyal", "loyale", "loyales", "loyaux", "fidele", "fideles", "leal", "leales", "leais",
                "fedele", "fedeli", "leali")
_NOT_THEIRS = (
    r" (?:to|a|au|aux|al|ao|aos|ai|alla|allo|agli|alle) (?!(?:the |le |la |l |el |il |lo |o )?"
    r"(?:president|presidente|gouvernement|gobierno|governo|government|regime|regimen|state|etat|estado|stato)\b)"
)
_LOYAL_ELSEWHERE = re.compile(
    r" (?:" + "|".join(_LOYAL_WORDS) + r")" + _NOT_THEIRS
    + "|(?:" + "|".join(f"(?<={w})" for w in _LOYAL_WORDS) + r")" + _NOT_THEIRS
)


def _nationalities() -> dict[str, frozenset[str]]:
    """Map every folded nationality adjective to the countries it names."""
    table: dict[str, set[str]] = {}
    for code, per_lang in DEMONYMS.items():
        for forms in per_lang.values():
            for form in forms:
                if not form.isupper():  # "US" in "the US-Taliban talks" is a party, not a branch
                    table.setdefault(name_key(form), set()).add(code)
    return {k: frozenset(v) for k, v in table.items() if " " not in k}


_NATIONALITIES = _nationalities()


def foreign_branch(actor: Actor, text: str, folded: str, start: int, stop: int) -> bool:
    """Return True for a namesake from another country: "the Pakistani Taliban" (the TTP).

    Only for actors scoped to countries, and only a nationality joined by one plain space;
    "Afghan Taliban" or "talibans afghans" stay.
    """
    if not actor.countries:
        return False
    words = []
    if start > 1 and text[start - 1] == " " and folded[start - 2] != " ":
        words.append(folded[folded.rfind(" ", max(0, start - 25), start - 1) + 1:start - 1])
    if stop + 1 < len(folded) and text[stop] == " ":
        words.append(word_at(folded, stop + 1))
    for word in words:
        countries = _NATIONALITIES.get(word)
        if countries and not countries & set(actor.countries):
            return True
    return False


def qualified_away(folded: str, stop: int) -> bool:
    """Return True when the words after a generic phrase make it a rebel or private army, or
    loyal to someone other than the government ("unidades del ejército leales al Frente …")."""
    return bool(_NOT_GOVERNMENT.match(folded, stop) or _LOYAL_ELSEWHERE.match(folded, stop))


# Nationality adjectives and country names, folded, in every language: a capitalised word of a
# phrase after one of them at a sentence's start is no name ("Russian Army troops").
_NATIONAL_WORDS = frozenset(
    name_key(form) for table in (DEMONYMS, COUNTRY_NAMES) for langs in table.values()
    for forms in langs.values() for form in forms
)


# Words that describe fighters and open a sentence in capitals without being a name's: "Ethnic
# Karen rebels seized …", "Armed Tuareg fighters …".
_DESCRIBING = frozenset(
    (
        *("ethnic", "armed", "local", "rival", "allied", "tribal", "separatist", "insurgent", "militant"),
        "islamist",
    )
)


def inside_proper_name(text: str, folded: str, start: int, stop: int) -> bool:
    """Return True when capitalised words glue onto the phrase: "the Free Syrian Army"."""
    before = folded[:start].rstrip()
    # A phrase opening with its article glues to no name before it: German capitalises every noun
    # ("nach dem Abzug der Armee", "Soldaten der Armee"), and "the" opens no name's last words.
    opens_with_article = word_at(folded, start) in _FUNCTION_WORDS
    # A line break ends a title or a paragraph: "…in Kharkiv\n\nRussian forces" glues nothing.
    if (
        before
        and not opens_with_article
        and text[:start].rstrip()[-1:].isalpha()
        and "\n" not in text[len(before) : start]
    ):
        prev_start = before.rfind(" ") + 1
        prev = before[prev_start:]
        opening = bool(_SENTENCE_END.search(text[max(0, prev_start - 3):prev_start] or "."))
        if text[prev_start].isupper() and prev not in _FUNCTION_WORDS and not opening:
            return True
        # a name opening the sentence, its next word capitalised as a name's is: "Arakan Army troops
        # entered …" (not "Russian Army troops": a nationality is no name)
        if opening and text[prev_start].isupper() and text[start].isupper() and prev not in _FUNCTION_WORDS \
                and prev not in _NATIONAL_WORDS and prev not in _DESCRIBING:
            return True
    after = folded[stop:].lstrip()
    if after and text[stop:stop + 1] == " ":
        last_start = folded.rfind(" ", start, stop) + 1 or start
        nxt_start = len(folded) - len(after)
        nxt = word_at(folded, nxt_start)
        glued = nxt_start == stop + 1  # one plain space: no comma, bracket or dash between
        # A phrase of several words opening in lower case starts no name: German capitalises its
        # nouns ("haben russische Truppen Gori besetzt", "die tschetschenischen Kämpfer Grosny").
        opens_lower = last_start > start and text[start].islower()
        if glued and not opens_lower and text[last_start].isupper() and text[nxt_start].isupper() \
                and nxt not in _FUNCTION_WORDS:
            return True
    return False
