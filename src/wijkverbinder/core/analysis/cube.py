"""The counts of a wijkanalyse as one cube — area × theme × time — with suppression applied across
the whole cube, so that every page (gemeente, wijk, buurt), period and theme filter hides the same
cells and no page gives away what another hides.

Input: weekly rows (buurt, wijk, gemeente, theme, week's age in blocks of four weeks, signals,
households in that week). Areas roll up buurt → wijk → gemeente, themes leaf → main theme → all
(`*`), time blocks into the chosen period (`P`, the newest `period_blocks` blocks), the year (`Y`,
the newest 13 blocks) and the year before the period (`V`, for the change against the past).

Households cannot be added over weeks or areas (a household may report in several). Each weekly
row therefore brings the keys of its five smallest households (a consistent order: the same key is
the same household everywhere). The union of the rows' keys of a cell reaches five keys exactly when
the cell has at least five households — each of the cell's five smallest households is among the five
smallest of the row it comes from — and below five it is the cell's households themselves. So the
decision "fewer than five households" is exact without going back to the signals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable
from dataclasses import dataclass, field

from wijkverbinder.core.analysis.suppression import THRESHOLD, Equation, primary, protect

YEAR_BLOCKS = 13
ALL = "*"
Node = tuple[str, str, Hashable]


@dataclass(frozen=True)
class WeekRow:
    """One maintained weekly count, placed in the hierarchy; `age` is the block of four weeks
    counted back from the newest (0)."""

    buurt: str
    wijk: str
    gemeente: str
    theme: str
    age: int
    signals: int
    keys: tuple[str, ...]  # the five smallest household keys of the week (all, when fewer)


def group_of(theme: str) -> str:
    """The main-theme node of a theme code (`overlast.geluid` → `g:overlast`; none → `g:`)."""
    return "g:" + theme.split(".", 1)[0] if theme else "g:"


@dataclass
class Cube:
    """Signals, household bounds and the hidden cells of every non-empty node."""

    period_blocks: int
    signals: dict[Node, int] = field(default_factory=lambda: defaultdict(int))
    keys: dict[Node, set[str]] = field(default_factory=lambda: defaultdict(set))
    full: set[Node] = field(default_factory=set)  # cells known to have five households or more
    parents: dict[str, str] = field(default_factory=dict)
    hidden: set[Node] = field(default_factory=set)

    @property
    def period_key(self) -> str:
        """The time key of the chosen period (`Y` when it is the year)."""
        return "Y" if self.period_blocks == YEAR_BLOCKS else "P"

    def times_of(self, age: int) -> list[Hashable]:
        """The time nodes a block belongs to."""
        out: list[Hashable] = []
        if age < YEAR_BLOCKS:
            out += [age, "Y"]
        if age < self.period_blocks and self.period_key == "P":
            out.append("P")
        if self.period_blocks <= age < self.period_blocks + YEAR_BLOCKS:
            out.append("V")
        return out

    def add(self, rows: Iterable[WeekRow]) -> None:
        """Add weekly rows (a buurt's wijk and gemeente are remembered for the roll-up)."""
        for row in rows:
            self.parents[row.buurt] = row.wijk
            self.parents[row.wijk] = row.gemeente
            themes = (row.theme, group_of(row.theme), ALL) if row.theme else ("g:", ALL)
            for area in (row.buurt, row.wijk, row.gemeente):
                for theme in themes:
                    for time in self.times_of(row.age):
                        node = (area, theme, time)
                        self.signals[node] += row.signals
                        if node not in self.full:
                            seen = self.keys[node]
                            seen.update(row.keys)
                            if len(seen) >= THRESHOLD:
                                self.full.add(node)
                                del self.keys[node]

    def households(self, node: Node) -> int:
        """The households of a cell, exactly below the threshold (the threshold itself above)."""
        if node in self.full:
            return THRESHOLD
        return len(self.keys.get(node, ()))

    def equations(self) -> list[Equation[Node]]:
        """Every addition the shown tables contain, over the non-empty nodes."""
        present = set(self.signals)
        children: dict[Node, list[Node]] = defaultdict(list)
        for node in present:
            area, theme, time = node
            if area in self.parents:
                children[(self.parents[area], theme, time)].append(node)
            if theme != ALL:
                up = ALL if theme.startswith("g:") else group_of(theme)
                children[(area, up, time)].append(node)
            if isinstance(time, int):
                children[(area, theme, "Y")].append(node)
                if time < self.period_blocks and self.period_key == "P":
                    children[(area, theme, "P")].append(node)
        # one addition per dimension: split the children of a total by the dimension they vary in
        out: list[Equation[Node]] = []
        for total, parts in children.items():
            for dim in range(3):
                same = tuple(
                    p for p in parts if all(p[i] == total[i] for i in range(3) if i != dim)
                )
                if same:
                    out.append(Equation(total, same))
        return out

    def suppress(self) -> set[Node]:
        """Hide the small cells and what would give them away; returns the hidden nodes."""
        first = primary({node: self.households(node) for node in self.signals})
        self.hidden = protect(self.equations(), first, self.signals)
        return self.hidden

    def seal(self) -> None:
        """Plain dictionaries and no household keys: small, and fit to keep in a cache."""
        self.signals = dict(self.signals)
        self.keys = {}

    def value(self, area: str, theme: str, time: Hashable) -> int | None:
        """Signals in a cell: None when hidden, 0 when empty."""
        node = (area, theme, time)
        if node in self.hidden:
            return None
        return self.signals.get(node, 0)
