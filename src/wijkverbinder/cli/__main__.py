"""`python -m wijkverbinder.cli …` is the same as the `wijkverbinder` console script."""

from wijkverbinder.cli import main

raise SystemExit(main())
