"""A leader the article ties to a watched side names that side's forces (pure).

Watchlists rarely name a group's leader, but reporters do, once ("UNITA leader Jonas Savimbi",
"Jonas Savimbi, le chef de l'Unita", "la Unita, dirigida por Jonas Savimbi", "der Unita-Chef
Savimbi"), and then write his men for the group: "Savimbi's forces took Huambo", "les hommes de
Savimbi", "las tropas de Savimbi". `tied_leader_mentions` reads those ties around the side's own
mentions and finds the forces phrases of the leader's name (`leaders.leader_phrase`), in any of
the press's spellings (`leaders.spellings`). The bare name is the man, not his side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from monitor.match.actors import ActorMention
from monitor.match.expressions.firsts import lookahead
from monitor.match.leaders import leader_phrase, spellings
from monitor.match.normalize import fold, prepare
from monitor.match.translate import lexicon_word, nationalities

# Words for a group's leader, folded, in the six languages ("UNITA leader", "Unita-Chef").
_TITLES = (
    "leader chief head commander founder boss warlord "
    "chef dirigeant fondateur commandant "
    "lider jefe dirigente cabecilla fundador comandante caudillo "
    "capo fondatore comandante "
    "chefe "
    "anfuhrer fuhrer kommandeur grunder"
)
_LINKS = "of the|of|de la|de l|du|des|de|del|della|dell|dello|dei|degli|di|do|da|dos|das|der|von der|von"
_ARTICLES = "the|le|la|l|el|il|lo|o|a|der|die|den"
_LED_BY = (
    "led by|headed by|commanded by|dirige par|dirigee par|commande par|commandee par|mene par|menee par"
    "|dirigido por|dirigida por|liderado por|liderada por|encabezado por|encabezada por|comandado por"
    "|comandada por|guidato da|guidata da|capeggiato da|capeggiata da|comandato da|comandata da"
    "|chefiado por|chefiada por|angefuhrt von|gefuhrt von|unter fuhrung von|unter der fuhrung von"
)
_TITLE = "|".join(sorted(set(_TITLES.split()), key=len, reverse=True))
# After the side's mention: "UNITA leader Jonas Savimbi", ", led by Jonas Savimbi".
_AFTER = re.compile(rf" +(?:(?:s +)?(?:{_TITLE})|(?:{_LED_BY})) +(?=[a-z])")
# Before it: "Jonas Savimbi, the leader of the UNITA" (the name is read back from the comma).
# (Searched in the window before each mention: the lookahead on its first letters passes over most
# of the window's characters in C, where the regex tried its fifty titles at each: ~3 µs an article.)
_BEFORE_WORDS = rf"(?:(?:{_ARTICLES}) +)?(?:{_TITLE})(?: +(?:{_LINKS}))?(?: +(?:{_ARTICLES}))? +$"
_BEFORE = re.compile(f"{lookahead(_BEFORE_WORDS)}(?:{_BEFORE_WORDS})")
# The name: one to three capitalised words, the surname last.
_NAME_AFTER = re.compile(r"(?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+")
_NAME_BEFORE = re.compile(r"((?:[A-Z][\w'’-]+ ){0,2}[A-Z][\w'’-]+),\s*$")
_COMMA = re.compile(r"\s*,\s*")
_MIN_NAME = 4
_WINDOW = 60


def tied_leader_mentions(doc: str, mentions: Sequence[Any]) -> list[ActorMention]:
    """Return the forces phrases of a leader the article ties to a named watched side, as that
    side's mentions, apart from `mentions`."""
    if not mentions:
        return []
    doc = prepare(doc)
    folded = fold(doc)  # as the actor matcher folds it (remembered for a long text)
    leaders: dict[str, Any] = {}
    for m in mentions:
        if getattr(m, "generic", False):
            continue
        for name in _tied_names(doc, folded, m.start, m.end):
            leaders.setdefault(name, m.actor)
    if not leaders:
        return []
    taken = [(m.start, m.end) for m in mentions]
    out: list[ActorMention] = []
    for name, actor in leaders.items():
        forms = "|".join(re.escape(f) for f in spellings(name))
        for hit in re.finditer(rf"(?<![a-z0-9])(?:{forms})s?(?![a-z0-9])", folded):
            span = leader_phrase(doc, folded, hit.start(), hit.end())
            if span is None or any(a < span[1] and span[0] < b for a, b in taken):
                continue
            taken.append(span)
            out.append(ActorMention(actor, span[0], span[1], doc[span[0] : span[1]], False))
    return out


def _tied_names(doc: str, folded: str, start: int, end: int) -> list[str]:
    """Return the folded surnames the text ties to the side mentioned at `start:end`."""
    names: list[str] = []
    after = _AFTER.match(folded, end, min(len(folded), end + _WINDOW))
    if after is not None:
        name = _NAME_AFTER.match(doc, after.end())
        if name is not None:
            names.append(name.group())
    lo = max(0, start - _WINDOW)
    before = _BEFORE.search(folded, lo, start)
    if before is not None:  # "Jonas Savimbi, the leader of UNITA"; "the leader of UNITA, Jonas Savimbi"
        name = _NAME_BEFORE.search(doc, lo, before.start())
        comma = _COMMA.match(doc, end)
        name_after = _NAME_AFTER.match(doc, comma.end()) if comma is not None else None
        if name is not None:
            names.append(name.group(1))
        elif name_after is not None:
            names.append(name_after.group())
    out = []
    for written in names:
        surname = fold(written.split()[-1]).strip()
        ordinary = lexicon_word(surname) or nationalities(surname)
        if len(surname) >= _MIN_NAME and surname.isalpha() and not ordinary:
            out.append(surname)
    return out
