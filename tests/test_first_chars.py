"""`Signature.at` skips a pattern at a token that cannot begin its match, and only then."""

from __future__ import annotations

import re

import pytest

from monitor.match.expressions import FAMILIES, LANGUAGES, get_lexicon
from monitor.match.signature import first_chars, make_signature


@pytest.mark.parametrize(
    ("pattern", "chars"),
    [
        (r"(?<!\S)(?:fell|seized?|captured)(?!\S)", set("fsc")),
        (r"(?<!\S)(?:(?:the )?fall|loss) of", set("tfl")),  # an optional first word
        (r"(?:@p\d+|[xyz]) held", set("@xyz")),
        (r"a*b", set("ab")),  # a part that may be left out
        (r"\w+ fell", None),  # a category: any character
        (r"[^a] fell", None),  # a negated class
        (r"(?i:fell)", None),  # case-insensitive letters
        (r"(?:x)?", None),  # may match nothing at all
    ],
)
def test_first_chars_of_a_pattern(pattern: str, chars: set[str] | None) -> None:
    """A pattern's first characters are read through groups, alternatives and assertions, else None."""
    found = first_chars(re.compile(pattern))
    assert found == (None if chars is None else "".join(sorted(chars)))


def test_at_answers_as_the_pattern_does_at_every_token() -> None:
    """Every family of every language gives the same match at each token with or without the filter."""
    text = ("les @a0 se sont empares de @p0 apres la chute de la ville ; the @a1 captured @p1 "
            "after government forces withdrew , die @a0 haben @p0 eingenommen y cayo en manos de")
    sig = make_signature(text, 0, len(text), [], [])
    for lang in LANGUAGES:
        lex = get_lexicon(lang)
        for family in FAMILIES:
            rx = getattr(lex, family)
            for k, start in enumerate(sig.starts):
                expected = rx.match(sig.text, start)
                got = sig.at(rx, k)
                assert (got and got.span()) == (expected and expected.span()), (lang, family, k)
