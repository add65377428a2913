"""URLs of `diagnosis`: Kennisbank, Situatie bepalen and Advies (Dutch paths)."""

from django.urls import path

from wijkverbinder.diagnosis import views

app_name = "diagnosis"

urlpatterns = [
    path("kennisbank/", views.knowledge_base, name="knowledge_base"),
    path("situatie-bepalen/", views.areas, name="areas"),
    path("situatie-bepalen/uitkomst/<uuid:public_id>/", views.assessment, name="assessment"),
    path("situatie-bepalen/<str:code>/", views.assess, name="assess"),
    path("situatie-bepalen/<str:code>/veiligheid/", views.record_safety, name="record_safety"),
    path("advies/", views.advice, name="advice"),
    path("advies/blad/", views.advice_sheet, name="advice_sheet"),
    path("advies/pdf/", views.advice_pdf, name="advice_pdf"),
]
