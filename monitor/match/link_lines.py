"""Drop the lines of a web page that link to other stories ("Read more: …", "Lire aussi | …").

A page copied from a news site carries the headlines of other articles between its paragraphs,
often older stories about the same war ("Related: Rebels seize X", "À lire aussi | L'armée
reprend Y"). They are links, not what this article reports, and read as sentences they are
perfect headlines of a change that is not this article's news.
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
_OPEN = r"^[ \t]*[\W_]{0,3}[ \t]*"  # a bullet, a dash or an arrow before the marker
_SEPARATOR = r"[ \t]*(?:[:|>»›→\-–—•]|$)"
_LINK_LINE = re.compile(
    _OPEN + r"(?:(?:" + "|".join(_PHRASES) + r")(?![^\W\d_])(?:" + _SEPARATOR + r"|[ \t]+(?=\S))"
    + r"|(?:" + "|".join(_WORDS) + r")(?![^\W\d_])" + _SEPARATOR + r")",
    re.IGNORECASE,
)
_HEADLINE_END = re.compile(r"[.!?…\"»”)]\s*$")
_LIST_LIMIT = 6  # headlines listed under a marker that stands alone on its line
_LINE_WORDS = 40  # a longer line is a paragraph that happens to begin with the words


def drop_link_lines(text: str) -> tuple[str, list[str]]:
    """Return `text` without its lines that link to other stories, and the lines dropped.

    A marker alone on its line ("READ MORE:") also takes the headlines listed under it: short
    lines that do not end a sentence, up to a blank line.
    """
    if "\n" not in text and not _LINK_LINE.match(text):
        return text, []
    kept: list[str] = []
    dropped: list[str] = []
    listing = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if listing:
            if stripped and not _HEADLINE_END.search(stripped) and len(stripped.split()) <= 20:
                listing -= 1
                dropped.append(stripped)
                continue
            listing = 0
        match = _LINK_LINE.match(line)
        if match is None or len(stripped.split()) > _LINE_WORDS:
            kept.append(line)
            continue
        dropped.append(stripped)
        if not line[match.end():].strip(" \t:|>»›→-–—•"):
            listing = _LIST_LIMIT  # the marker alone: its list follows
    return ("\n".join(kept), dropped) if dropped else (text, [])
