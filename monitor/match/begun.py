"""A withdrawal the body says has only begun: the headline's "pull out of X" is no change yet (pure).

"Russische Truppen ziehen aus Gori ab" over "Die russischen Truppen haben mit dem Abzug aus der
Stadt Gori begonnen": the title tells in the present what the body says is under way, so the
city has not changed hands. A withdrawal the body tells as done, or any other change of the
place in the body, keeps the title's.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.match.explain import Note
from monitor.match.expressions import CompiledLexicon
from monitor.match.reading import Candidate
from monitor.match.signature import Sentences
from monitor.match.words import BEGUN


def begun_withdrawals(sentences: Sentences, lex: CompiledLexicon, in_title: set[int]) -> set[str]:
    """Return the places a body sentence names beside a withdrawal only begun ("began withdrawing
    from X", "mit dem Abzug aus X begonnen", "ont commencé à se retirer de X")."""
    out: set[str] = set()
    for n in sentences.naming:
        if n in in_title:
            continue
        text = sentences.text(n)
        if BEGUN.search(text) and lex.withdraw.search(text):
            out |= {m.place.name for m in sentences.signature(n).places}
    return out


def unfinished_titles(
    found: Sequence[Candidate], in_title: set[int], begun: set[str], notes: list[Note] | None
) -> list[Candidate]:
    """Drop a title's withdrawal from a place whose withdrawal the body says has only begun, when the
    body reads no change of that place of its own."""
    if not begun:
        return list(found)
    told = {c.place.name for c in found if c.sentence not in in_title}
    out = []
    for c in found:
        unfinished = c.place.name in begun and c.place.name not in told
        if c.sentence in in_title and c.trigger.startswith("withdraw") and unfinished:
            if notes is not None:
                holder = c.actor.name if c.actor else None
                reason = "a title's withdrawal the body says has only begun"
                notes.append(
                    Note("candidate", c.sentence, c.evidence, c.place.name, holder, c.trigger, False, reason,
                         c.holder_from())
                )
            continue
        out.append(c)
    return out
