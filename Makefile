# wijkverbinder — two commands: `make run` and `make test`.
# `make setup` is what both share: a virtualenv in .venv, the package with its dependencies,
# and the front-end packages from npm (served locally, never from a CDN). It is idempotent and
# quick when nothing changed (stamp files under .venv/ and node_modules/).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY_STAMP := $(VENV)/.installed
NPM_STAMP := node_modules/.installed
PYTEST_ARGS ?=

.PHONY: apilint setup run test lint typecheck contracts migrations-check pytest bench messages openapi settingsdoc clean help

help:
	@echo "make run    – set up and start wijkverbinder on http://127.0.0.1:$${PORT:-8000} (demo loaded)"
	@echo "make test   – set up and run every check (ruff, mypy, import-linter, migrations, API lint, pytest)"
	@echo "make setup  – only the shared set-up"
	@echo "make bench  – benchmarks (figures as ratios against a baseline)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(PY_STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

$(NPM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $@

setup: $(PY_STAMP) $(NPM_STAMP)
	@mkdir -p var

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

BENCHMARKS ?= redaction classifier import_signals detection straattafel

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
