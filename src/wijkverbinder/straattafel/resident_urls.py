"""Residents' URLs under /t/<code>/ (public: no log-in, see `settings.PUBLIC_PATH_PREFIXES`)."""

from django.urls import path

from wijkverbinder.straattafel import resident_views

app_name = "straattafel_residents"

urlpatterns = [
    path("<str:code>/", resident_views.vote_page, name="vote"),
    path("<str:code>/stem", resident_views.vote, name="cast"),
    path("<str:code>/stelling", resident_views.add_statement, name="add"),
    path("<str:code>/uitkomst", resident_views.outcome, name="outcome"),
]
