# Two commands do all the set-up on a fresh machine:
#   make demo   installs polybrief into .venv and runs it on examples/
#   make test   installs polybrief with its test tools into .venv and runs the tests
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench install

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/python -m pip install --quiet --upgrade pip
	$(VENV)/bin/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(VENV)/bin/polybrief run examples/ --to en

test: $(STAMP)
	$(VENV)/bin/python -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

bench: $(STAMP)
	for bench in tests/bench/bench_*.py; do echo "== $$bench"; $(VENV)/bin/python $$bench || exit 1; done
