"""Fast insertion of many new signals for imports.

The ORM's `bulk_create` builds a model instance per row and, on SQLite, splits the insert into
statements of about 40 rows (its 999-parameter limit): for 100,000 signals that is some 2,300
statements. Here the rows are plain dicts and go in with one `executemany` per batch. Every value is
converted by its field's own `get_db_prep_save` where conversion matters (UUID, dates, JSON), and
missing values take the field's default, so the stored rows are the same as the ORM would store.
Constant defaults and the time stamps are converted once per import, not once per row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from typing import Any

from django.db import connection
from django.utils import timezone

from wijkverbinder.intake.models import Signal

BATCH = 5000
CONVERTED = {"UUIDField", "DateTimeField", "DateField", "JSONField", "DecimalField"}


Column = tuple[str, Callable[[Any], Any] | None, Any, Callable[[], Any] | None]


def _plan(now: Any) -> list[Column]:
    """Per column: (attname, converter or None, the value when a row lacks it, or a maker of it
    for a default that differs per row such as the public uuid). Constants are converted once."""
    plan: list[Column] = []
    for field in Signal._meta.concrete_fields:
        if field.primary_key:
            continue
        convert = field.get_internal_type() in CONVERTED

        def prep(value: Any, field: Any = field) -> Any:
            return None if value is None else field.get_db_prep_save(value, connection)

        maker: Callable[[], Any] | None = None
        constant: Any = None
        if field.name in {"created_at", "updated_at"}:
            constant = prep(now) if convert else now
        elif field.has_default() and callable(field.default):
            maker = field.get_default
        else:
            default = field.get_default()
            constant = prep(default) if convert else default
        plan.append((field.attname, prep if convert else None, constant, maker))
    return plan


def insert_signals(rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert new signals given as `{attname: value}`; returns how many were inserted."""
    fields = [f for f in Signal._meta.concrete_fields if not f.primary_key]
    plan = _plan(timezone.now())
    quote = connection.ops.quote_name
    # Only identifiers from our own model and placeholders go into the SQL; values are parameters.
    columns = ", ".join(quote(str(f.column)) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(Signal._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608

    def values(row: Mapping[str, Any]) -> list[Any]:
        out = []
        for attname, convert, constant, maker in plan:
            if attname in row:
                value = row[attname]
                out.append(convert(value) if convert else value)
            elif maker is not None:
                value = maker()
                out.append(convert(value) if convert else value)
            else:
                out.append(constant)
        return out

    count = 0
    batch: list[list[Any]] = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(values(row))
            if len(batch) == BATCH:
                cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            cursor.executemany(sql, batch)
            count += len(batch)
    return count
