"""Team-scoped reads of the wijkanalyse: the page's map table, trends per theme and the area's
collective questions, phase assessments and trajectories.

The numbers come from the stored, suppressed table of the gemeente (`reading`, computed in the
background by `tables`); a hidden cell is None and is shown as "< 5". Rates are signals per 1,000 inhabitants of the buurten. The number of queries does not grow
with the number of buurten (`tests/test_queries.py`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from django.db.models import Q, QuerySet
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from wijkverbinder.accounts.models import Team
from wijkverbinder.accounts.selectors import AnyUser, teams_for_user
from wijkverbinder.analysis.cube_data import Window, window
from wijkverbinder.analysis.reading import StoredCube, read
from wijkverbinder.analysis.scope import Area, area_for_teams
from wijkverbinder.areas.models import Neighbourhood
from wijkverbinder.collective.models import CollectiveQuestion
from wijkverbinder.core.analysis import choropleth
from wijkverbinder.core.analysis.cube import ALL, YEAR_BLOCKS, group_of
from wijkverbinder.core.analysis.sparkline import sparkline
from wijkverbinder.core.analysis.trend import Change, change
from wijkverbinder.core.taxonomy import load_taxonomy
from wijkverbinder.diagnosis.models import PhaseAssessment
from wijkverbinder.trajectories.models import Trajectory

#: period key → (blocks of four weeks, label)
PERIODS: dict[str, tuple[int, str | Promise]] = {
    "12-weken": (3, _("last 12 weeks")),
    "24-weken": (6, _("last 24 weeks")),
    "52-weken": (13, _("last 52 weeks")),
}
DEFAULT_PERIOD = "12-weken"


@dataclass(frozen=True)
class Filters:
    """The page's filters, checked: period key and theme ('' for all, a main theme or a leaf)."""

    period: str = DEFAULT_PERIOD
    theme: str = ""

    @property
    def theme_node(self) -> str:
        """The cube's theme key."""
        if not self.theme:
            return ALL
        return self.theme if "." in self.theme else group_of(self.theme)

    @property
    def blocks(self) -> int:
        """The period in blocks of four weeks."""
        return PERIODS[self.period][0]


def theme_choices() -> list[tuple[str, str]]:
    """'' (all), each main theme, then its leaves, as (code, label)."""
    taxonomy = load_taxonomy()
    out = [("", str(_("All themes")))]
    for theme in taxonomy.themes:
        out.append((theme.code, taxonomy.full_label(theme.code)))
    return out


def theme_problem(theme: str) -> str:
    """A Dutch reason when `theme` is not '', a main theme or a theme; '' when it is fine."""
    if theme and theme not in {code for code, _label in theme_choices()}:
        return f"Onbekend thema {theme[:40]!r}."
    return ""


def period_problem(period: str) -> str:
    """A Dutch reason when `period` is not one of `PERIODS`; '' when it is fine."""
    if period not in PERIODS:
        return f"Onbekende periode {period[:40]!r}; kies uit {', '.join(PERIODS)}."
    return ""


def check_filters(*, period: str, theme: str) -> tuple[Filters, list[str]]:
    """The filters from a query string; unknown values fall back to the default with a message."""
    problems = []
    if period and period_problem(period):
        problems.append(f"{period_problem(period)} De laatste 12 weken worden getoond.")
    if theme_problem(theme):
        problems.append(f"{theme_problem(theme)} Alle thema's worden getoond.")
    period = period if not period_problem(period) else DEFAULT_PERIOD
    theme = theme if not theme_problem(theme) else ""
    return Filters(period, theme), problems


@dataclass(frozen=True)
class MapRow:
    """One buurt (or the area's total) in the map's table twin."""

    code: str
    name: str
    population: int | None
    signals: int | None  # None: hidden (< 5 households)
    rate: float | None
    fill: str
    legend: str
    current: bool = False


@dataclass(frozen=True)
class TrendRow:
    """One theme's series of blocks of four weeks over the year, with the change in the period."""

    theme: str
    label: str
    values: tuple[int | None, ...]
    period_signals: int | None
    change: Change | None
    svg: str


@dataclass
class Wijkanalyse:
    """Everything the page, the report and the API show."""

    area: Area
    filters: Filters
    span: Window
    theme_label: str
    rows: list[MapRow]
    total: MapRow
    legend: list[choropleth.LegendClass]
    trends: list[TrendRow]
    block_labels: list[str]
    first_week: date | None
    questions: list[CollectiveQuestion] = field(default_factory=list)
    assessments: list[PhaseAssessment] = field(default_factory=list)
    trajectories: list[Trajectory] = field(default_factory=list)
    trajectories_total: int = 0
    built_at: datetime | None = None  # when the numbers were computed; None: not yet
    current: bool = True  # False: newer signals are being processed

    @property
    def pending(self) -> bool:
        """Whether the numbers are being computed for the first time (none are shown)."""
        return self.built_at is None

    @property
    def period_label(self) -> str:
        """'laatste 12 weken'."""
        return str(PERIODS[self.filters.period][1])

    @property
    def has_hidden(self) -> bool:
        """Whether any shown cell is hidden."""
        return any(r.signals is None for r in [*self.rows, self.total]) or any(
            v is None for t in self.trends for v in t.values
        )


def _rate(signals: int | None, population: int | None) -> float | None:
    if signals is None or not population:
        return None
    return round(signals * 1000 / population, 1)


def _map_rows(
    cube: StoredCube, area: Area, theme: str
) -> tuple[list[MapRow], MapRow, list[choropleth.LegendClass]]:
    time = cube.period_key
    rates = []
    raw = []
    for buurt in area.map_buurten:
        signals = cube.value(buurt.code, theme, time)
        rate = _rate(signals, buurt.population)
        raw.append((buurt, signals, rate))
        if rate is not None:
            rates.append(rate)
    legend = choropleth.classes(rates)
    rows = []
    for buurt, signals, rate in raw:
        if signals is None:
            fill, label = choropleth.HIDDEN_FILL, "< 5"
        elif rate is None:
            fill, label = choropleth.UNKNOWN_FILL, "inwoners onbekend"
        else:
            item = choropleth.class_of(rate, legend)
            fill, label = item.colour, item.label
        current = area.neighbourhood is not None and buurt.pk == area.neighbourhood.pk
        rows.append(
            MapRow(buurt.code, buurt.name, buurt.population, signals, rate, fill, label, current)
        )
    total_code = area.total_code
    if area.neighbourhood is not None:
        name, population = area.neighbourhood.district.name, _sum_population(area.map_buurten)
    else:
        name, population = area.name, area.population
    signals = cube.value(total_code, theme, time)
    total = MapRow(total_code, name, population, signals, _rate(signals, population), "", "")
    return rows, total, legend


def _sum_population(buurten: tuple[Neighbourhood, ...]) -> int | None:
    counts = [b.population for b in buurten]
    if not counts or any(c is None for c in counts):
        return None
    return sum(c for c in counts if c is not None)


def _trend_themes(cube: StoredCube, area: Area, theme: str) -> list[str]:
    present = cube.themes_at(area.code)
    if theme == ALL:
        return [ALL, *sorted(t for t in present if t.startswith("g:"))]
    if theme.startswith("g:"):
        prefix = theme[2:] + "."
        return [theme, *sorted(t for t in present if t.startswith(prefix))]
    return [theme]


def _label(theme: str) -> str:
    if theme == ALL:
        return str(_("All themes"))
    if theme == "g:":
        return str(_("Without theme"))
    code = theme[2:] if theme.startswith("g:") else theme
    return load_taxonomy().full_label(code)


def _trends(
    cube: StoredCube, area: Area, theme: str, span: Window, first: date | None
) -> list[TrendRow]:
    out = []
    past_weeks = 52
    if first is not None:
        past_weeks = max(0, min(52, (span.period_start - first).days // 7))
    for node in _trend_themes(cube, area, theme):
        values = tuple(cube.value(area.code, node, age) for age in range(YEAR_BLOCKS - 1, -1, -1))
        current = cube.value(area.code, node, cube.period_key)
        past = cube.value(area.code, node, "V")
        if current is None or past is None:
            moved = Change(None, "te weinig huishoudens om te vergelijken")
        else:
            moved = change(
                current=current,
                current_weeks=span.period_blocks * 4,
                past=past,
                past_weeks=past_weeks,
            )
        svg = sparkline([None if v is None else float(v) for v in values])
        out.append(TrendRow(node, _label(node), values, current, moved, svg))
    return out


def _in_area(area: Area) -> Q:
    return Q(neighbourhood__in=[b.pk for b in area.own_buurten])


@dataclass(frozen=True)
class Records:
    """The area's collective questions, phase assessments and trajectories."""

    questions: list[CollectiveQuestion]
    assessments: list[PhaseAssessment]
    trajectories: list[Trajectory]
    trajectories_total: int = 0


#: trajectories listed on a page (the newest); a gemeente may have hundreds
TRAJECTORIES_SHOWN = 25


def linked_records(*, teams: QuerySet[Team], area: Area) -> Records:
    """The area's open and confirmed collective questions, its phase assessments (of its buurten
    and its wijk) and its trajectories that are not closed (the newest `TRAJECTORIES_SHOWN`, with
    their number)."""
    in_area = _in_area(area)
    questions = (
        CollectiveQuestion.objects.filter(in_area, team__in=teams)
        .filter(status__in=[CollectiveQuestion.Status.OPEN, CollectiveQuestion.Status.CONFIRMED])
        .select_related("neighbourhood")
        .order_by("-score", "-id")[:25]
    )
    districts = [area.district.pk] if area.district else [b.district_id for b in area.buurten]
    assessments = (
        PhaseAssessment.objects.filter(team__in=teams)
        .filter(in_area | Q(district__in=districts))
        .select_related("district", "neighbourhood")
        .order_by("-assessed_at", "-id")[:10]
    )
    trajectories = (
        Trajectory.objects.filter(in_area, team__in=teams)
        .exclude(status=Trajectory.Status.CLOSED)
        .select_related("neighbourhood")
        .order_by("-created_at")
    )
    shown = list(trajectories[:TRAJECTORIES_SHOWN])
    total = len(shown) if len(shown) < TRAJECTORIES_SHOWN else trajectories.count()
    return Records(list(questions), list(assessments), shown, total)


def block_labels(span: Window) -> list[str]:
    """'t/m 14-09' per block, oldest first."""
    return [f"t/m {span.block_end(age):%d-%m}" for age in range(YEAR_BLOCKS - 1, -1, -1)]


def working_in(teams: QuerySet[Team], area: Area) -> list[int]:
    """The ids of the teams that work in the area's gemeente: the set of teams whose table the
    page reads (teams elsewhere add nothing to it)."""
    gemeente = area.municipality
    found = teams.filter(
        Q(districts__municipality=gemeente) | Q(neighbourhoods__district__municipality=gemeente)
    )
    return sorted(set(found.values_list("pk", flat=True)))


def wijkanalyse_for_teams(
    *, teams: QuerySet[Team], code: str, filters: Filters, today: date | None = None
) -> Wijkanalyse:
    """The wijkanalyse of an area of the teams (`NotFoundError` for any other area)."""
    area = area_for_teams(teams=teams, code=code)
    theme = filters.theme_node
    team_ids = working_in(teams, area)
    found = read(team_ids=team_ids, area=area, blocks=filters.blocks, theme=theme, today=today)
    records = linked_records(teams=teams, area=area)
    span = found.span if found is not None else window(filters.blocks, today)
    result = Wijkanalyse(
        area=area,
        filters=filters,
        span=span,
        theme_label=_label(theme),
        rows=[],
        total=MapRow(area.total_code, area.name, area.population, None, None, "", ""),
        legend=[],
        trends=[],
        block_labels=block_labels(span),
        first_week=None,
        questions=records.questions,
        assessments=records.assessments,
        trajectories=records.trajectories,
        trajectories_total=records.trajectories_total,
    )
    if found is None:
        return result
    result.rows, result.total, result.legend = _map_rows(found.cube, area, theme)
    result.trends = _trends(found.cube, area, theme, span, found.first_week)
    result.first_week, result.built_at, result.current = (
        found.first_week,
        found.built_at,
        found.current,
    )
    return result


def wijkanalyse_for_user(
    *, user: AnyUser, code: str, filters: Filters, today: date | None = None
) -> Wijkanalyse:
    """The wijkanalyse of an area of the user's teams."""
    return wijkanalyse_for_teams(
        teams=teams_for_user(user=user), code=code, filters=filters, today=today
    )


def areas_for_user(*, user: AnyUser) -> list[tuple[str, str, str]]:
    """The gemeenten, wijken and buurten the user can analyse, as (level, code, name)."""
    from wijkverbinder.accounts.selectors import neighbourhoods_for_user

    out: dict[str, tuple[str, str, str]] = {}
    buurten = neighbourhoods_for_user(user=user).select_related("district__municipality")
    for buurt in buurten.order_by("district__municipality__name", "district__name", "name"):
        gemeente = buurt.district.municipality
        out.setdefault(gemeente.code, ("gemeente", gemeente.code, gemeente.name))
        out.setdefault(buurt.district.code, ("wijk", buurt.district.code, buurt.district.name))
        out.setdefault(buurt.code, ("buurt", buurt.code, buurt.name))
    return list(out.values())


@dataclass(frozen=True)
class BuurtOverview:
    """What the buurt page links to: the buurt's place in the wijkanalyse and its records."""

    analysis: Wijkanalyse
    row: MapRow
    latest_assessment: PhaseAssessment | None


def buurt_overview(*, user: AnyUser, code: str) -> BuurtOverview:
    """The buurt's row in its wijk's analysis (default period, all themes), its questions,
    trajectories and latest phase assessment (of the buurt itself, else of its wijk)."""
    found = wijkanalyse_for_user(user=user, code=code, filters=Filters())
    row = next((r for r in found.rows if r.current), found.total)
    latest = found.assessments[0] if found.assessments else None
    return BuurtOverview(found, row, latest)
