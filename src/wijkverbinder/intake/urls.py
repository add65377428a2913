"""URLs of intake (under /signalen/)."""

from django.urls import path

from wijkverbinder.intake import views, views_import

app_name = "intake"

urlpatterns = [
    path("", views.signal_list, name="list"),
    path("nieuw/", views.signal_create, name="create"),
    path("importeren/", views_import.signal_import, name="import"),
    path("importeren/<uuid:import_id>/", views_import.import_status, name="import_status"),
    path("adres/", views.address_hint, name="address_hint"),
    path("thema-suggestie/", views.theme_hint, name="theme_hint"),
    path("<str:signal_id>/", views.signal_detail, name="detail"),
    path("<str:signal_id>/wijzigen/", views.signal_edit, name="edit"),
    path("<str:signal_id>/verwijderen/", views.signal_delete, name="delete"),
    path("<str:signal_id>/thema/", views.signal_confirm_theme, name="confirm_theme"),
]
