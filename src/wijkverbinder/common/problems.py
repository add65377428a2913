"""The API's one error vocabulary: problem details (RFC 9457, NL API Design Rules error module).

Every error under `/api/` is an `application/problem+json` document with `type`, `title`, `status`,
`detail` and a stable `code`. The `title` names the *kind* of error, the `detail` explains this
case in Dutch, and `code` is what a client programs against:

============  ======  =================================  =========================================
kind          status  title                              code
============  ======  =================================  =========================================
invalid       400     Ongeldige invoer                   `invalid`, `parse_error`, or the field
                                                         rule (`required`, `future_date`, …)
method        400     Niet volgens de werkwijze          `MTH001` … (`core.method.MethodCode`)
refused       400     Verzoek geweigerd                  the service's code (`closed`, …)
(HTTP)        401…    one title per status (`TITLES`)    `not_authenticated`, `not_found`, …
============  ======  =================================  =========================================

Plain Django (no DRF): the exception handler in `api.py` and the middleware in `api_errors.py`
both build their documents here.
"""

from __future__ import annotations

from typing import Any

PROBLEM_CONTENT_TYPE = "application/problem+json"
TYPE_BASE = "https://wijkverbinder.nl/problemen/"

TITLES: dict[int, str] = {
    400: "Ongeldige invoer",
    401: "Niet ingelogd",
    403: "Geen toegang",
    404: "Niet gevonden",
    405: "Methode niet toegestaan",
    406: "Formaat niet beschikbaar",
    409: "Conflict",
    413: "Verzoek te groot",
    415: "Mediatype niet ondersteund",
    429: "Te veel verzoeken",
    500: "Interne fout",
    503: "Tijdelijk niet beschikbaar",
}

#: the message and code of a status when nothing more specific is known
DEFAULTS: dict[int, tuple[str, str]] = {
    400: ("Het verzoek is niet geldig.", "bad_request"),
    401: ("Log in of stuur een geldige API-sleutel mee.", "not_authenticated"),
    403: ("U heeft geen toegang tot deze gegevens of deze handeling.", "permission_denied"),
    404: ("Deze API-route of dit record bestaat niet, of hoort niet bij uw team.", "not_found"),
    405: ("Deze HTTP-methode is op deze route niet toegestaan.", "method_not_allowed"),
    406: ("De API antwoordt alleen in JSON.", "not_acceptable"),
    413: ("Het verzoek is te groot; stuur minder gegevens per verzoek.", "too_large"),
    415: ("Stuur de body als application/json.", "unsupported_media_type"),
    429: ("Te veel verzoeken; probeer het later opnieuw.", "throttled"),
    500: (
        "Er ging iets mis aan onze kant; er is niets gewijzigd. Probeer het later opnieuw.",
        "server_error",
    ),
    503: ("De API is tijdelijk niet beschikbaar; probeer het later opnieuw.", "unavailable"),
}

KIND_INVALID = "Ongeldige invoer"
KIND_METHOD = "Niet volgens de werkwijze"
KIND_REFUSED = "Verzoek geweigerd"

#: codes of a service's refusal that are about the input itself, not about the record's state
INPUT_CODES = frozenset(
    {
        "invalid",
        "parse_error",
        "required",
        "too_long",
        "empty",
        "future_date",
        "past_date",
        "control_character",
    }
)
INPUT_SUFFIXES = ("_too_long", "_empty", "_required", "_date", "_missing")


def title_for(status: int, code: str = "") -> str:
    """The title of a problem: by kind for a 400, by status otherwise."""
    if status != 400:
        return TITLES.get(status, "Fout")
    if code.startswith("MTH"):
        return KIND_METHOD
    if not code or code in INPUT_CODES or code.endswith(INPUT_SUFFIXES) or "invalid" in code:
        return KIND_INVALID
    return KIND_REFUSED


def problem_body(
    status: int, detail: str = "", *, code: str = "", extra: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A problem document; the status's default message and code fill in what is not given."""
    default_detail, default_code = DEFAULTS.get(status, ("Er ging iets mis.", "error"))
    code = code or default_code
    body: dict[str, Any] = {
        "type": f"{TYPE_BASE}{code}",
        "title": title_for(status, code),
        "status": status,
        "detail": detail or default_detail,
        "code": code,
    }
    if extra:
        body.update(extra)
    return body
