"""Request bodies of the API: a field the API does not know is refused, never ignored.

A client that misspells a field (`tekts` for `tekst`, `buurt` for `buurtcode`) used to get 201 and a
record without the value it meant to send. Every serializer that reads a request body derives from
`InputSerializer`: an unknown name is a 400 problem with one `invalidParams` entry per unknown
field (code `unknown_field`) naming the fields that can be sent, beside the errors of the known
fields, and nothing is stored. A field the API only shows (read-only, such as `id` or
`aangemaaktOp`) is accepted and ignored, so a client may send back what it read.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from rest_framework import serializers
from rest_framework.exceptions import ErrorDetail

_IN = TypeVar("_IN")

UNKNOWN_FIELD = "unknown_field"


class InputSerializer(serializers.Serializer[_IN]):
    """Een onbekend veld wordt geweigerd (400, code unknown_field); niets wordt opgeslagen."""

    # (The docstring is Dutch: drf-spectacular shows it as the body's description in the OpenAPI
    # document of every input without a docstring of its own.)

    def to_internal_value(self, data: Any) -> Any:
        unknown = {}
        if isinstance(data, Mapping):
            names = sorted(str(name) for name in data if name not in self.fields)
            unknown = {name: [self._unknown(name)] for name in names}
        try:
            value = super().to_internal_value(data)
        except serializers.ValidationError as error:  # report the known fields' errors too
            if unknown and isinstance(error.detail, dict):
                raise serializers.ValidationError({**error.detail, **unknown}) from error
            raise
        if unknown:
            raise serializers.ValidationError(unknown)
        return value

    def _unknown(self, name: str) -> ErrorDetail:
        accepted = sorted(name for name, field in self.fields.items() if not field.read_only)
        return ErrorDetail(
            f"Onbekend veld '{name}'; bekende velden: {', '.join(accepted)}.",
            code=UNKNOWN_FIELD,
        )
