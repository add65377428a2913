"""Django settings of wijkverbinder.

Every value comes from the environment with a safe default and a help text (see `env.py`;
`docs/settings.md` lists them). Two modes:

* embedded default (`WIJKVERBINDER_MODE=embedded`): SQLite under `var/`, a secret generated once into
  `var/`, background tasks run by a worker thread inside `serve`, the demo municipality loaded on
  first start;
* production (`WIJKVERBINDER_MODE=production`): `DATABASE_URL` (PostgreSQL), `SECRET_KEY` required,
  `DEBUG` refused, HTTPS settings on, tasks through the database worker.

The settings are split by subject into the modules of this package; this module gathers them.
"""

from wijkverbinder.config.settings.api import *  # noqa: F403
from wijkverbinder.config.settings.auth import *  # noqa: F403
from wijkverbinder.config.settings.base import *  # noqa: F403
from wijkverbinder.config.settings.database import *  # noqa: F403
from wijkverbinder.config.settings.operations import *  # noqa: F403
from wijkverbinder.config.settings.pages import *  # noqa: F403
from wijkverbinder.config.settings.web import *  # noqa: F403
