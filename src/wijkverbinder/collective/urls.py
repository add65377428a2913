"""URLs of collective (under /gemeenschappelijke-vragen/)."""

from django.urls import path

from wijkverbinder.collective import views

app_name = "collective"

urlpatterns = [
    path("", views.question_list, name="list"),
    path("detecteren/", views.question_detect, name="detect"),
    path("<str:question_id>/", views.question_detail, name="detail"),
    path("<str:question_id>/bevestigen/", views.question_confirm, name="confirm"),
    path("<str:question_id>/afwijzen/", views.question_dismiss, name="dismiss"),
    path("<str:question_id>/hernoemen/", views.question_rename, name="rename"),
    path("<str:question_id>/samenvoegen/", views.question_merge, name="merge"),
    path("<str:question_id>/splitsen/", views.question_split, name="split"),
]
