# Two commands for a fresh clone: `make run` (console chat, or Telegram with a token) and
# `make test`. Both create the virtual environment on first use.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench catalogs

$(BIN)/ntm-bot: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $@

run: $(BIN)/ntm-bot
	$(BIN)/ntm-bot run

test: $(BIN)/ntm-bot
	$(BIN)/ruff check bot handlers store tests bench
	$(BIN)/ruff format --check bot handlers store tests bench
	$(BIN)/mypy
	$(BIN)/python -m pytest -q

bench: $(BIN)/ntm-bot
	$(BIN)/python bench/answers.py
	$(BIN)/python bench/telegram_throughput.py
	$(BIN)/python bench/broadcast.py
	$(BIN)/python bench/export_status.py

# Re-extract messages after changing user-facing text; then translate locales/vi.
catalogs: $(BIN)/ntm-bot
	$(BIN)/pybabel extract -F babel.cfg -k _ -o locales/messages.pot --no-location --omit-header -w 99 .
	$(BIN)/python locales/update_catalogs.py
