"""Root URL configuration: web UI, beheer (Django admin), and the REST API under /api/v1."""

from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("beheer/", include("wijkverbinder.operations.urls")),
    path("beheer/", admin.site.urls),
    path("api/v1/", include("wijkverbinder.config.api_urls")),
    path("i18n/", include("django.conf.urls.i18n")),
    path("", include("wijkverbinder.accounts.urls")),
    path("signalen/", include("wijkverbinder.intake.urls")),
    path("gemeenschappelijke-vragen/", include("wijkverbinder.collective.urls")),
    path("trajecten/", include("wijkverbinder.trajectories.urls")),
    path("", include("wijkverbinder.diagnosis.urls")),
    path("", include("wijkverbinder.portal.urls")),
]
