"""Paging long lists cheaply: later pages read their keys first; the count can stop at a cap.

`OFFSET n` makes the database produce and throw away n rows. With the whole rows (and their joined
buurt, street and team) that means n random reads of the table: page 40 of a team's 20,000
signals read 1,000 rows to show 25. `KeyFirstPaginator` selects the primary keys of the page in a
subquery, which the list's index answers on its own (an index-only scan, `docs/architecture.md`,
"Indexes"), and the outer query loads just those rows with everything they need, in the list's
order: one query, as on the first page (which is read as before). Before issue 16's tuning the
keys were fetched first and the rows in a second query: one round trip more per page.

With `count_cap` the count stops at that many rows: "more than 1000" instead of walking 20,000
index entries on every view of the list. Pages within the cap need no more (the row after the cap
says that there is a next page); a page beyond it asks for the exact count after all.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.paginator import EmptyPage, Page, Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property

if TYPE_CHECKING:
    _Base = Paginator[Any]
else:
    _Base = Paginator


class KeyFirstPaginator(_Base):
    """A `Paginator` that reads a later page of a query set by its keys first, and counts its rows
    up to `count_cap` at most (see above)."""

    def __init__(self, *args: Any, count_cap: int | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.count_cap = count_cap
        self.count_is_exact = True

    @cached_property
    def count(self) -> int:
        """The number of rows; with a cap and more rows than that, `count_cap + 1`."""
        rows = self.object_list
        if not isinstance(rows, QuerySet):
            return len(rows)
        if self.count_cap is None:
            return rows.count()
        seen = rows.order_by()[: self.count_cap + 1].count()
        self.count_is_exact = seen <= self.count_cap
        return seen

    def validate_number(self, number: Any) -> int:
        try:
            valid = super().validate_number(number)
        except EmptyPage:
            if self.count_is_exact:
                raise
            self._count_exactly()  # past the cap: is the page there after all?
            return super().validate_number(number)
        return valid

    def _count_exactly(self) -> None:
        rows = self.object_list
        assert isinstance(rows, QuerySet)
        self.__dict__["count"] = rows.count()
        self.__dict__.pop("num_pages", None)  # worked out again from the exact count
        self.count_is_exact = True

    def page(self, number: Any) -> Page[Any]:
        number = self.validate_number(number)
        if not self.count_is_exact and number * self.per_page + self.orphans >= self.count:
            self._count_exactly()  # a page at or beyond the cap: its end must be known
            number = self.validate_number(number)
        rows = self.object_list
        if number == 1 or not isinstance(rows, QuerySet):
            return super().page(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = rows.values("pk")[bottom:top]  # a subquery: the keys and their rows in one query
        return Page(list(rows.filter(pk__in=keys)), number, self)
