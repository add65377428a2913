"""Team URLs of `straattafel` under /straattafels/."""

from django.urls import path

from wijkverbinder.straattafel import print_views, results_views, views

app_name = "straattafel"

urlpatterns = [
    path("", views.straattafel_list, name="list"),
    path("nieuw", views.new, name="new"),
    path("<uuid:public_id>/", views.detail, name="detail"),
    path("<uuid:public_id>/stellingen", views.add_statement, name="add_statement"),
    path("<uuid:public_id>/stellingen/<int:number>", views.moderate, name="moderate"),
    path("<uuid:public_id>/turven", views.tally, name="tally"),
    path("<uuid:public_id>/sluiten", views.close, name="close"),
    path("<uuid:public_id>/uitkomsten", results_views.results_page, name="results"),
    path("<uuid:public_id>/wat-ons-bindt", results_views.binds_sheet, name="binds"),
    path("<uuid:public_id>/export", print_views.export_zip, name="export"),
    path(
        "<uuid:public_id>/<slug:kind>.pdf",
        print_views.printed,
        name="printed",
    ),
]
