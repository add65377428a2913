"""URLs of `portal`: the start page and the sections still to come."""

from django.urls import path

from wijkverbinder.portal import views

app_name = "portal"

urlpatterns = [
    path("", views.home, name="home"),
    path("health", views.health, name="health"),
    path("buurten/<str:code>/", views.neighbourhood, name="neighbourhood"),
    path("<slug:slug>/", views.section, name="section"),
]
