# One task runner. Every target sets itself up on a fresh machine (creates .venv, installs).
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp
export QT_QPA_PLATFORM ?= offscreen

.PHONY: run test lint format bench i18n freeze clean

$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test,dev]'
	touch $(STAMP)

i18n: $(STAMP)
	$(PY) -m crmdesk.i18n_build

run: $(STAMP) i18n
	QT_QPA_PLATFORM= $(PY) -m crmdesk

test: $(STAMP) i18n
	$(PY) -m pytest

lint: $(STAMP)
	$(VENV)/bin/ruff check crmdesk tests benchmarks
	$(VENV)/bin/ruff format --check crmdesk tests benchmarks
	$(VENV)/bin/mypy

format: $(STAMP)
	$(VENV)/bin/ruff check --fix crmdesk tests benchmarks
	$(VENV)/bin/ruff format crmdesk tests benchmarks

bench: $(STAMP)
	$(PY) benchmarks/run_all.py

freeze: $(STAMP) i18n
	$(VENV)/bin/pyinstaller --noconfirm crmdesk.spec

clean:
	rm -rf $(VENV) build dist
