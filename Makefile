# Every command people and CI run. `make run` and `make test` are all a newcomer needs.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
PIP_INSTALL := $(BIN)/pip install --quiet --disable-pip-version-check
# Some machines' pip config lists index folders that do not exist; hide that noise only.
PIP_QUIET := 2>&1 | { grep -v "is ignored: it is neither a file nor a directory" || true; }; \
	exit $${PIPESTATUS[0]}

.PHONY: run test install train lint typecheck bench clean

$(STAMP): pyproject.toml requirements.lock
	@test -x $(BIN)/python || { py=$$(scripts/find_python.sh) && echo "Creating $(VENV) with $$py" && $$py -m venv $(VENV); }
	$(PIP_INSTALL) "setuptools==70.3.0" wheel $(PIP_QUIET)
	$(PIP_INSTALL) -c requirements.lock -e '.[dev]' $(PIP_QUIET)
	@touch $(STAMP)

install: $(STAMP)

train: $(STAMP)
	$(BIN)/complaintbot train --if-changed

run: $(STAMP)
	$(BIN)/complaintbot run

test: $(STAMP)
	scripts/ensure_services.sh
	scripts/ensure_chromium.sh
	$(BIN)/ruff check bot actions tests bench
	$(BIN)/mypy
	$(BIN)/pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check bot actions tests bench
	$(BIN)/ruff format --check bot actions tests bench

typecheck: $(STAMP)
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python bench/analyze_throughput.py

clean:
	rm -rf runtime models .pytest_cache .mypy_cache .ruff_cache
