"""Numbers as Dutch readers write them: a decimal comma ('0,3'), in text built outside templates."""

from __future__ import annotations


def dutch_number(value: float, spec: str = "g") -> str:
    """`value` formatted with `spec` ('g', '.1f', …) and a decimal comma."""
    return format(value, spec).replace(".", ",")


def counted(n: int, singular: str, plural: str) -> str:
    """`1 rij`, `3 rijen`: a count with its noun in the right number, for Dutch text built outside
    templates (instead of `rij(en)`)."""
    return f"{n} {singular if n == 1 else plural}"
