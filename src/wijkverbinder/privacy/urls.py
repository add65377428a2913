"""URLs of `privacy` (the privacy officer's pages)."""

from django.urls import path

from wijkverbinder.privacy import views

app_name = "privacy"

urlpatterns = [
    path("", views.home, name="home"),
    path("toegangslog/", views.access_log, name="access_log"),
    path("huishouden/", views.household, name="household"),
    path("huishouden/wissen/", views.erase, name="erase"),
    path("bewaartermijnen/", views.retention, name="retention"),
]
