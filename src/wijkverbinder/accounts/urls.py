"""URLs of `accounts`."""

from django.urls import path

from wijkverbinder.accounts import views, views_tokens, views_two_factor

app_name = "accounts"

urlpatterns = [
    path("inloggen/", views.LoginView.as_view(), name="login"),
    path("inloggen/code/", views_two_factor.verify, name="verify"),
    path("uitloggen/", views.LogoutView.as_view(), name="logout"),
    path("account/tweestapsverificatie/", views_two_factor.two_factor_settings, name="two_factor"),
    path("beheer-api-sleutels/", views_tokens.tokens_page, name="tokens"),
]
