"""Hosts, apps, middleware and templates."""

from __future__ import annotations

from wijkverbinder.config.env import env_list

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS",
    ["127.0.0.1", "localhost", "[::1]", "testserver"],
    "Host names the application answers to.",
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [], "Origins trusted for CSRF (https://…).")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "rest_framework",
    "django_filters",
    "drf_spectacular",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_tasks",
    "wijkverbinder.common",  # before django_tasks_db: its `db_worker` command replaces the library's
    "django_tasks_db",
    "wijkverbinder.accounts",
    "wijkverbinder.areas",
    "wijkverbinder.intake",
    "wijkverbinder.collective",
    "wijkverbinder.diagnosis",
    "wijkverbinder.trajectories",
    "wijkverbinder.privacy",
    "wijkverbinder.analysis",
    "wijkverbinder.straattafel",
    "wijkverbinder.portal",
    "wijkverbinder.operations",
]

MIDDLEWARE = [
    "wijkverbinder.operations.middleware.HealthMiddleware",  # first: probes need no log-in/host
    "wijkverbinder.operations.middleware.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wijkverbinder.common.api_errors.ApiProblemMiddleware",  # wraps CSRF, auth and 404/500 pages
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "wijkverbinder.common.middleware.LanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wijkverbinder.accounts.middleware.OTPFactsMiddleware",  # django-otp's, with one query
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "axes.middleware.AxesMiddleware",
    "wijkverbinder.common.middleware.LoginRequiredMiddleware",
    "wijkverbinder.accounts.middleware.SessionIdleMiddleware",
    "wijkverbinder.accounts.middleware.TwoFactorMiddleware",
    "wijkverbinder.common.middleware.ApiHeadersMiddleware",
    "wijkverbinder.common.middleware.NoStoreMiddleware",
]

ROOT_URLCONF = "wijkverbinder.config.urls"
WSGI_APPLICATION = "wijkverbinder.config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wijkverbinder.common.context_processors.navigation",
            ],
        },
    },
]
