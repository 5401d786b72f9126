"""Drop the lines of a web page that link to other stories ("Read more: …", "Lire aussi | …")
or correct the page ("Correction: an earlier version said …").

A page copied from a news site carries the headlines of other articles between its paragraphs,
often older stories about the same war ("Related: Rebels seize X", "À lire aussi | L'armée
reprend Y"). They are links, not what this article reports, and read as sentences they are
perfect headlines of a change that is not this article's news. A correction note tells what the
page once said wrongly ("incorrectly said that rebels had captured X"): not news either.
"""

from __future__ import annotations

import re

# Markers that open a link line, per language, as the sites write them (case is ignored). A
# marker of several words may be followed by the linked headline directly ("Lire aussi Les
# talibans …"); a one-word marker needs a separator after it ("Related: …"), or to stand alone.
_PHRASES = (
    # en
    "read more", "read also", "also read", "see also",
    "recommended reading", "related articles?", "related stories", "related coverage", "you may also like",
    "further reading",
    # fr
    "[aà] lire aussi", "lire aussi", "[aà] lire [eé]galement", "lire [eé]galement", "voir aussi",
    "[aà] voir aussi", "sur le m[eê]me sujet", "notre s[eé]lection", "[aà] d[eé]couvrir aussi",
    # es
    "lea tambi[eé]n", "lee tambi[eé]n", "leer tambi[eé]n", "te puede interesar",
    "le puede interesar", "noticias? relacionadas?", "ver tambi[eé]n", "tambi[eé]n puede leer",
    "contenido relacionado",
    # de
    "mehr zum thema", "lesen sie auch", "lesen sie mehr", "siehe auch",
    "das k[oö]nnte sie auch interessieren",
    # it
    "leggi anche", "vedi anche", "potrebbe interessarti", "articoli correlati",
    "leggi l'articolo", "guarda anche",
    # pt
    "leia tamb[eé]m", "leia mais", "saiba mais", "veja tamb[eé]m", "leia ainda", "not[ií]cias relacionadas",
    "mat[eé]rias relacionadas",
)
_WORDS = (  # also phrases that may open a sentence of the article ("Mehr dazu sagte er nicht")
    "related", "more", "watch", "relacionad[oa]s?", "weiterlesen", "approfondimenti", "correlati",
    "more on this(?: story)?", "m[aá]s informaci[oó]n", "mehr dazu", "auch interessant", "per approfondire",
)
# Notes of the newsroom about the page itself, in the six languages.
_NOTES = (
    "correction", "corrections", "clarification", "editor'?s note", "rectificatif", "erratum", "errata",
    "note de la r[eé]daction", "correcci[oó]n", "fe de erratas", "nota del editor", "nota de la redacci[oó]n",
    "korrektur", "richtigstellung", "anmerkung der redaktion", "correzione", "rettifica",
    "nota della redazione", "corre[cç][aã]o", "nota da reda[cç][aã]o", "nota do editor",
)
_NOTE_PHRASES = (
    r"this (?:story|article|report|version) (?:has been|was|had been) (?:corrected|updated|amended|changed)",
    r"an earlier version of this (?:story|article|report)",
    r"une (?:pr[eé]c[eé]dente|premi[eè]re) version de cet article",
    r"una versi[oó]n (?:anterior|previa) de (?:este|esta) (?:art[ií]culo|nota|informaci[oó]n)",
    r"eine (?:fr[uü]here|vorherige|erste) (?:version|fassung) (?:dieses|des) (?:artikels|textes|berichts)",
    r"una (?:precedente|prima) versione di questo articolo",
    r"uma vers[aã]o anterior (?:deste|desta) (?:artigo|mat[eé]ria|not[ií]cia|texto)",
)

_OPEN = r"^[ \t]*[\W_]{0,3}[ \t]*"  # a bullet, a dash or an arrow before the marker
_SEPARATOR = r"[ \t]*(?:[:|>»›→\-–—•]|$)"
_LINK_LINE = re.compile(
    _OPEN + r"(?:(?:" + "|".join(_PHRASES) + r")(?![^\W\d_])(?:" + _SEPARATOR + r"|[ \t]+(?=\S))"
    + r"|(?:" + "|".join(_WORDS) + r")(?![^\W\d_])" + _SEPARATOR + r")",
    re.IGNORECASE,
)
_NOTE_LINE = re.compile(
    _OPEN + r"(?:(?:" + "|".join(_NOTES) + r")(?![^\W\d_])[ \t]*[:|\-–—]"
    + r"|(?:" + "|".join(_NOTE_PHRASES) + r")(?![^\W\d_]))",
    re.IGNORECASE,
)


_HEADLINE_END = re.compile(r"[.!?…\"»”)]\s*$")
_LIST_LIMIT = 6  # headlines listed under a marker that stands alone on its line
_LINE_WORDS = 40  # a longer line is a paragraph that happens to begin with the words


LINK, NOTE = "a line that links to another story", "a note correcting the page"


def _expand(word: str) -> list[str]:
    """Return the spellings of one pattern word: bracketed letters and optional ones expanded."""
    forms = [""]
    for part in re.findall(r"\[[^\]]+\]\??|.\??", word):
        optional = part.endswith("?") and len(part) > 1
        body = part[:-1] if optional else part
        choices = list(body[1:-1]) if body.startswith("[") else [body]
        forms = [f + c for f in forms for c in choices] + (forms if optional else [])
    return forms


def _openings(patterns: tuple[str, ...]) -> frozenset[str]:
    """Return the first two words (or the one word) every marker starts with, spelt out."""
    out: set[str] = set()
    for pattern in patterns:
        words = re.split(r"[ (]", pattern.replace("(?:", "("), maxsplit=2)[:2]
        for first in _expand(words[0]):
            if len(words) > 1 and words[1]:
                out.update(f"{first} {second}" for second in _expand(words[1]))
            else:
                out.add(first)
    return frozenset(out)


# A text is read line by line only when a line opens like a marker: most articles hold none,
# and a dozen regex matches a line cost a fifth of a detection. One-word markers are known by
# their word, longer ones by their first two ("à lire", not every "À").
_OPENINGS = _openings(_PHRASES + _WORDS + _NOTES + _NOTE_PHRASES)
_BULLETS = " \t•·*-–—>»›→|"
_SPLIT = re.compile(r"[\s:|\-–—]+")
_HEADS = frozenset(o[:3] for o in _OPENINGS)  # a line's first three letters, checked first


def _may_open(line: str) -> bool:
    """Say whether a line opens like a marker (its first word, or its first two)."""
    head = line.lstrip(_BULLETS)[:40].lower()
    if head[:3] not in _HEADS:
        return False
    words = _SPLIT.split(head, 2)
    return words[0] in _OPENINGS or (len(words) > 1 and f"{words[0]} {words[1]}" in _OPENINGS)


def drop_link_lines(text: str) -> tuple[str, list[tuple[str, str]]]:
    """Return `text` without its lines that link to other stories or correct the page, and the
    lines dropped, each with why (`LINK` or `NOTE`).

    A marker alone on its line ("READ MORE:") also takes the headlines listed under it: short
    lines that do not end a sentence, up to a blank line.
    """
    # most articles; an empty line (every other one: paragraphs) opens nothing, left out in C
    if not any(map(_may_open, filter(None, text.split("\n")))):
        return text, []
    kept: list[str] = []
    dropped: list[tuple[str, str]] = []
    listing = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if listing:
            if stripped and not _HEADLINE_END.search(stripped) and len(stripped.split()) <= 20:
                listing -= 1
                dropped.append((stripped, LINK))
                continue
            listing = 0
        if len(stripped.split()) > _LINE_WORDS:
            kept.append(line)
        elif _NOTE_LINE.match(line):
            dropped.append((stripped, NOTE))
        elif match := _LINK_LINE.match(line):
            dropped.append((stripped, LINK))
            if not line[match.end():].strip(" \t:|>»›→-–—•"):
                listing = _LIST_LIMIT  # the marker alone: its list follows
        else:
            kept.append(line)
    return ("\n".join(kept), dropped) if dropped else (text, [])
