"""URLs of `trajectories` under /trajecten/: board, weighing, start from a question, detail, actions."""

from django.urls import path

from wijkverbinder.trajectories import actions, views

app_name = "trajectories"

urlpatterns = [
    path("", views.board, name="board"),
    path("weging/", views.weighing, name="weighing"),
    path("start", views.start, name="start"),
    path("<uuid:public_id>/", views.detail, name="detail"),
    path("<uuid:public_id>/<slug:action>/", actions.act, name="act"),
]
