"""A change told inside a rumour: "Rumours are circulating online that X has fallen", "Se dice que
las FAR tomaron X" (pure).

The rumour noun may stand far before the verb, past the window the blockers are looked for in;
what ties it to the change is the clause it opens ("that", "selon lesquelles", "de que", "secondo
cui"). A rumour asserts nothing, whoever spreads it.
"""

from __future__ import annotations

from monitor.match.signature import Signature
from monitor.match.words import STOP

# Folded rumour and speculation nouns, in the five languages read here (German reads its own
# clause: `german.governor`, "Gerüchte, X sei gefallen").
_RUMOURS = frozenset(
    (
        "rumour", "rumours", "rumor", "rumors", "speculation", "speculations", "hearsay", "rumeur",
        "rumeurs", "bruits", "rumores", "rumorologia", "especulaciones", "voci", "voce", "indiscrezioni",
        "speculazioni", "boatos", "boato", "especulacoes",
    )
)

# What opens the clause a rumour tells: "that", "selon lesquelles", "de que", "secondo cui".
_OPENERS = frozenset(
    ("that", "lesquelles", "lesquels", "laquelle", "lequel", "que", "qu", "cui", "che")
)


# An impersonal "one says" before the opener: hearsay, no source ("Se dice que las FAR tomaron X",
# "on dit que", "si dice che", "diz-se que", "it is said that"; not the German "es heißt", which
# introduces a statement: "es heißt in einer Erklärung der Armee").
_HEARSAY = (
    ("se", "dice"), ("se", "decia"), ("se", "dijo"), ("se", "ha", "dicho"), ("se", "rumorea"),
    ("se", "comenta"),
    ("on", "dit"), ("on", "disait"), ("on", "raconte"), ("on", "murmure"), ("si", "dice"),
    ("si", "diceva"), ("si", "mormora"), ("si", "vocifera"), ("diz", "se"), ("dizia", "se"),
    ("comenta", "se"), ("it", "is", "said"), ("it", "was", "said"), ("it", "has", "been", "said"),
)


def rumoured(sig: Signature, i: int) -> str:
    """Return "a rumour ('<noun>')" when the trigger at i stands in a clause a rumour noun opens,
    "hearsay ('<words>')" when an impersonal "one says" opens it (`_HEARSAY`), else ""."""
    for k in range(i - 1, max(-1, i - 20), -1):
        word = sig.tokens[k]
        if word in STOP:
            return ""
        if word in _OPENERS:
            said = next((h for h in _HEARSAY if tuple(sig.tokens[max(0, k - len(h)) : k]) == h), None)
            if said is not None:
                return f"hearsay ('{' '.join(said)}')"
            for y in range(k - 1, max(-1, k - 11), -1):  # (not "Despite the rumours, it said that …")
                if sig.tokens[y] in STOP or sig.tokens[y] == ",":
                    break
                if sig.tokens[y] in _RUMOURS:
                    return f"a rumour ('{sig.tokens[y]}')"
    return ""
