"""Paging long lists cheaply: a later page reads its keys first, then only its own rows.

`OFFSET n` makes the database produce and throw away n rows. With the whole rows (and their joined
buurt, street and team) that means n random reads of the table: page 40 of a team's 20,000
signals read 1,000 rows to show 25. `KeyFirstPaginator` asks for the primary keys of the page
first, which the list's index answers on its own (an index-only scan, `docs/architecture.md`,
"Indexes"), and then loads just those rows with everything they need, in the same order. One
query more on pages after the first; the first page is read as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from django.core.paginator import Page, Paginator
from django.db.models import QuerySet


if TYPE_CHECKING:
    _Base = Paginator[Any]
else:
    _Base = Paginator


class KeyFirstPaginator(_Base):
    """A `Paginator` that reads a later page of a query set by its keys first (see above)."""

    def page(self, number: Any) -> Page[Any]:
        number = self.validate_number(number)
        rows = self.object_list
        if number == 1 or not isinstance(rows, QuerySet):
            return super().page(number)
        bottom = (number - 1) * self.per_page
        top = bottom + self.per_page
        if top + self.orphans >= self.count:
            top = self.count
        keys = list(rows.values_list("pk", flat=True)[bottom:top])
        found = {row.pk: row for row in rows.filter(pk__in=keys).order_by()}
        return Page([found[key] for key in keys if key in found], number, self)
