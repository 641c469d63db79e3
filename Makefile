# Two commands do everything on a fresh machine: `make demo` and `make test`.

# Current Open edX runs Python 3.12: prefer pyenv's, then one on PATH.
PYTHON ?= $(firstword $(wildcard $(HOME)/.pyenv/versions/3.12.*/bin/python3.12) $(shell command -v python3.12 2>/dev/null))
VENV := .venv
BIN := $(VENV)/bin
SETTINGS := demo.settings
DJANGO := DJANGO_SETTINGS_MODULE=$(SETTINGS) $(BIN)/python -m django
CHROMIUM := /usr/bin/chromium
MARIADB_URL := {"default": {"ENGINE": "django.db.backends.mysql", "NAME": "studygroup", "USER": "root", "PASSWORD": "", "HOST": "127.0.0.1", "PORT": "3306", "OPTIONS": {"charset": "utf8mb4"}, "TEST": {"NAME": "test_studygroup", "CHARSET": "utf8mb4", "COLLATION": "utf8mb4_unicode_ci"}}}

# tox finds the matrix's older Python under pyenv too.
export PATH := $(subst $(eval) ,:,$(wildcard $(HOME)/.pyenv/versions/3.1[12].*/bin)):$(PATH)

.PHONY: demo test lint check-migrations test-python test-database test-matrix bench translations extract_translations clean

$(BIN)/.installed: setup.py requirements/base.in requirements/test.in requirements/dev.in requirements/constraints.txt
	@test -n "$(PYTHON)" || { echo "Python 3.12 is needed (pyenv install 3.12, or your system's python3.12)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -c requirements/constraints.txt -e . -r requirements/dev.in
	touch $@

$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	else \
		echo "The browser tests need Debian's chromium: sudo apt-get install -y chromium"; exit 1; \
	fi

var:
	mkdir -p var

demo: $(BIN)/.installed var
	$(DJANGO) migrate --run-syncdb --verbosity 0
	$(BIN)/python -m demo.seed
	@echo "Open http://127.0.0.1:8000/ (people: ana, ivan, lena, jonas, lucia, pablo, maria, staff, anonymous)"
	$(DJANGO) runserver 127.0.0.1:8000

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

lint: $(BIN)/.installed node_modules/.installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	npx eslint static/js

check-migrations: $(BIN)/.installed var
	$(DJANGO) makemigrations studygroup --check --dry-run

# The newest stack (.venv): the suites that need a browser, the wheel or Tutor.
test-python: $(BIN)/.installed $(CHROMIUM) var
	$(BIN)/pytest -m "browser or packaging"

test-database: $(BIN)/.installed var
	WORKBENCH_DATABASES='$(MARIADB_URL)' $(BIN)/pytest -m mysql tests/database

# Every platform (tox.ini: ulmo, verawood, latest): unit, integration and contract suites.
test-matrix: $(BIN)/.installed
	$(BIN)/tox run-parallel --parallel 2 --parallel-live

test: lint check-migrations test-python test-database test-matrix

bench: $(BIN)/.installed
	$(BIN)/python -m bench.run

# Refresh the catalogues from the code, then build the .mo and browser catalogues.
translations: extract_translations
	$(BIN)/python -m demo.translations compile

# The English source (OEP-58), under the name the Open edX translation tooling calls.
extract_translations: $(BIN)/.installed
	$(BIN)/python -m demo.translations extract

clean:
	rm -rf $(VENV) var build dist *.egg-info .tox test-artifacts node_modules
