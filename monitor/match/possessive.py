"""The holder of "X is now under their control": the side the possessive stands for (pure).

"Les Forces armées nationales tchadiennes poursuivent leur offensive. … Faya-Largeau … est
désormais sous leur contrôle", "Al-Shabaab lanzó la ofensiva. Kismayo está ahora bajo su
control": the possessive in a fall ("under their control", "sous leur contrôle", "bajo su
control", "sotto il loro controllo", "sob o seu controlo") names the side last named before
it, in the sentence or in the article so far. `reading.read_sentence` asks `possessive_holder`
when the fall names no holder; our ("sous notre contrôle") is the speaker's, left to the rest.
"""

from __future__ import annotations

from collections.abc import Sequence

from monitor.match.holders import Sides
from monitor.match.signature import Signature
from monitor.model import Actor, Place

# Third-person possessives of the six languages (folded), as they stand in a fall's words.
THIRD_PERSON = frozenset(
    ("its", "their", "his", "son", "sa", "ses", "leur", "leurs", "su", "sus", "suo", "sua", "suoi", "sue",
     "loro", "seu", "seus", "suas", "ihrer", "ihre", "seiner")
)


def possessive_holder(
    sig: Signature, i: int, j: int, k: int, place: Place, det: Sides, context: Sequence[Actor]
) -> Actor | None:
    """Return the side a possessive in the fall at tokens [i, j) of the place at `k` stands for.

    The last watched actor named before the fall in its sentence, else in the article so far
    (`context`, the last one last), if it can hold the place; None when another watched place
    stands between the place and the fall ("Après X, tombé dimanche, c'est Y qui est désormais
    sous leur contrôle": Y's fall, not X's).
    """
    if not any(sig.tokens[x] in THIRD_PERSON for x in range(i, j)):
        return None
    if k > i or any(x in sig.place_at for x in range(k + 1, i)):
        return None
    before = [sig.actors[sig.actor_at[x]].actor for x in range(i) if x in sig.actor_at]
    for actor in reversed([*context, *before]):
        return actor if det.valid(actor, place) else None
    return None
