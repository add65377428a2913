"""URLs of `analysis`: the wijkanalyse (Dutch paths)."""

from django.urls import path

from wijkverbinder.analysis import views

app_name = "analysis"

urlpatterns = [
    path("", views.index, name="index"),
    path("<str:code>/", views.page, name="page"),
    path("<str:code>/rapport/", views.report, name="report"),
    path("<str:code>/rapport/pdf/", views.report_pdf, name="report_pdf"),
    path("<str:code>/kaart.csv", views.map_csv, name="map_csv"),
    path("<str:code>/trends.csv", views.trends_csv, name="trends_csv"),
]
