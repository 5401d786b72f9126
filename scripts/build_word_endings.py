"""Write monitor/data/word_endings.tsv: word endings that tell the six languages apart.

Usage: python scripts/build_word_endings.py  (needs simplemma, a dependency; ~10 s)

A headline has few small words, so `language_id` also reads its longer words' endings
("-aram", "-ungen", "-ieron"). Each three- and four-letter ending of the word forms in
simplemma's dictionaries is counted per language; an ending is kept when it is frequent
(MIN_COUNT forms) and one language has most of it (MIN_SHARE of the six languages' shares,
each language's count divided by its number of forms). The file lists each kept ending with
the languages holding at least 15% of it and their shares.
"""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

from simplemma.strategies.dictionaries.dictionary_factory import DefaultDictionaryFactory

LANGS = ("en", "fr", "es", "de", "pt", "it")
LENGTHS = (3, 4)
MIN_WORD = 4
MIN_COUNT = 100
MIN_SHARE = 0.7
MIN_LISTED = 0.15
OUT = Path(__file__).resolve().parent.parent / "monitor" / "data" / "word_endings.tsv"


def count_endings(lang: str) -> tuple[int, Counter[str]]:
    """Return the number of word forms of `lang`'s dictionary and the count of each ending."""
    dictionary = DefaultDictionaryFactory(cache_max_size=1).get_dictionary(lang)
    counts: Counter[str] = Counter()
    forms = 0
    for form in dictionary:
        word = form.lower()
        if len(word) < MIN_WORD or not word.isalpha():
            continue
        forms += 1
        counts.update(word[-k:] for k in LENGTHS)
    del dictionary
    gc.collect()  # the German dictionary alone takes ~110 MB
    return forms, counts


def main() -> None:
    per_lang = {lang: count_endings(lang) for lang in LANGS}
    endings = sorted({e for _n, counts in per_lang.values() for e in counts})
    lines = []
    for ending in endings:
        if sum(counts[ending] for _n, counts in per_lang.values()) < MIN_COUNT:
            continue
        rates = {lang: counts[ending] / forms for lang, (forms, counts) in per_lang.items()}
        total = sum(rates.values())
        shares = {lang: rate / total for lang, rate in rates.items()}
        if max(shares.values()) < MIN_SHARE:
            continue
        listed = ",".join(f"{lang}:{share:.2f}" for lang, share in shares.items() if share >= MIN_LISTED)
        lines.append(f"{ending}\t{listed}\n")
    OUT.write_text("# ending<TAB>language:share,… (scripts/build_word_endings.py)\n" + "".join(lines),
                   encoding="utf-8")
    print(f"{len(lines)} endings -> {OUT}")


if __name__ == "__main__":
    main()
