# wijkverbinder — two commands: `make run` and `make test`.
# `make setup` is what both share: a virtualenv in .venv with the exact, hash-checked versions of
# the lock file (requirements-dev.txt, installed by uv), the package itself, the redaction engine's
# lookup cache, and the front-end packages from npm (served locally, never from a CDN). It is
# idempotent and quick when nothing changed (stamp files under .venv/ and node_modules/).
# `make lock` regenerates the lock files from pyproject.toml (docs/dependencies.md).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
LOCK := requirements.txt
DEV_LOCK := requirements-dev.txt
PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
PYTEST_ARGS ?=
LOCK_ARGS ?=
UV_COMPILE = $(UV) pip compile pyproject.toml --quiet --universal --python-version 3.11 \
	--generate-hashes --custom-compile-command "make lock" $(LOCK_ARGS)

.PHONY: apilint setup redaction-cache run test lint typecheck contracts migrations-check pytest bench messages openapi settingsdoc clean help lock lock-upgrade

help:
	@echo "make run    – set up and start wijkverbinder on http://127.0.0.1:$${PORT:-8000} (demo loaded)"
	@echo "make test   – set up and run every check (ruff, mypy, import-linter, migrations, API lint, pytest)"
	@echo "make setup  – only the shared set-up"
	@echo "make bench  – benchmarks (figures as ratios against a baseline)"
	@echo "make lock   – regenerate requirements*.txt after changing dependencies in pyproject.toml"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# uv, at the version and hashes the lock file names, installed by pip (the one unlocked step)
$(UV): $(wildcard $(DEV_LOCK)) | $(BIN)/python
	@awk '/^uv==/{p=1} p{print} p&&!/\\$$/{exit}' $(DEV_LOCK) > $(VENV)/uv-requirements.txt
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes --no-deps \
		-r $(VENV)/uv-requirements.txt
	@touch $@

$(PY_STAMP): pyproject.toml $(DEV_LOCK) | $(UV)
	@$(BIN)/python tools/lockcheck.py check
	$(UV) pip sync --quiet --python $(BIN)/python --require-hashes $(DEV_LOCK)
	$(UV) pip install --quiet --python $(BIN)/python --no-deps -e .
	@touch $@

# deduce's lookup structures, built once per user and deduce version (a minute of CPU) into
# ~/.cache/wijkverbinder (or REDACTION_CACHE_DIR), not on first use; quick when they are there
redaction-cache: $(PY_STAMP)
	@$(BIN)/wijkverbinder redaction-cache

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

# npm and the redaction cache do not depend on each other: build them side by side
setup:
	@$(MAKE) --no-print-directory -j2 $(NPM_STAMP) redaction-cache
	@mkdir -p var

lock: | $(UV)
	$(UV_COMPILE) --extra dev -o $(DEV_LOCK)
	$(UV_COMPILE) -c $(DEV_LOCK) -o $(LOCK)
	$(BIN)/python tools/lockcheck.py stamp
	@echo "$(LOCK) and $(DEV_LOCK) match pyproject.toml; commit them."

lock-upgrade:
	$(MAKE) --no-print-directory lock LOCK_ARGS=--upgrade

run: setup
	$(BIN)/wijkverbinder serve

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

typecheck: setup
	$(BIN)/mypy src benchmarks

contracts: setup
	$(BIN)/lint-imports

migrations-check: setup
	$(BIN)/wijkverbinder makemigrations --check --dry-run

apilint: setup
	npx --no-install spectral lint --quiet --fail-severity error -r tools/nlgov-adr-ruleset.yaml docs/openapi.json
	@echo "NL API Design Rules linter: 0 errors"

pytest: setup
	$(BIN)/pytest $(PYTEST_ARGS)

test: lint typecheck contracts migrations-check apilint
	@echo "Database: $${DATABASE_URL:-SQLite (embedded default)}"
	$(BIN)/pytest $(PYTEST_ARGS)

BENCHMARKS ?= redaction redaction_start classifier import_signals detection detection_latency detection_towns straattafel effect wijkanalyse

bench: setup
	@for name in $(BENCHMARKS); do echo "== benchmarks/$$name.py"; $(BIN)/python benchmarks/$$name.py || exit 1; done

messages: setup
	cd src/wijkverbinder && ../../$(BIN)/wijkverbinder makemessages -l nl --no-obsolete --ignore 'core/*'
	cd src/wijkverbinder && ../../$(BIN)/wijkverbinder compilemessages -l nl

openapi: setup
	$(BIN)/wijkverbinder spectacular --file docs/openapi.json --format openapi-json --validate

clean:
	rm -rf $(VENV) node_modules var/static

settingsdoc: setup
	env -u DATABASE_URL -u SECRET_KEY -u DEBUG -u PORT $(BIN)/python -m wijkverbinder.config.settingsdoc docs/settings.md
