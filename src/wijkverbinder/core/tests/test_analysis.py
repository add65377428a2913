"""Wijkanalyse in core: suppression (primary and secondary), the cube's exact household counts,
CSV cells that cannot become formulas, legend classes, sparklines and the change wording."""

from __future__ import annotations

import csv
import io

from hypothesis import given, settings
from hypothesis import strategies as st

from wijkverbinder.core.analysis import choropleth
from wijkverbinder.core.analysis.cube import ALL, Cube, WeekRow
from wijkverbinder.core.analysis.safe_csv import safe_cell, write_csv
from wijkverbinder.core.analysis.sparkline import sparkline
from wijkverbinder.core.analysis.suppression import Equation, leaks, primary, protect
from wijkverbinder.core.analysis.trend import change


def test_primary_hides_one_to_four_households_and_shows_zero() -> None:
    assert primary({"a": 0, "b": 1, "c": 4, "d": 5}) == {"b", "c"}


def test_one_hidden_part_makes_a_second_part_hidden() -> None:
    equation = Equation("total", ("a", "b", "c"))
    size = {"total": 30, "a": 3, "b": 12, "c": 15}
    hidden = protect([equation], {"a"}, size)
    assert hidden == {"a", "b"}  # the smallest shown part, so total - shown does not give a away
    assert leaks([equation], hidden, size) == []


def test_one_hidden_part_and_no_other_part_hides_the_total() -> None:
    equation = Equation("total", ("a",))
    assert protect([equation], {"a"}, {"total": 3, "a": 3}) == {"a", "total"}


def test_hidden_parts_of_one_signal_each_are_protected() -> None:
    """Two hidden parts whose sum (total - shown) is 2 must each be 1: hide one more."""
    equation = Equation("total", ("a", "b", "c"))
    size = {"total": 22, "a": 1, "b": 1, "c": 20}
    hidden = protect([equation], {"a", "b"}, size)
    assert "c" in hidden or "total" in hidden
    assert leaks([equation], hidden, size) == []


def test_secondary_suppression_runs_through_linked_additions() -> None:
    """Hiding a part of one addition can expose another; the loop goes on until none leaks."""
    equations = [
        Equation("wijk", ("b1", "b2")),
        Equation("gemeente", ("wijk", "wijk2")),
    ]
    size = {"wijk": 20, "b1": 2, "b2": 18, "wijk2": 40, "gemeente": 60}
    hidden = protect(equations, {"b1"}, size)
    assert leaks(equations, hidden, size) == []
    assert {"b1", "b2"} <= hidden


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=12), min_size=1, max_size=7))
def test_no_single_hidden_cell_can_be_worked_out_from_the_total(parts: list[int]) -> None:
    """Property: after `protect`, total - shown parts never equals one hidden part alone."""
    keys = [f"p{i}" for i in range(len(parts))]
    size = dict(zip(keys, parts, strict=True)) | {"total": sum(parts)}
    households = dict(size)  # one household per signal: the strictest case
    equation = Equation("total", tuple(keys))
    hidden = protect([equation], primary(households), size)
    assert leaks([equation], hidden, size) == []
    if "total" not in hidden:
        hidden_parts = [k for k in keys if k in hidden]
        assert len(hidden_parts) != 1
        if hidden_parts:
            assert sum(size[k] for k in hidden_parts) > len(hidden_parts)


def _cube(rows: list[WeekRow], period_blocks: int = 3) -> Cube:
    cube = Cube(period_blocks=period_blocks)
    cube.add(rows)
    return cube


def _keys(*names: str) -> tuple[str, ...]:
    return tuple(sorted(names))[:5]


def test_households_are_not_added_over_weeks() -> None:
    """One household reporting in five weeks is one household: its cell is hidden, although the
    weekly counts add up to five."""
    rows = [WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, 1, _keys("a")) for _ in range(5)]
    cube = _cube(rows)
    assert cube.households(("BU1", "overlast.geluid", "P")) == 1
    cube.suppress()
    assert cube.value("BU1", "overlast.geluid", "P") is None
    assert cube.value("WK1", ALL, "P") is None  # the same one household at every level


def test_five_smallest_keys_decide_exactly() -> None:
    """Weeks of 3 + 3 households with one in common: 5 households, shown; with two in common: 4,
    hidden — although each week keeps only its own keys."""
    five = [
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, 3, _keys("a", "b", "c")),
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 1, 3, _keys("c", "d", "e")),
    ]
    assert _cube(five).households(("BU1", "overlast.geluid", "P")) == 5
    four = [
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, 3, _keys("a", "b", "c")),
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 1, 3, _keys("b", "c", "d")),
    ]
    assert _cube(four).households(("BU1", "overlast.geluid", "P")) == 4


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sets(st.sampled_from("abcdefghij"), min_size=1, max_size=8), min_size=1, max_size=6)
)
def test_five_smallest_keys_per_week_give_the_exact_decision(weeks: list[set[str]]) -> None:
    """Property: from the five smallest keys of each week, the cube's count is the true count of
    the union below five, and five or more exactly when the union has five or more."""
    rows = [WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, len(w), _keys(*w)) for w in weeks]
    truth = len(set().union(*weeks))
    counted = _cube(rows).households(("BU1", "overlast.geluid", "P"))
    assert counted == min(truth, 5)


def test_a_cell_with_five_households_in_one_week_is_shown() -> None:
    rows = [
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, 6, _keys(*"abcde")),
        WeekRow("BU2", "WK1", "GM1", "overlast.geluid", 0, 9, _keys(*"fghij")),
    ]
    cube = _cube(rows)
    cube.suppress()
    assert cube.value("BU1", "overlast.geluid", "P") == 6
    assert cube.value("WK1", "overlast.geluid", "P") == 15
    assert cube.value("WK1", "g:overlast", 0) == 15


def test_cube_hides_a_buurt_and_protects_it_in_the_wijk_total() -> None:
    rows = [
        WeekRow("BU1", "WK1", "GM1", "overlast.geluid", 0, 3, _keys("a", "b", "c")),
        WeekRow("BU2", "WK1", "GM1", "overlast.geluid", 0, 9, _keys(*"defghij")),
        WeekRow("BU3", "WK1", "GM1", "overlast.geluid", 0, 12, _keys(*"klmnopqrs")),
    ]
    cube = _cube(rows)
    hidden = cube.suppress()
    assert cube.value("BU1", "overlast.geluid", "P") is None
    shown = [cube.value(b, "overlast.geluid", "P") for b in ("BU2", "BU3")]
    total = cube.value("WK1", "overlast.geluid", "P")
    assert total is None or None in shown
    assert leaks(cube.equations(), hidden, cube.signals) == []


def test_safe_cells_neutralise_formula_starts() -> None:
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert safe_cell(f"{start}HYPERLINK(1)").startswith("'")
    assert safe_cell("Rozenhof") == "Rozenhof"
    assert safe_cell(-20) == "-20"  # a number stays a number
    text = write_csv(["gebied"], [["=1+1"], ["@SUM(A1)"], ["Wijk W"]])
    cells = [row[0] for row in csv.reader(io.StringIO(text))]
    assert cells == ["gebied", "'=1+1", "'@SUM(A1)", "Wijk W"]


def test_legend_classes_are_rounded_and_ordered() -> None:
    legend = choropleth.classes([6.4, 13.0, 13.1, 13.1, 14.1, 17.3])
    lows = [item.low for item in legend]
    assert lows == sorted(lows)
    assert lows[0] == 0
    assert choropleth.class_of(17.3, legend) is legend[-1]
    assert choropleth.classes([])[0].label == "0 en meer"


def test_legend_classes_do_not_share_a_bound() -> None:
    legend = choropleth.classes([1.0, 15.0, 15.0, 15.2, 15.4, 16.0, 30.0])
    labels = [item.label for item in legend]
    assert labels[0] == "0 tot 15"  # not "0 – 15" next to "15 – 16": 15 is in one class only
    assert labels[1].startswith("15 tot ")
    assert choropleth.class_of(15.0, legend) is legend[1]
    assert labels[-1].endswith(" en meer")


def test_sparkline_breaks_at_hidden_values() -> None:
    svg = sparkline([3.0, 5.0, None, 4.0, 6.0])
    assert svg.count("<polyline") == 2
    assert 'aria-hidden="true"' in svg
    assert sparkline([None, None]) == ""


def test_change_wording_never_claims_more_than_the_numbers() -> None:
    assert change(current=3, current_weeks=12, past=4, past_weeks=52).ratio is None
    assert "te weinig" in change(current=3, current_weeks=12, past=4, past_weeks=52).wording
    assert "korte" in change(current=30, current_weeks=12, past=40, past_weeks=8).wording
    same = change(current=12, current_weeks=12, past=52, past_weeks=52)
    assert same.wording.startswith("ongeveer gelijk")
    up = change(current=24, current_weeks=12, past=52, past_weeks=52)
    assert up.percent == 100
    assert "hoger" in up.wording
