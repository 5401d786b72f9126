"""A group's name given in French, Spanish, Portuguese or Italian, read back into English (pure).

Watchlists give some groups under the name of their own press: "FLN" with "Front de libération
nationale", "ELN" with "Ejército de Liberación Nacional". `translate.translate_name` makes the
other languages from an English name only; `english_name` reads a Romance name word by word
with the same lexicon (head noun, adjectives, "de" + modifying noun, "de" + place last) and
returns the English name ("National Liberation Front"), whose translations and acronym ("NLF")
the matcher then adds.
"""

from __future__ import annotations

from functools import cache

from monitor.match.demonyms import COUNTRY_NAMES, DEMONYMS, PEOPLES
from monitor.match.normalize import name_key
from monitor.match.translate import ADJECTIVES, ADJUNCTS, NOUNS, ROMANCE, _plural

_LINKS = frozenset({"de", "du", "des", "d", "del", "di", "do", "da", "dos", "das", "della", "dell", "dello"})
_ARTICLES = frozenset({"l", "la", "le", "les", "el", "los", "las", "il", "lo", "o", "a", "os", "as"})


@cache
def _reverse() -> tuple[dict[str, str], dict[str, str], dict[str, str]]:
    """Return folded Romance words -> English: head nouns, adjectives and nationalities (every
    agreement), modifying nouns; a word two English words translate to goes to the first listed."""
    nouns: dict[str, str] = {}
    for english, langs in NOUNS.items():
        for lang in ROMANCE:
            for word, _gender in langs[lang]:
                nouns.setdefault(name_key(word), english)
    adjectives: dict[str, str] = {}
    for english, agreeing in ADJECTIVES.items():
        for lang in ROMANCE:
            for form in agreeing[lang]:  # (masculine, feminine)
                for inflected in (form, _plural(form, lang)):
                    adjectives.setdefault(name_key(inflected), english)
    for table in (DEMONYMS, PEOPLES):
        for per_lang in table.values():
            english_forms = per_lang.get("en", ())
            for lang in ROMANCE:
                for written in per_lang.get(lang, ()) if english_forms else ():
                    adjectives.setdefault(name_key(written), english_forms[0])
    adjuncts: dict[str, str] = {}
    for english, modifying in ADJUNCTS.items():
        for lang in ROMANCE:
            for word, _gender in modifying[lang]:
                adjuncts.setdefault(name_key(word), english)
    return nouns, adjectives, adjuncts


def english_names(name: str) -> tuple[str, ...]:
    """Return the English names of a Romance group name (none when a word is not in the lexicon):
    in the order the translations read ("National Liberation Front", "Colombia Revolutionary Armed
    Forces") and, with a place, in the English one ("Revolutionary Armed Forces of Colombia").

    >>> english_names("Front de libération nationale")
    ('National Liberation Front',)
    """
    read = _read(name)
    if read is None:
        return ()
    words, place = read
    named = " ".join(w[:1].upper() + w[1:] for w in words)
    return (f"{place} {named}", f"{named} of {place}") if place else (named,)


def _read(name: str) -> tuple[list[str], str] | None:
    """Return a Romance name's English words (head last) and its place in English ("" for none)."""
    nouns, adjectives, adjuncts = _reverse()
    written = name.replace("'", " ").replace("’", " ").split()
    words = [name_key(w) for w in written]
    if len(words) < 2 or words[0] not in nouns:
        return None
    head, adjs, modifiers, place = nouns[words[0]], [], [], ""
    i = 1
    while i < len(words):
        word = words[i]
        if word in adjectives:
            adjs.append(adjectives[word])
        elif word in _LINKS:
            j = i + 1
            while j < len(words) and words[j] in _ARTICLES:
                j += 1  # "de la", "de l'"
            if j < len(words) and words[j] in adjuncts:
                modifiers.append(adjuncts[words[j]])
                i = j + 1
                continue
            proper = [w for w in written[i + 1 :] if name_key(w) not in _ARTICLES]
            if len(proper) == 1 and proper[0][:1].isupper():
                place = _english_place(proper[0])  # "… de l'Azawad", "… de Colombia": the place, last
                break
            return None
        else:
            return None
        i += 1
    if not adjs and not modifiers:
        return None
    # English puts the head's adjectives first, in the reverse of the Romance order ("Forces
    # démocratiques syriennes": "Syrian Democratic Forces"), then the modifying nouns.
    return [*reversed(adjs), *modifiers, head], place


def _english_place(place: str) -> str:
    """Return a country's English name for its name in another language ("Colômbia": "Colombia")."""
    key = name_key(place)
    for names in COUNTRY_NAMES.values():
        if any(name_key(n) == key for forms in names.values() for n in forms):
            return names["en"][0]
    return place
