"""Baseline (c) of issue 9: a space-time permutation scan after Kulldorff (SaTScan's model).

Written for this benchmark from the published method (Kulldorff et al. 2005, "A space-time
permutation scan statistic for disease outbreak detection"); no code of SaTScan is used.

* **Zones** are the places of the other baselines: a street within its buurt, else the buurt.
* **Cylinders** are a spatial set × a time window. Spatial sets are limited to neighbouring
  places: each street alone, each street with its 1, 2 … ``neighbours`` nearest streets of the
  same buurt (by the centroid of its signals' coordinates), and each whole buurt. Time is binned in
  weeks; windows of ``weeks`` lengths start at every week.
* **Expected count** of a cylinder A under the permutation null (space and time independent given
  the margins): μ_A = Σ_{z∈A} Σ_{w∈A} C_z·C_w / C, from the zone and week totals of the stratum.
* **Statistic**: Poisson generalised log-likelihood ratio, for c_A > μ_A,
  LLR = c·ln(c/μ) + (C − c)·ln((C − c)/(C − μ)).
* **Significance**: the signals' weeks are permuted among them (keeping both margins), the scan is
  repeated and the maximum LLR of each replica kept; a cylinder's p-value is the rank of its LLR
  among the replicas' maxima (Monte Carlo, as SaTScan).
* **Output**: cylinders with at least ``min_count`` signals, ranked by (p, −LLR); a cylinder is
  dropped when half of its signals are in one already listed (secondary clusters; SaTScan's
  default of no geographical overlap at all would allow one cluster per street in three years).

Strata: ``all`` scans every signal regardless of theme (matters that span themes, as in the
independent towns); ``family`` scans each theme family separately and ranks the union by p-value.
Both are run by `benchmarks.detection_towns`, so the stronger one can be read off.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

import numpy as np
from scipy import sparse
from scipy.ndimage import maximum_filter1d

_CHUNK = 20_000  # spatial sets per block (bounds memory at 1M signals)
_SEPARATION = 4  # weeks: one candidate window per set within ± this


def _zones(records: list[Any]) -> tuple[np.ndarray, list[str], np.ndarray]:
    """Zone code per record, zone names, buurt code per zone."""
    names: dict[str, int] = {}
    buurten: dict[str, int] = {}
    zone_buurt: list[int] = []
    codes = np.empty(len(records), dtype=np.int64)
    for index, record in enumerate(records):
        buurt = record.neighbourhood or ""
        street = (record.street or "").strip().lower()
        key = f"{buurt}|{street}"
        code = names.get(key)
        if code is None:
            code = names[key] = len(names)
            zone_buurt.append(buurten.setdefault(buurt, len(buurten)))
        codes[index] = code
    return codes, list(names), np.asarray(zone_buurt, dtype=np.int64)


def _spatial_sets(
    records: list[Any],
    zone: np.ndarray,
    zone_names: list[str],
    zone_buurt: np.ndarray,
    neighbours: int,
) -> sparse.csr_matrix:
    """Sets of zones (rows) as a 0/1 sparse matrix: each street with its nearest 0..neighbours
    streets of its buurt, and each buurt whole (when it has more than one zone)."""
    n = len(zone_names)
    lat = np.array([r.lat if r.lat is not None else np.nan for r in records])
    lon = np.array([r.lon if r.lon is not None else np.nan for r in records])
    ok = ~np.isnan(lat)
    sums = np.zeros((n, 3))
    np.add.at(sums, zone[ok], np.stack([lat[ok], lon[ok], np.ones(int(ok.sum()))], axis=1))
    located = sums[:, 2] > 0
    centre = sums[:, :2] / np.maximum(sums[:, 2:3], 1)
    street = np.array([not name.endswith("|") for name in zone_names])
    rows: list[int] = []
    cols: list[int] = []
    seen: set[tuple[int, ...]] = set()
    members = defaultdict(list)
    for z in range(n):
        members[int(zone_buurt[z])].append(z)

    def add(zs: tuple[int, ...]) -> None:
        key = tuple(sorted(zs))
        if key in seen:
            return
        seen.add(key)
        row = len(seen) - 1
        rows.extend([row] * len(key))
        cols.extend(key)

    for zs in members.values():
        zs_arr = np.asarray(zs)
        for z in zs:
            add((z,))
            if not (street[z] and located[z]):
                continue
            others = zs_arr[(zs_arr != z) & street[zs_arr] & located[zs_arr]]
            if len(others) == 0:
                continue
            scale = np.cos(np.radians(centre[z, 0]))
            distance = (centre[others, 0] - centre[z, 0]) ** 2 + (
                (centre[others, 1] - centre[z, 1]) * scale
            ) ** 2
            nearest = others[np.argsort(distance, kind="stable")[:neighbours]]
            for size in range(1, len(nearest) + 1):
                add((z, *(int(x) for x in nearest[:size])))
        if len(zs) > 1:
            add(tuple(zs))
    data = np.ones(len(rows))
    return sparse.csr_matrix((data, (rows, cols)), shape=(len(seen), n))


def _llr(c: np.ndarray, mu: np.ndarray, total: float) -> np.ndarray:
    with np.errstate(divide="ignore", invalid="ignore"):
        rest = total - c
        value = c * np.log(c / mu) + np.where(
            rest > 0, rest * np.log(rest / np.maximum(total - mu, 1e-12)), 0.0
        )
    return np.where((c > mu) & (mu > 0), value, 0.0)


def _scan(
    sets: sparse.csr_matrix,
    zone: np.ndarray,
    week: np.ndarray,
    *,
    shape: tuple[int, int],
    lengths: tuple[int, ...],
    min_count: int,
    top: int,
) -> tuple[float, list[tuple[float, int, int, int]]]:
    """Max LLR and the ``top`` cylinders (llr, set, first week, length) of one stratum."""
    n_zones, n_weeks = shape
    counts = np.bincount(zone * n_weeks + week, minlength=n_zones * n_weeks).reshape(
        n_zones, n_weeks
    )
    total = float(len(zone))
    per_zone = counts.sum(axis=1).astype(np.float64)
    week_cum = np.concatenate([[0.0], np.cumsum(counts.sum(axis=0), dtype=np.float64)])
    best = 0.0
    found: list[tuple[float, int, int, int]] = []
    active = np.flatnonzero(sets @ per_zone >= min_count)
    for low in range(0, len(active), _CHUNK):
        chosen = active[low : low + _CHUNK]
        block = sets[chosen]
        cum = np.zeros((len(chosen), n_weeks + 1))
        cum[:, 1:] = np.cumsum(block @ counts, axis=1)
        zone_total = block @ per_zone
        # per set and first week: the best length (LLR, length)
        best_llr = np.zeros((len(chosen), n_weeks))
        best_length = np.zeros((len(chosen), n_weeks), dtype=np.int64)
        for length in lengths:
            if length > n_weeks:
                continue
            c = cum[:, length:] - cum[:, :-length]
            mu = zone_total[:, None] * (week_cum[length:] - week_cum[:-length])[None, :] / total
            llr = np.where(c >= min_count, _llr(c, mu, total), 0.0)
            span = llr.shape[1]
            better = llr > best_llr[:, :span]
            best_llr[:, :span] = np.where(better, llr, best_llr[:, :span])
            best_length[:, :span] = np.where(better, length, best_length[:, :span])
        best = max(best, float(best_llr.max(initial=0.0)))
        if not top:
            continue
        # secondary clusters: a set's windows that are the best within ± _SEPARATION weeks
        peak = maximum_filter1d(best_llr, size=2 * _SEPARATION + 1, axis=1, mode="constant")
        r, j = np.nonzero((best_llr > 0) & (best_llr >= peak))
        values = best_llr[r, j]
        if len(values) > top:
            pick = np.argpartition(-values, top - 1)[:top]
            r, j, values = r[pick], j[pick], values[pick]
        found.extend(
            (float(v), int(chosen[a]), int(b), int(best_length[a, b]))
            for v, a, b in zip(values, r, j, strict=True)
        )
    found.sort(key=lambda item: -item[0])
    return best, found[:top]


def stp_scan(
    records: list[Any],
    families: list[str | None] | None = None,
    *,
    weeks: tuple[int, ...] = (2, 3, 4, 6, 8, 12, 16),
    neighbours: int = 3,
    replications: int = 19,
    min_count: int = 3,
    top: int = 5_000,
    seed: int = 0,
) -> tuple[list[list[str]], list[float]]:
    """Groups of signal ids, most significant first, and their Monte Carlo p-values.

    ``families`` None scans all signals as one stratum; otherwise each family is a stratum and
    records without one are left out.
    """
    rng = np.random.default_rng(seed)
    zone, zone_names, zone_buurt = _zones(records)
    sets = _spatial_sets(records, zone, zone_names, zone_buurt, neighbours)
    origin = min(r.date.toordinal() for r in records)
    week = np.array([(r.date.toordinal() - origin) // 7 for r in records], dtype=np.int64)
    n_weeks = int(week.max()) + 1
    ids = [r.id for r in records]
    labels = ["*"] * len(records) if families is None else families
    strata: dict[str, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        if label is not None:
            strata[label].append(index)
    ranked: list[tuple[float, float, list[str]]] = []
    for members in strata.values():
        rows = np.asarray(members)
        z, w = zone[rows], week[rows]
        options = {"shape": (len(zone_names), n_weeks), "lengths": weeks, "min_count": min_count}
        _, found = _scan(sets, z, w, top=top, **options)  # type: ignore[arg-type]
        maxima = np.array(
            [
                _scan(sets, z, rng.permutation(w), top=0, **options)[0]  # type: ignore[arg-type]
                for _ in range(replications)
            ]
        )
        order = np.lexsort((w, z))
        key = z[order] * n_weeks + w[order]
        for llr, set_index, first, length in found:
            zs = sets.indices[sets.indptr[set_index] : sets.indptr[set_index + 1]]
            lows = np.searchsorted(key, zs * n_weeks + first)
            highs = np.searchsorted(key, zs * n_weeks + first + length)
            picked = np.concatenate([order[a:b] for a, b in zip(lows, highs, strict=True)])
            p = (1 + int((maxima >= llr).sum())) / (replications + 1)
            ranked.append((p, -llr, [ids[int(rows[i])] for i in np.sort(picked)]))
    ranked.sort(key=lambda item: (item[0], item[1]))
    taken: set[str] = set()
    groups: list[list[str]] = []
    p_values: list[float] = []
    for p, _, group in ranked:
        if sum(i in taken for i in group) >= 0.5 * len(group):
            continue
        groups.append(group)
        p_values.append(p)
        taken.update(group)
    return groups, p_values
