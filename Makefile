# analyysi — `make help` lists the targets. `make report` and `make test` set everything up.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= python3
VENV := .venv
ifeq ($(OS),Windows_NT)
BIN := $(VENV)/Scripts
else
BIN := $(VENV)/bin
endif
INSTALLED := $(VENV)/.installed
# Installs come from the lock only, never from this machine's own pip settings.
PIP := PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 $(BIN)/python -m pip

help: ## List the targets
	@grep -E '^[a-z][a-z-]*:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-10s %s\n", $$1, $$2}'

$(INSTALLED): requirements.lock pyproject.toml setup.py
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
		|| { echo "analyysi needs Python 3.11 or newer ($(PYTHON) is older); set PYTHON=python3.11"; exit 1; }
	@echo "Creating $(VENV) from requirements.lock (first run takes a minute or two)…"
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --require-hashes --no-deps -r requirements.lock
	$(PIP) install --quiet --no-deps --no-build-isolation --editable .
	@# Bytecode now, as pip wrote it for every dependency: where PYTHONDONTWRITEBYTECODE is
	@# set, an editable install is otherwise compiled again by every process of every run.
	$(BIN)/python -m compileall -q src/analyysi
	$(BIN)/python -m ipykernel install --sys-prefix --name analyysi --display-name analyysi >/dev/null
	@if [ -d .git ]; then $(BIN)/nbstripout --install; fi  # outputs never reach a commit
	@touch $@

venv: $(INSTALLED) ## Create the virtual environment from the lock (done by the other targets)

RAW ?= data/raw
PROCESSED ?= data/processed
REPORTS ?= reports

report: $(INSTALLED) ## Parse RAW (data/raw) and render every report in Finnish and English into REPORTS (reports/)
	$(BIN)/analyysi run --raw "$(RAW)" --processed "$(PROCESSED)" --reports "$(REPORTS)" --lang fi,en

lab: $(INSTALLED) ## Open JupyterLab at the project folder, with the project's kernel "analyysi"
	$(BIN)/jupyter lab --notebook-dir=.

test: $(INSTALLED) ## Run the test suite
	$(BIN)/python -m pytest

lint: $(INSTALLED) ## Check style with ruff
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(INSTALLED) ## Format the code with ruff
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

evaluate: $(INSTALLED) ## Measure the text rules on the development and held-out test sets; write the quoted figures
	$(BIN)/python tools/evaluate_text_rules.py --write

bench: $(INSTALLED) ## Run the benchmarks and print their figures
	$(BIN)/python benchmarks/bench_parse.py
	$(BIN)/python benchmarks/bench_programme.py
	$(BIN)/python benchmarks/bench_run.py
	$(BIN)/python benchmarks/bench_report.py
	$(BIN)/python benchmarks/bench_figures.py
	$(BIN)/python benchmarks/bench_hostile.py
	$(BIN)/python benchmarks/bench_interrupt.py

lock: $(INSTALLED) ## Re-resolve the pins (requirements.lock and environment.yml)
	$(BIN)/uv pip compile pyproject.toml --extra dev --python-version 3.11 \
		--universal --generate-hashes --upgrade --quiet -o requirements.lock
	$(BIN)/python tools/environment_from_lock.py requirements.lock > environment.yml

check-lock: $(INSTALLED) ## Check that the lock installs on Windows, macOS and Linux (a dry run, needs the registry)
	@for platform in x86_64-pc-windows-msvc aarch64-apple-darwin x86_64-apple-darwin \
		x86_64-unknown-linux-gnu aarch64-unknown-linux-gnu; do \
		printf '%-26s ' $$platform; \
		out=$$($(BIN)/uv pip install --dry-run --require-hashes --no-deps --python-version 3.11 \
			--python-platform $$platform --target $(VENV)/.check-lock -r requirements.lock 2>&1); \
		echo "$$out" | grep '^Would install' || { echo "$$out"; exit 1; }; \
	done

clean: ## Remove generated tables, reports and caches (keeps the environment)
	rm -rf data/processed/*.csv data/processed/*.json reports/*.html reports/*.xlsx reports/*.docx \
		reports/notebooks reports/figures reports/tables reports/en reports/.cache \
		.pytest_cache .ruff_cache .hypothesis benchmarks/output tests/output
	find . -name __pycache__ -type d -prune -not -path './$(VENV)/*' -exec rm -rf {} +

distclean: clean ## Also remove the virtual environment
	rm -rf $(VENV)

.PHONY: help venv report lab test lint format evaluate bench lock check-lock clean distclean
