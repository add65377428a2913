"""URLs of `operations` (mounted under /beheer/, before the admin site)."""

from django.urls import path

from wijkverbinder.operations import views

app_name = "operations"

urlpatterns = [
    path("systeem/", views.system, name="system"),
]
