# Two commands for a fresh clone: `make run` (console chat, or Telegram with a token) and
# `make test`. Both create the virtual environment on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test test-fast compiled lint bench catalogs

$(BIN)/ntm-bot: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: $(BIN)/ntm-bot
	$(BIN)/ntm-bot run

# The store, domain and workflow tests run on SQLite and on PostgreSQL: scripts/with-postgres
# starts a throw-away PostgreSQL on loopback when initdb is installed (else those cases skip;
# NTM_TEST_DATABASE_URL=postgresql://... uses a server you have instead).
# Two test processes (pytest-xdist): the machine has 2 cores.
test: lint compiled
	scripts/with-postgres $(BIN)/python -m pytest -q -n 2

# The domain and adapter tiers only (no bot process, no fake servers of their own): a quick
# check while working. `make test` runs everything.
test-fast: $(BIN)/ntm-bot compiled
	$(BIN)/python -m pytest -q -n 2 -m "domain or adapter"

# Byte-compile the project (as pip does for installed packages; an editable install is not):
# the tests start about 60 command-line subprocesses, which would otherwise each compile every
# module again where PYTHONDONTWRITEBYTECODE is set. Up to date, it only compares timestamps.
compiled: $(BIN)/ntm-bot
	$(BIN)/python -m compileall -q vocab store handlers bot tests

# Style, types (packages and tests) and the architecture contract (tests/test_architecture.py
# runs in every tier as well).
lint: $(BIN)/ntm-bot
	$(BIN)/ruff check vocab bot handlers store tests bench
	$(BIN)/ruff format --check vocab bot handlers store tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q tests/test_architecture.py

bench: $(BIN)/ntm-bot
	$(BIN)/python bench/answers.py
	$(BIN)/python bench/telegram_throughput.py
	$(BIN)/python bench/broadcast.py
	$(BIN)/python bench/export_status.py

# Re-extract messages after changing user-facing text; then translate locales/vi.
catalogs: $(BIN)/ntm-bot
	$(BIN)/pybabel extract -F babel.cfg -k _ -o locales/messages.pot --no-location --omit-header -w 99 .
	$(BIN)/python locales/update_catalogs.py
