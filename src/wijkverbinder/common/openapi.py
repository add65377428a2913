"""OpenAPI post-processing: document what the NL API Design Rules require of every operation.

The middleware and exception handler (`middleware.py`, `api.py`) already behave this way; this hook
makes the description say so: the `API-Version` header on every 2xx/3xx response, problem-details
(`application/problem+json`) responses for every error an operation can give (400/401/403/404,
406, 429 and 500 everywhere, 413/415 where a body is sent; `common.problems` is the vocabulary),
and the `Problem` schema.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings

PROBLEM_REF = {"$ref": "#/components/schemas/Problem"}

PROBLEM_SCHEMA: dict[str, Any] = {
    "type": "object",
    "description": "Foutmelding volgens RFC 9457 (problem details).",
    "required": ["status", "title", "detail"],
    "properties": {
        "type": {"type": "string", "format": "uri", "description": "Soort fout."},
        "title": {"type": "string", "description": "Korte omschrijving van de soort fout."},
        "status": {"type": "integer", "description": "HTTP-statuscode."},
        "detail": {"type": "string", "description": "Uitleg bij deze fout."},
        "instance": {"type": "string", "description": "Verwijzing naar dit voorval."},
        "code": {"type": "string", "description": "Vaste code van de fout."},
        "invalidParams": {
            "type": "array",
            "description": "Alle ongeldige invoervelden.",
            "items": {
                "type": "object",
                "properties": {
                    "name": {"type": "string"},
                    "code": {"type": "string"},
                    "reason": {"type": "string"},
                },
            },
        },
    },
}

PROBLEMS = {
    "400": "Ongeldige invoer (invalidParams) of geweigerd door een regel (code).",
    "401": "Niet ingelogd of ongeldige API-sleutel.",
    "403": "Geen toegang.",
    "404": "Bestaat niet of hoort niet bij uw team (ook een record dat de body noemt, of een "
    "pagina voorbij de laatste).",
    "406": "De API antwoordt alleen in JSON.",
    "413": "Het verzoek is te groot.",
    "415": "De body is geen application/json.",
    "429": "Te veel verzoeken; zie Retry-After.",
    "500": "Interne fout; er is niets gewijzigd.",
}
WITH_BODY = {"413", "415"}


def _version_header() -> dict[str, Any]:
    return {
        "description": "Volledig versienummer van de API.",
        "schema": {"type": "string", "example": settings.API_VERSION},
    }


def _problem_response(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "content": {"application/problem+json": {"schema": PROBLEM_REF}},
    }


def _paginated(operation: dict[str, Any]) -> bool:
    """A list with `page`: a page past the last answers 404."""
    return any(item.get("name") == "page" for item in operation.get("parameters", []))


def _decorate(method: str, operation: dict[str, Any], has_path_params: bool) -> None:
    responses = operation.setdefault("responses", {})
    for code, response in responses.items():
        if code[0] in "23":
            response.setdefault("headers", {})["API-Version"] = _version_header()
    needs_400 = (
        method in {"post", "put", "patch"} or bool(operation.get("parameters")) or has_path_params
    )
    for code, description in PROBLEMS.items():
        if code == "400" and not needs_400:
            continue
        if code == "404" and not (
            has_path_params or _paginated(operation) or "requestBody" in operation
        ):
            continue
        if code in WITH_BODY and "requestBody" not in operation:
            continue
        responses.setdefault(code, _problem_response(description))


LOCATION_HEADER = {
    "description": "URL van het nieuwe record.",
    "schema": {"type": "string", "format": "uri"},
}


def _document_location(paths: dict[str, Any]) -> None:
    """A 201 of a collection that has a `{id}` detail route carries `Location` (the middleware)."""
    for path, item in paths.items():
        created = item.get("post", {}).get("responses", {}).get("201")
        if created is not None and "get" in paths.get(f"{path}/{{id}}", {}):
            created.setdefault("headers", {}).setdefault("Location", LOCATION_HEADER)


def nl_api_postprocessing_hook(result: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """drf-spectacular postprocessing hook (see SPECTACULAR_SETTINGS)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Problem"] = PROBLEM_SCHEMA
    _document_location(result.get("paths", {}))
    for path, item in result.get("paths", {}).items():
        has_path_params = "{" in path
        for method, operation in item.items():
            if method in {"get", "post", "put", "patch", "delete"}:
                _decorate(method, operation, has_path_params)
    return result
