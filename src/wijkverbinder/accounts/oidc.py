"""Optional sign-in through the municipality's identity provider (OpenID Connect, mozilla-django-oidc).

Off by default (`OIDC_ENABLED`). Only existing, active users can sign in this way: the identity
provider's `email` claim must match exactly one user's e-mail address; no account is created on
the fly (an administrator adds people to teams). Whether the provider's own multi-factor log-in counts
as the second step is a setting (`OIDC_SATISFIES_TWO_FACTOR`), see docs/deployment.md.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet
from mozilla_django_oidc.auth import OIDCAuthenticationBackend

from wijkverbinder.accounts.models import User

SESSION_FLAG = "wv_oidc"  # read by accounts.middleware


class ExistingUserBackend(OIDCAuthenticationBackend):  # type: ignore[misc]
    """OIDC log-in for existing users, matched by e-mail."""

    def filter_users_by_claims(self, claims: dict[str, Any]) -> QuerySet[User]:
        email = str(claims.get("email") or "").strip()
        if not email:
            return User.objects.none()
        found = User.objects.filter(email__iexact=email, is_active=True)
        return found if found.count() == 1 else User.objects.none()

    def create_user(self, claims: dict[str, Any]) -> None:
        return None

    def authenticate(self, request: Any, **kwargs: Any) -> User | None:
        user: User | None = super().authenticate(request, **kwargs)
        if user is not None and request is not None:
            request.session[SESSION_FLAG] = True
        return user
