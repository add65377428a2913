"""Fast insertion of many new signals for imports.

The ORM's `bulk_create` builds a model instance per row and, on SQLite, splits the insert into
statements of about 40 rows (its 999-parameter limit): for 100,000 signals that is some 2,300
statements. Here the rows are plain dicts and go in with one `executemany` per batch. Every value is
converted by its field's own `get_db_prep_save` where conversion matters (UUID, dates, JSON), and
missing values take the field's default, so the stored rows are the same as the ORM would store.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from django.db import connection
from django.utils import timezone

from wijkverbinder.intake.models import Signal

BATCH = 5000
CONVERTED = {"UUIDField", "DateTimeField", "DateField", "JSONField", "DecimalField"}


def insert_signals(rows: Iterable[Mapping[str, Any]]) -> int:
    """Insert new signals given as `{attname: value}`; returns how many were inserted."""
    fields = [f for f in Signal._meta.concrete_fields if not f.primary_key]
    converted = [f.get_internal_type() in CONVERTED for f in fields]
    now = timezone.now()
    quote = connection.ops.quote_name
    # Only identifiers from our own model and placeholders go into the SQL; values are parameters.
    columns = ", ".join(quote(str(f.column)) for f in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(Signal._meta.db_table)} ({columns}) VALUES ({placeholders})"  # noqa: S608

    def values(row: Mapping[str, Any]) -> list[Any]:
        out = []
        for field, convert in zip(fields, converted, strict=True):
            if field.attname in row:
                value = row[field.attname]
            elif field.name in {"created_at", "updated_at"}:
                value = now
            else:
                value = field.get_default()
            out.append(field.get_db_prep_save(value, connection) if convert else value)
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
