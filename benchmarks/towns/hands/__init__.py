"""The hands that write a town's texts, each with phrase banks written separately.

`kort`: professional notes in telegram style; `verhaal`: residents' long spoken stories;
`rommelig`: WhatsApp style with spelling mistakes, regional words and English. `gemengd` mixes
the three by source (notes from home visits, stories on the phone, messy public reports).
"""

from __future__ import annotations

from benchmarks.towns.hands.kort import HAND as KORT
from benchmarks.towns.hands.rommelig import HAND as ROMMELIG
from benchmarks.towns.hands.verhaal import HAND as VERHAAL
from benchmarks.towns.texts import Hand, MixedHand, Writer

HANDS: dict[str, Hand] = {hand.name: hand for hand in (KORT, VERHAAL, ROMMELIG)}
TOWNS: tuple[str, ...] = (*HANDS, "gemengd")


def writer_for(town: str) -> Writer:
    """The writer of a town name (a hand or the mix)."""
    if town == "gemengd":
        return MixedHand(HANDS)
    if town not in HANDS:
        raise ValueError(f"onbekende stad {town!r}; kies uit {', '.join(TOWNS)}")
    return HANDS[town]
