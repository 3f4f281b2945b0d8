# The two quickstart commands: `make demo` and `make test`. Both create .venv when it is missing.
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint eval bench install-check clean

$(STAMP): pyproject.toml
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)

demo: $(STAMP)
	$(BIN)/newsevents demo

lint: $(STAMP)
	$(BIN)/ruff check src tests benchmarks
	$(BIN)/ruff format --check src tests benchmarks
	$(BIN)/mypy

test: lint
	$(BIN)/python -m pytest -n 2
	$(BIN)/python benchmarks/gate.py

eval: $(STAMP)
	$(BIN)/python benchmarks/eval.py all

bench: $(STAMP)
	$(BIN)/python benchmarks/throughput.py

# What a user gets: a non-editable install in a fresh venv, run outside the source tree, reads the
# bundled examples and an HTML page (HTML needs lxml_html_clean). Needs PyPI, or pip's cache.
install-check:
	@tmp=$$(mktemp -d) && set -ex && $(PYTHON) -m venv $$tmp/venv \
	&& $$tmp/venv/bin/python -m pip install --quiet . \
	&& cd $$tmp && venv/bin/newsevents demo --db demo.duckdb \
	&& venv/bin/newsevents ingest $(CURDIR)/tests/data/ingest/harbour_talks.html --db html.duckdb \
	&& rm -rf $$tmp

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
