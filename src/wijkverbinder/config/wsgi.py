"""WSGI entry point (for waitress via `wijkverbinder serve`, or any WSGI server).

Importing it arms the readiness gate: this process answers 503 with `Retry-After` to users until
its migrations are applied and its redaction engine is loaded (see `operations.readiness`).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "wijkverbinder.config.settings")

application = get_wsgi_application()

from wijkverbinder.operations import readiness  # noqa: E402  (needs the settings loaded above)

readiness.arm()
