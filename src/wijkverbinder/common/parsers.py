"""The API's request parser: JSON only, limited in size and depth before it is parsed.

A body larger than `API_MAX_BODY_BYTES` answers 413 without being read further; JSON nested deeper
than `API_MAX_JSON_DEPTH` answers 400 before the decoder sees it (a body nested 50,000 levels made the
standard decoder fail with a server error); and a string holding NUL or another control character
(other than tab and line breaks) answers 400. All in Dutch, as problem documents.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from itertools import accumulate
from typing import IO, Any

from django.conf import settings
from rest_framework import exceptions, status
from rest_framework.parsers import JSONParser

from wijkverbinder.core.validation import control_character_problem

_STRING = re.compile(rb'"(?:[^"\\]|\\.)*"', re.DOTALL)
_BRACKET = re.compile(rb"[\[\]{}]")
_STEP = {ord("["): 1, ord("{"): 1, ord("]"): -1, ord("}"): -1}


class PayloadTooLargeError(exceptions.APIException):
    """413: the body is larger than the API accepts."""

    status_code = status.HTTP_413_REQUEST_ENTITY_TOO_LARGE
    default_detail = "Het verzoek is te groot."
    default_code = "too_large"


def json_depth(raw: bytes) -> int:
    """The deepest nesting of arrays and objects in a JSON text (strings are skipped)."""
    brackets = _BRACKET.findall(_STRING.sub(b'""', raw))
    if not brackets:
        return 0
    return max(accumulate(_STEP[b[0]] for b in brackets))


def find_control_characters(value: Any) -> bool:
    """Whether any string (or key) in parsed JSON holds a control character."""
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            if control_character_problem(item, multiline=True):
                return True
        elif isinstance(item, Mapping):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return False


class LimitedJSONParser(JSONParser):
    """`JSONParser` with a size limit, a depth limit and a control-character check."""

    def parse(
        self,
        stream: IO[Any],
        media_type: str | None = None,
        parser_context: Mapping[str, Any] | None = None,
    ) -> Any:
        limit = settings.API_MAX_BODY_BYTES
        raw = stream.read(limit + 1) if stream is not None else b""
        if len(raw) > limit:
            raise PayloadTooLargeError(
                f"Het verzoek is groter dan {limit // 1024} kB; stuur minder gegevens per verzoek."
            )
        if json_depth(raw) > settings.API_MAX_JSON_DEPTH:
            raise exceptions.ParseError(
                f"De JSON is dieper genest dan {settings.API_MAX_JSON_DEPTH} niveaus."
            )
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as exc:
            raise exceptions.ParseError("De body is geen geldige JSON (UTF-8).") from exc
        if find_control_characters(data):
            raise exceptions.ParseError(
                "Een tekst bevat een onzichtbaar stuurteken (zoals NUL); haal het weg."
            )
        return data
