"""The prefix lookahead of a trigger family: it changes no match, only skips tokens."""

from __future__ import annotations

import re

from monitor.match.expressions import LANGUAGES, TRIGGERS, get_lexicon, tokens_rx
from monitor.match.expressions.firsts import lookahead, prefixes
from monitor.match.one_pass import scan_every_family


def test_prefixes_of_words_groups_and_classes() -> None:
    assert prefixes(r"overr[au]n|seiz(?:e|ed)|(?:re)?took|a", 2) == {"ov", "se", "re", "to", "a"}
    assert prefixes(r"[bm]ombed|(?<!not )shelled", 2) == {"bo", "mo", "sh"}  # a lookbehind adds nothing
    assert prefixes(r"x{0,3}y|z\w+", 2) == {"xx", "xy", "y", "z"}  # "z" and then anything
    assert prefixes(r"(?:\S+ )?fled") is None  # any character may start it
    assert prefixes(r"(?:the )?") is None  # may match nothing: anywhere
    assert prefixes(r"(?i)fled") is None  # case folded: not read
    assert lookahead(r"seized|seiz(?:e|ed)|took|a|x{0,3}y") == "(?=a|sei|too|x(?:x[xy]|y)|y)"


def test_lookahead_changes_no_match() -> None:
    assert lookahead(r"(?:\S+ )?withdrew") == ""  # "\S+" may start it: no lookahead
    words = r"(?:re)?captur(?:e|ed)|overr[au]n(?= @p\d)|pulled out"
    fast = re.compile(rf" {lookahead(words)}(?:{words})(?!\S)")
    plain = re.compile(rf" (?:{words})(?!\S)")
    text = " militias recaptured @p0 and overran @p1 before the army pulled out of overrun camps"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert len(fast.findall(text)) == 3


def test_every_family_keeps_its_matches() -> None:
    sentence = " les @a0 se sont empares de @p0 , puis ont repris @p1 apres le retrait des @a1 ."
    for lang in LANGUAGES:
        lex = get_lexicon(lang)
        for family in TRIGGERS:
            plain = re.compile(rf" (?:{getattr(lex.lex, family)})(?!\S)")
            assert lex.triggers(family, sentence[1:]) == [
                (m.start(), m.end() - 1, m.group(0)[1:]) for m in plain.finditer(sentence)
            ]


def test_token_patterns_match_as_before_at_every_token() -> None:
    words = r"pres|cerca|vicino|perto|proche|close(?= to)|[0-9]+ km"
    fast, plain = tokens_rx(words), re.compile(rf"(?<!\S)(?:{words})(?!\S)")
    assert "(?=" in fast.pattern
    text = "a 12 km pres de @p0 , close to @p1 , not closer to it"
    starts = [0, *(k + 1 for k, ch in enumerate(text) if ch == " ")]
    assert [bool(fast.match(text, k)) for k in starts] == [bool(plain.match(text, k)) for k in starts]
    assert [m.group(0) for m in fast.finditer(text)] == ["12 km", "pres", "close"]


# Sentences as signatures, in every language, with the triggers of several families and words
# that share their first three letters but not the next two ("captain", "seizième", "retirement").
SIGNATURES = [
    "the @a0 captured @p0 on sunday after the army withdrew ; the captain said @p1 fell too",
    "rebels seized and recaptured @p0 , then entered @p1 ; the seizure of @p2 followed its fall",
    "les @a0 se sont empares de @p0 , puis ont repris @p1 apres le retrait des @a1 du seizieme",
    "die @a0 haben @p0 eingenommen und sind in @p1 einmarschiert ; die armee zog sich zuruck",
    "los @a0 tomaron @p0 y entraron en @p1 tras la retirada del ejercito ; la toma de @p2",
    "gli @a0 hanno conquistato @p0 e sono entrati a @p1 dopo il ritiro dell esercito",
    "os @a0 tomaram @p0 e entraram em @p1 apos a retirada do exercito ; a queda de @p2",
    "retirement retired retirees retook retaken retaking ; captains capturing captivity captures",
]


def _span(found: re.Match[str] | None) -> tuple[int, int] | None:
    return found.span() if found is not None else None


def test_five_letter_lookaheads_keep_every_match() -> None:
    """The families' patterns, led by a lookahead on five characters, match where the bare words
    match: at every token (`tokens_rx`), and in a scan of a whole signature (`triggers`)."""
    for lang in LANGUAGES:
        lex = get_lexicon(lang)
        for family in TRIGGERS:
            words = getattr(lex.lex, family)
            plain_tokens = re.compile(rf"(?<!\S)(?:{words})(?!\S)")
            plain_scan = re.compile(rf" (?:{words})(?!\S)")
            for text in SIGNATURES:
                starts = [0, *(k + 1 for k, ch in enumerate(text) if ch == " ")]
                fast = [_span(getattr(lex, family).match(text, k)) for k in starts]
                assert fast == [_span(plain_tokens.match(text, k)) for k in starts]
                assert lex.triggers(family, text) == [
                    (m.start(), m.end() - 1, m.group(0)[1:]) for m in plain_scan.finditer(" " + text)
                ]


def test_the_families_lookahead_reads_five_characters() -> None:
    """A family's lookahead tells "captured" from "captain": its prefixes run to five characters."""
    lex = get_lexicon("en")
    assert "(?=" in lex.spaced["capture"].pattern
    assert lex.capture.match("captain") is None and lex.capture.match("captured") is not None
    found = prefixes(lex.lex.capture, 5) or set()
    assert "captu" in found and max(map(len, found)) == 5
    assert lookahead(lex.lex.capture, 5) in lex.capture.pattern


def test_branches_after_a_lookbehind_lead_the_lookahead_with_it() -> None:
    """A branch that may start with anything, but only after a lookbehind, adds that lookbehind to
    the lookahead of the other branches; a branch with neither, or an optional lookbehind, leaves none."""
    words = r"(?:(?<=@a\d )|(?<=@a\d\d ))(?:\S+ ){0,2}?besetzt|genommen|(?<=x )\w+y"
    assert lookahead(words) == r"(?:(?=gen)|(?<=@a\d )|(?<=@a\d\d )|(?<=x ))"
    assert lookahead(r"(?:(?<=@a\d ))?\S+ besetzt|genommen") == ""
    assert lookahead(r"(?:\S+ )?besetzt|(?<=@a\d )\S+") == ""
    assert lookahead(r"(?i)(?<=@a\d )\S+|genommen") == ""
    fast = re.compile(rf"(?<!\S){lookahead(words)}(?:{words})(?!\S)")
    plain = re.compile(rf"(?<!\S)(?:{words})(?!\S)")
    text = "die @a0 haben stadt besetzt , @a12 halten x bey besetzt und genommen"
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert plain.findall(text) == ["haben stadt besetzt", "bey", "genommen"]


GERMAN = [
    "die @a0 haben die stadt besetzt . @p0 ist von den @a1 besetzt worden und die @a12 haben @p1 besetzt",
    "@p0 ist nun in der hand der @a0 ; @p1 wurde genommen ; @p2 ist in @a0 .",
    "@a0 haben @p0 am sonntag vollständig besetzt und @p1 eingenommen ; in @p2 besetzt",
    "die truppen der @a3 haben @p10 besetzt ; @p11 war besetzt ; @a10 besetzt",
]


def test_german_families_with_lookbehind_branches_keep_every_match() -> None:
    """German captures that follow an actor or a place ("@a0 haben … besetzt") are guarded by its
    lookbehind: every family matches where its bare words match, in the one-pass scan too."""
    lex = get_lexicon("de")
    assert r"(?<=@a\d )" in lex.spaced["capture"].pattern
    for family in TRIGGERS:
        words = getattr(lex.lex, family)
        plain_tokens = re.compile(rf"(?<!\S)(?:{words})(?!\S)")
        plain_scan = re.compile(rf" (?:{words})(?!\S)")
        for text in [*GERMAN, *SIGNATURES]:
            starts = [0, *(k + 1 for k, ch in enumerate(text) if ch == " ")]
            fast = [_span(getattr(lex, family).match(text, k)) for k in starts]
            assert fast == [_span(plain_tokens.match(text, k)) for k in starts]
            expected = [(m.start(), m.end() - 1, m.group(0)[1:]) for m in plain_scan.finditer(" " + text)]
            assert lex.triggers(family, text) == expected
            assert scan_every_family(lex, text)[family] == expected
    assert lex.triggers("capture", GERMAN[0])
