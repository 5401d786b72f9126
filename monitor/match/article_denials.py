"""Claims that the rest of the article contradicts (pure): a denial in another sentence, a
retort, a headline told as background. Read after every sentence has given its candidates.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from monitor.match.claims import denial_bears_on_change
from monitor.match.explain import Note
from monitor.match.expressions import CompiledLexicon
from monitor.match.reading import Candidate
from monitor.match.signature import Sentences, Signature
from monitor.match.since import recent_state_within
from monitor.match.words import (
    CITY,
    FALL_NOUNS,
    RETORT,
    TAKEN_BACK,
    UNVERIFIED,
    YEAR,
)
from monitor.model import Actor


def retorted(cand: Candidate, sentences: Sentences, lex: CompiledLexicon, notes: list[Note] | None) -> bool:
    """Say whether the next sentence denies the candidate's report with a pronoun ("Moscú lo negó")."""
    n = cand.sentence
    if n is None or n + 1 >= len(sentences.spans):
        return False
    text = sentences.text(n + 1)
    denial = RETORT.search(text)
    if denial is None or TAKEN_BACK.search(text, denial.end()):
        return False
    sig = sentences.signature(n + 1)
    if not denial_bears_on_change(sig, lex, *sig.span(denial)) or _negated(sig, *sig.span(denial)):
        return False  # "The army denied it had abandoned civilians": something else; "did not deny it"
    if notes is not None:
        holder = cand.actor.name if cand.actor else None
        reason = f"the next sentence denies it ('{denial.group(0)}')"
        place = cand.place.name
        notes.append(Note("candidate", n, cand.evidence, place, holder, cand.trigger, False, reason,
                          cand.holder_from()))
    return True


@dataclass(frozen=True, slots=True)
class Denial:
    """A sentence that contests a change: the places it names and the watched sides denying."""

    sentence: int
    places: frozenset[str]
    deniers: frozenset[Actor]
    after: frozenset[str] = frozenset()  # the places it names after its denying words


def denies(d: Denial, cand: Candidate, n: int) -> bool:
    """Say whether denial `d` contests the claim `cand` read in sentence `n`.

    One naming the place holds from just before the claim on; one that names no place holds
    around it, or anywhere after it when a watched side other than the claimed holder denies
    ("The RSF say they took X. … The army rejected the claim", issue 10).
    """
    if d.sentence == n and d.after and cand.place.name not in d.after:
        return False  # "X is now in the hands of IS, a group that has remained in control of Y and Z"
    if cand.place.name in d.places:
        return d.sentence >= n - 2
    if d.places:
        return False
    if abs(d.sentence - n) <= 2:
        return True
    # (a claim whose holder its sentence leaves unsaid, "«Our forces entered X», said M.": any side)
    return d.sentence > n and bool(d.deniers - {cand.actor})


def denied_claims(found: Sequence[Candidate], denials: Sequence[Denial]) -> set[tuple[str, Actor]]:
    """Return the (place, holder) of each claim the article denies and never tells as a fact after.

    A claim is denied however often it is restated: "the ministry said its units had liberated
    the city", told after "Baku says it took X" and before "Yerevan denied it", falls with it. Not
    when the article tells the change as a fact from the denial on ("first said fighting went on,
    but acknowledged on Monday that the town had been lost").
    """
    out: set[tuple[str, Actor]] = set()
    for c in found:
        if not c.claim or c.actor is None:
            continue
        against = [d.sentence for d in denials if denies(d, c, c.sentence or 0)]
        if against and not any(
            o.place == c.place and o.actor == c.actor and not o.claim and (o.sentence or 0) >= max(against)
            for o in found
        ):
            out.add((c.place.name, c.actor))
    return out


def background_titles(
    found: list[Candidate], in_title: set[int], dated: set[str], notes: list[Note] | None
) -> list[Candidate]:
    """Drop a title's change told as a noun ("Ausnahmezustand nach Fall von X") when the body
    dates that change before publication and reads no fresh one for the place: the title
    names the background of its news."""
    fresh = {c.place.name for c in found if c.sentence not in in_title}
    out = []
    for c in found:
        if (
            c.sentence in in_title
            and (c.trigger.startswith("nominal") or c.trigger.split(": ", 1)[-1] in FALL_NOUNS)
            and c.place.name in dated
            and c.place.name not in fresh
        ):
            if notes is not None:
                holder = c.actor.name if c.actor else None
                reason = "a title naming a change the body dates before publication"
                where, said = c.place.name, c.evidence
                notes.append(Note("candidate", c.sentence, said, where, holder, c.trigger, False, reason,
                                  c.holder_from()))
            continue
        out.append(c)
    return out


def contradicts(d: Denial, cand: Candidate, n: int) -> bool:
    """Say whether denial `d` contests a change that a sentence reports ("X announced the capture
    of Y"): a later sentence, naming the place or none, and no denier is the holder or the speaker
    ("Il governo ha smentito, affermando che l'esercito controlla ancora entrambe le città")."""
    if d.sentence <= n or d.sentence > n + 2 or (d.places and cand.place.name not in d.places):
        return False
    return not any(a == cand.actor or a.name in cand.speakers for a in d.deniers)


def _of_an_earlier_year(text: str, published: datetime | None) -> bool:
    """Say whether a sentence is told in years before publication only: background, whose
    repulse or denial is not about today's claim."""
    years = [int(y) for y in YEAR.findall(text)]
    return published is not None and bool(years) and max(years) < published.year


# What links a denial to the places it is about: "in control of parts of Y and Z".
_PLACE_LINKS = frozenset(
    ("of", "in", "de", "du", "des", "d", "à", "a", "en", "von", "di", "da", "do", "della", "del")
)
_AND = frozenset(("and", "et", "y", "und", "e", ","))
# A negation just before a denial verb, or French/German "pas"/"nicht" right after it: "did not
# deny", "n'ont pas démenti", "no desmintió", "hat nicht dementiert", "non ha smentito", "não
# desmentiu" leave the report standing (it is tacitly confirmed), whatever the denial's words;
# so does the "neither" of "has not confirmed it, but has not denied it either" ("tampoco la ha
# desmentido", "nem a desmentiu", "ni confirmé ni démenti", "weder bestätigt noch dementiert").
_NOT_BEFORE = frozenset(
    (
        *("not", "never", "didn", "doesn", "don", "hasn", "haven", "hadn", "wouldn", "nor", "neither"),
        *("pas", "jamais", "no", "nunca", "nicht", "nie", "non", "mai", "nao"),
        *("tampoco", "tampouco", "nem", "ni", "noch", "weder", "ne", "neanche", "nemmeno"),
    )
)
_NOT_AFTER = frozenset(("pas", "nicht", "nie", "jamais", "point"))


def _negated(sig: Signature, i: int, j: int) -> bool:
    """Say whether the denial at tokens [i, j) is negated ("did not deny", "n'a pas démenti").

    Not by a negation that closes the clause before ("Bestätigt ist das nicht; X weisen es
    zurück", "It is not confirmed; officials deny it").
    """
    before = sig.tokens[max(0, i - 3) : i]
    stops = [k for k, t in enumerate(before) if t in _CLAUSE_STOPS]
    if stops:
        before = before[stops[-1] + 1 :]
    return any(t in _NOT_BEFORE for t in before) or (j < len(sig.tokens) and sig.tokens[j] in _NOT_AFTER)


# Punctuation that ends the clause before a denial.
_CLAUSE_STOPS = frozenset((";", ":", ",", "."))


def _named_after(sig: Signature, denial: int) -> frozenset[str]:
    """Return the places a denial at token `denial` is about, named after it with a preposition
    ("remained in control of parts of Y and Z"), not a capital speaking ("ce que dément Kaboul")."""
    names: list[str] = []
    linked = False
    for k in sorted(x for x in sig.place_at if x > denial):
        before = sig.tokens[k - 1]
        linked = before in _PLACE_LINKS or (linked and before in _AND)
        if linked:
            names.append(sig.places[sig.place_at[k]].place.name)
    return frozenset(names)


def find_denials(sentences: Sentences, lex: CompiledLexicon, published: datetime | None) -> list[Denial]:
    """Return each sentence that contests a change, with the places it names and who denies.

    No places when it names "the city" (the denial then holds for the sentences around it).
    The deniers are the watched sides named before the denial ("L'armée conteste").
    """
    out: list[Denial] = []
    for n, text in enumerate(sentences.texts()):
        matches = [
            m
            for m in lex.denial.finditer(text)
            if not UNVERIFIED.search(m.group(0))
            and not recent_state_within(text, lex, published, m.start(), m.end())
        ]
        if matches and _of_an_earlier_year(text, published):  # (looked at where a denial is: few)
            continue  # "X avait été le théâtre de combats en 2019, lorsque l'armée avait repoussé…"
        sig = sentences.signature(n) if matches else None
        spans = [sig.span(m) for m in matches] if sig is not None else []
        bearing = [i for i, j in spans
                   if sig is not None and denial_bears_on_change(sig, lex, i, j) and not _negated(sig, i, j)]
        if sig is not None and bearing:
            names = frozenset() if CITY.search(text) else frozenset(m.place.name for m in sig.places)
            after = _named_after(sig, bearing[0])
            before = range(bearing[0])
            deniers = frozenset(sig.actors[sig.actor_at[k]].actor for k in before if k in sig.actor_at)
            out.append(Denial(n, names, deniers, after))
    return out
