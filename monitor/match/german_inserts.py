"""German relative clauses inserted between an inverted subject and the object.

"Am Montag besetzten japanische Truppen, die zehn Tage zuvor gelandet waren, kampflos Kanton":
in verb-second order the subject may follow the verb and carry a relative clause; the object
comes after the clause's closing comma. `skip_relative` tells where the main clause resumes.
"""

from __future__ import annotations

from monitor.match.signature import Signature
from monitor.match.words import STOP

# Relative pronouns that open the inserted clause (not "da", "als": those open other clauses).
_RELATIVE = frozenset(
    ("der", "die", "das", "dem", "den", "deren", "dessen", "denen", "welche", "welcher", "welches", "welchen")
)
# The longest relative clause looked through, in tokens.
_LONGEST = 20


def skip_relative(sig: Signature, k: int) -> int | None:
    """Return where the main clause resumes when a relative clause opens at the comma at k, else None.

    The clause must close with a comma inside the sentence and end with a verb (its last word
    before the comma is not a place or an actor: "…, die Kanton hielten, …" still closes).
    """
    tokens = sig.tokens
    if k + 1 >= len(tokens) or tokens[k] != "," or tokens[k + 1] not in _RELATIVE:
        return None
    for x in range(k + 2, min(len(tokens), k + 2 + _LONGEST)):
        if tokens[x] in STOP:
            return None
        if tokens[x] == ",":
            last = x - 1
            if last in sig.place_at or last in sig.actor_at or last <= k + 2:
                return None
            return x + 1
    return None
