"""An aside between commas, passed over when a verb's subject is looked for (pure).

"Polish troops, who had been outflanked from the north, left the city", "les troupes
éthiopiennes, démoralisées par la défaite du lac Ashangi, s'étaient repliées vers le sud",
"I turchi, dopo aver tentato di resistere sulle alture, l'hanno abbandonata": the subject
stands before the aside. `control.Detector._side_left` skips it with `aside_start`.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.match.words import STOP

MAX_ASIDE = 14  # tokens between the two commas


def aside_start(tokens: Sequence[str], k: int) -> int | None:
    """Return the index of the comma opening an aside that the comma at `k` closes, or None.

    The opening comma is at most `MAX_ASIDE` tokens before, with no sentence stop between and a
    word before it (the aside follows its subject, it does not open the sentence).
    """
    if tokens[k] != ",":
        return None
    for m in range(k - 1, max(0, k - MAX_ASIDE - 1), -1):
        if tokens[m] in STOP:
            return None
        if tokens[m] == ",":
            return m if m > 0 and tokens[m - 1] not in STOP and tokens[m - 1] != "," else None
    return None
