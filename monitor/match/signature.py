"""Turn a sentence into a signature: folded tokens with watched places and actors as placeholders.

`Les talibans se sont emparés de Kaboul.` becomes the tokens
`les @a0 se sont empares de @p0 .`, so that the expressions of `monitor.match.expressions`
only have to name words, and the detector reasons over token positions.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate
from operator import add
from typing import Any

from monitor.match.normalize import byte_table, translate

# A number with thousands separators is one token ("50.000", "3,000"), and so is a month shortened
# in agency style ("Aug. 31", "Sept. 28"): their dot is no sentence stop.
TOKEN = re.compile(
    r"@[pa]\d+|\d{1,3}(?:[.,]\d{3})+(?!\d)|(?:jan|feb|aug|sept?|oct|nov|dec)\.(?!\w)|\w+|[^\w\s]"
)


# The words before a dot that `TOKEN` keeps with it ("aug."): the one mark a word is not split from.
_MONTH_STOPS = frozenset(("jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec"))
_JOINED = "_@"  # a word character, and the sign of a placeholder: their pieces go through `TOKEN`


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[str]:
    """Return `TOKEN.findall(text, start, end)`: the words, placeholders and other characters.

    No token spans a blank, so the span is split at blanks in C first (`str.split` and `\\s`
    know the same blanks); a piece of letters and digits alone, most pieces, is one word, and
    only the others go through `TOKEN`. One `findall` over the whole span tries the regex at
    every character: this takes ~40% fewer instructions. A word with one mark after or before
    it ("kabul,", "«la"), most of the other pieces, is two tokens (`\\w` is `isalnum` or "_"):
    split by hand, where a `findall` of its own cost about three times as much.
    """
    out: list[str] = []
    findall = TOKEN.findall
    for piece in text[start:end].split():
        if piece.isalnum():
            out.append(piece)
        elif (word := piece[:-1]).isalnum() and piece[-1] not in _JOINED and word not in _MONTH_STOPS:
            out += (word, piece[-1])
        elif (word := piece[1:]).isalnum() and piece[0] not in _JOINED:
            out += (piece[0], word)
        else:
            out += findall(piece)
    return _drop_day_numbers(out) if "(" in out else out


# The weekday's last word before the day of the month that Brazilian papers put in brackets:
# "ocupou nesta quinta-feira (25) a Vila X", "no domingo (28)". The bracket would end the clause
# (a stop) between the verb and its object; the weekday dates the sentence without it.
_WEEKDAY_ENDS = frozenset(("feira", "sabado", "domingo"))


def _drop_day_numbers(tokens: list[str]) -> list[str]:
    """Return `tokens` without a bracketed day number right after a Portuguese weekday."""
    out: list[str] = []
    x = 0
    while x < len(tokens):
        if (
            tokens[x] == "("
            and out
            and out[-1] in _WEEKDAY_ENDS
            and x + 2 < len(tokens)
            and tokens[x + 2] == ")"
            and tokens[x + 1].isdigit()
            and len(tokens[x + 1]) <= 2
        ):
            x += 3
            continue
        out.append(tokens[x])
        x += 1
    return out


_KEEP = {"à": "à", "À": "à", "ä": "ä", "Ä": "ä", "ö": "ö", "Ö": "ö", "ü": "ü", "Ü": "ü", "ß": "ß"}


class _FoldTable(dict[int, str]):
    """str.translate table filled on first sight of each character."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        if ch in _KEEP:
            out = _KEEP[ch]
        elif ch.isascii():
            out = " " if ch in "-'`" else ch.lower()
        else:
            base = unicodedata.normalize("NFD", ch)[0].lower()[:1] or " "
            out = " " if base in "‐‑–—’´‘" else base
        self[code] = out
        return out


_FOLD = _FoldTable()
_ASCII_FOLD = byte_table(_FOLD)


def fold(text: str) -> str:
    """Lowercase, strip accents, and turn dashes and apostrophes into spaces, one char per char.

    `à` (French/Portuguese "to", not "a" = has) and the German umlauts (`würde` is not `wurde`)
    are kept.
    """
    return translate(text, _FOLD, _ASCII_FOLD)


# A dash between blanks ("X – Y", "X - Y"), and the blanks after it.
_SPACED_DASH = re.compile(r"(?<=\s)[-‐‑–—]\s+")


def headline_dash_as_colon(doc: str, folded: str, headline_end: int, place_starts: Collection[int]) -> str:
    """Return `folded` with each spaced dash of the headline (doc[:headline_end]) that a watched
    place follows turned into a colon.

    `fold` turns dashes into blanks, so "Übergang nach Alsen – Y in preußischer Hand" reads as one
    clause and its second half is no verbless headline; a colon keeps the two apart, as in
    "Birma: Y in der Hand der Rebellen". A dash before anything else stays a blank: "Bewaffnete
    ziehen aus X ab – Bundespolizei rückt ein" enters X, named before the dash. Offsets stay the
    same (one character for one).
    """
    cuts = [m.start() for m in _SPACED_DASH.finditer(doc, 0, headline_end) if m.end() in place_starts]
    if not cuts:
        return folded
    chars = list(folded)
    for x in cuts:
        chars[x] = ":"
    return "".join(chars)


@dataclass(slots=True)
class Signature:
    """One sentence as tokens; `places[i]`/`actors[i]` are the mentions behind `@p<i>`/`@a<i>`."""

    tokens: list[str]
    text: str  # the tokens joined by single spaces
    starts: list[int]  # character offset of each token in `text`
    places: list[Any]
    actors: list[Any]
    place_at: dict[int, int]  # token index -> place mention index
    actor_at: dict[int, int]  # token index -> actor mention index

    def index(self, char: int) -> int:
        """Return the index of the token at character offset `char` of `text`."""
        return bisect_right(self.starts, char) - 1

    def at(self, rx: re.Pattern[str], k: int) -> re.Match[str] | None:
        """Match `rx` starting exactly at token `k`."""
        if k < 0:
            return None
        try:  # the rules ask this ~150 times an article: no len() when the token is there
            return rx.match(self.text, self.starts[k])
        except IndexError:
            return None

    def matching(self, rx: re.Pattern[str], lo: int = 0, hi: int | None = None
                 ) -> Iterator[tuple[int, re.Match[str]]]:
        """Yield (k, `at(rx, k)`) for each token k of [lo, hi) where `rx` matches, in order.

        A rule that asks `at` token by token over a sentence asks ~30 times for a word that is
        rarely there. `search` goes in C to the first place `rx` matches from a token start on
        (the match it finds there is the one `at` finds: `match` from that offset); places that
        are no token start are passed over.
        """
        starts = self.starts
        hi = len(starts) if hi is None else min(hi, len(starts))
        lo = max(lo, 0)
        if lo >= hi:
            return
        last = starts[hi - 1]
        search, text = rx.search, self.text
        pos = starts[lo]
        while (m := search(text, pos)) is not None and (at := m.start()) <= last:
            k = bisect_right(starts, at) - 1
            if starts[k] == at:
                yield k, m
            if k + 1 >= hi:
                return
            pos = starts[k + 1]

    def span(self, m: re.Match[str]) -> tuple[int, int]:
        """Return the token range [i, j) a match of `text` covers."""
        return self.index(m.start()), self.index(m.end() - 1) + 1


def make_signature(
    text: str, start: int, end: int, places: Sequence[Any], actors: Sequence[Any], folded: str | None = None
) -> Signature:
    """Build the signature of text[start:end], given mentions with document offsets.

    Overlapping mentions keep the longest; places win ties against actors. `folded` is
    `fold(text)` when the caller has it already.
    """
    folded = fold(text) if folded is None else folded
    spans = [(m.start, m.end, "p", m) for m in places if start <= m.start and m.end <= end]
    spans += [(m.start, m.end, "a", m) for m in actors if start <= m.start and m.end <= end]
    if len(spans) > 1:
        spans.sort(key=lambda s: (s[0], -(s[1] - s[0]), s[2] != "p"))
    chosen: list[tuple[int, int, str, Any]] = []
    for s in spans:
        if not chosen or s[0] >= chosen[-1][1]:
            chosen.append(s)
    tokens: list[str] = []
    sig_places: list[Any] = []
    sig_actors: list[Any] = []
    place_at: dict[int, int] = {}
    actor_at: dict[int, int] = {}
    pos = start
    for s_start, s_end, kind, mention in chosen:
        tokens += tokenize(folded, pos, s_start)
        if kind == "p":
            place_at[len(tokens)] = len(sig_places)
            tokens.append(f"@p{len(sig_places)}")
            sig_places.append(mention)
        else:
            actor_at[len(tokens)] = len(sig_actors)
            tokens.append(f"@a{len(sig_actors)}")
            sig_actors.append(mention)
        pos = s_end
    tokens += tokenize(folded, pos, end)
    # Token k starts after the k tokens before it and their k spaces.
    starts = list(map(add, accumulate(map(len, tokens), initial=0), range(len(tokens))))
    return Signature(tokens, " ".join(tokens), starts, sig_places, sig_actors, place_at, actor_at)


class Sentences:
    """The sentences of one article, each turned into its signature (or just its text) when asked.

    Most sentences of an article name no watched place or actor: their signature would be
    their tokens alone, and only a few rules read them at all, so nothing is built for them
    until one does.
    """

    def __init__(
        self,
        doc: str,
        folded: str,
        spans: Sequence[tuple[int, int]],
        places: Sequence[Any],
        actors: Sequence[Any],
    ) -> None:
        self.doc, self.folded, self.spans = doc, folded, spans
        self.places, self.actors = places, actors
        self.naming = naming_sentences(spans, places, actors)  # in order
        self._sigs: list[Signature | None] = [None] * len(spans)
        self._texts: list[str | None] = [None] * len(spans)
        self._joined: str | None = None

    def signature(self, n: int) -> Signature:
        """Return the signature of sentence `n`."""
        sig = self._sigs[n]
        if sig is None:
            start, end = self.spans[n]
            sig = self._sigs[n] = make_signature(self.doc, start, end, self.places, self.actors, self.folded)
        return sig

    def text(self, n: int) -> str:
        """Return the `text` of sentence `n`'s signature (its tokens, without building the rest)."""
        text = self._texts[n]
        if text is None:
            sig = self._sigs[n]
            if sig is not None or n in self.naming:
                text = self.signature(n).text
            else:  # no mention: the signature is its tokens
                start, end = self.spans[n]
                text = " ".join(tokenize(self.folded, start, end))
            self._texts[n] = text
        return text

    def texts(self) -> Iterator[str]:
        """Yield every sentence's signature text, in order."""
        return (self.text(n) for n in range(len(self.spans)))

    def joined(self) -> str:
        """Return every sentence's signature text, one a line.

        A token pattern (`expressions.tokens_rx`) whose pieces are words, blanks, `\\w` and `\\S`
        crosses no line break: it matches here when it matches in some sentence, found in one
        search rather than one a sentence.
        """
        if self._joined is None:
            self._joined = "\n".join(self.texts())
        return self._joined


def naming_sentences(spans: Sequence[tuple[int, int]], *mentions: Sequence[Any]) -> tuple[int, ...]:
    """Return, in order, the indices of the sentences that hold a whole mention (as `make_signature`
    counts them: from its first character to its last within the sentence)."""
    starts = [s for s, _e in spans]
    found = set()
    for group in mentions:
        for m in group:
            n = bisect_right(starts, m.start) - 1
            if n >= 0 and m.end <= spans[n][1]:
                found.add(n)
    return tuple(sorted(found))
