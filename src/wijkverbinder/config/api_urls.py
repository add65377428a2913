"""The REST API v1 (NL API Design Rules: Dutch kebab-case plural nouns, no trailing slashes).

Each app registers its resources on the router here; unknown paths, including any path with a
trailing slash, get a 404 problem document instead of a redirect.
"""

from django.urls import path, re_path
from drf_spectacular.views import SpectacularJSONAPIView
from rest_framework.permissions import AllowAny
from rest_framework.routers import DefaultRouter

from wijkverbinder.analysis.api import WijkanalyseView
from wijkverbinder.collective.api import QuestionViewSet
from wijkverbinder.common.api import api_not_found
from wijkverbinder.diagnosis.api import AdviceView, DiagnosisViewSet, QuestionnaireView
from wijkverbinder.diagnosis.safety_api import SafetyCheckViewSet
from wijkverbinder.intake.api import SignalViewSet
from wijkverbinder.portal.api import NeighbourhoodViewSet
from wijkverbinder.straattafel import resident_api
from wijkverbinder.straattafel.api import StraattafelViewSet
from wijkverbinder.trajectories.api import TrajectoryViewSet
from wijkverbinder.trajectories.effect_api import EffectViewSet

router = DefaultRouter(trailing_slash=False)
router.include_root_view = False
router.register("buurten", NeighbourhoodViewSet, basename="buurt")
router.register("diagnoses", DiagnosisViewSet, basename="diagnose")
router.register("gemeenschappelijke-vragen", QuestionViewSet, basename="gemeenschappelijke-vraag")
router.register("signalen", SignalViewSet, basename="signaal")
router.register("trajecten", TrajectoryViewSet, basename="traject")
router.register("veiligheidscontroles", SafetyCheckViewSet, basename="veiligheidscontrole")
router.register("straattafels", StraattafelViewSet, basename="straattafel")
router.register("effecten", EffectViewSet, basename="effect")

urlpatterns = [
    path(
        "openapi.json",
        SpectacularJSONAPIView.as_view(permission_classes=[AllowAny], authentication_classes=[]),
        name="openapi",
    ),
    path("diagnoses/vragenlijst", QuestionnaireView.as_view(), name="diagnose-vragenlijst"),
    path("adviezen", AdviceView.as_view(), name="adviezen"),
    path("wijkanalyses/<str:gebiedscode>", WijkanalyseView.as_view(), name="wijkanalyse"),
    path("deelnames/<str:code>", resident_api.ParticipationView.as_view(), name="deelname"),
    path("deelnames/<str:code>/stemmen", resident_api.VotesView.as_view(), name="deelname-stemmen"),
    path(
        "deelnames/<str:code>/stellingen",
        resident_api.ResidentStatementsView.as_view(),
        name="deelname-stellingen",
    ),
    path(
        "deelnames/<str:code>/uitkomst",
        resident_api.OutcomeView.as_view(),
        name="deelname-uitkomst",
    ),
    *router.urls,
    re_path(r"^.*$", api_not_found),
]
