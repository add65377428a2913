"""Root URL configuration: web UI, beheer (Django admin), and the REST API under /api/v1."""

from typing import Any

from django.conf import settings
from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView


class FaviconView(RedirectView):
    """`/favicon.ico`, asked for directly by some browsers and tools: a permanent redirect to the
    static SVG that the pages link (its URL is resolved per request, so a hashed static name in
    production is followed too). Public: listed in `PUBLIC_PATH_PREFIXES`."""

    permanent = True

    def get_redirect_url(self, *args: Any, **kwargs: Any) -> str:
        return static("wijkverbinder/favicon.svg")


urlpatterns = [
    path("favicon.ico", FaviconView.as_view(), name="favicon"),
    # the admin logs in through our log-in page (lock-out, two-step verification)
    path("beheer/login/", RedirectView.as_view(pattern_name="accounts:login", query_string=True)),
    path("beheer/", include("wijkverbinder.operations.urls")),
    path("beheer/", admin.site.urls),
    path("api/v1/", include("wijkverbinder.config.api_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("wijkverbinder.accounts.urls")),
    path("signalen/", include("wijkverbinder.intake.urls")),
    path("gemeenschappelijke-vragen/", include("wijkverbinder.collective.urls")),
    path("trajecten/", include("wijkverbinder.trajectories.urls")),
    path("straattafels/", include("wijkverbinder.straattafel.urls")),
    path("t/", include("wijkverbinder.straattafel.resident_urls")),
    path("privacy/", include("wijkverbinder.privacy.urls")),
    path("wijkanalyse/", include("wijkverbinder.analysis.urls")),
    path("", include("wijkverbinder.diagnosis.urls")),
    path("", include("wijkverbinder.portal.urls")),
]

if settings.OIDC_ENABLED:
    urlpatterns.insert(0, path("oidc/", include("mozilla_django_oidc.urls")))
