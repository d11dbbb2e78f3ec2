# Two commands do everything on a fresh machine:
#   make lab    set up, build the offline model set, open the course in JupyterLab
#   make test   set up, build the offline model set, run every test offline
# Others: make course (execute every notebook in place, timed), make bench, make models,
# make clean-models (remove the built model set), make clean (remove the virtual env),
# make drift [TRANSFORMERS=x.y.z] (what a newer transformers release would change; README,
# "Living errata and upgrading the pins"), make drift-wheels (fetch the older release the
# test suite checks the drift report against; `make test` does it first),
# make site (the offline website), make slides (reveal.js decks), make js (the decks'
# browser files, from npm), make browser (Debian's Chromium for the browser tests).

PYTHON ?= python3.11
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip
# torch goes in first, pinned exactly: an unpinned or open-ended torch pulls a multi-GB CUDA
# build. tests/test_conventions.py checks this pin equals the one in pyproject.toml.
TORCH  := torch==2.13.0
STAMP  := $(VENV)/.installed
# JupyterLab refuses to start as root (containers often are) unless told it is intended.
LAB_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)
# The folder JupyterLab opens, and extra server options (the browser test passes a copy of
# notebooks/ and a port).
LAB_DIR  ?= notebooks/
LAB_OPTS ?=
# The course's JupyterLab settings (no "Jupyter news" prompt), installed into the venv.
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.json
# The slides' browser files, installed from npm at the versions in publish/js/package.json.
JS_DIR   := $(VENV)/share/course-js
JS_STAMP := $(JS_DIR)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: setup models lab test course bench drift drift-wheels clean-models clean site slides js browser

setup: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "error: $(PYTHON) not found; install Python 3.11 or run 'make PYTHON=/path/to/python3.11 ...'"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet $(TORCH)
	$(PIP) install --quiet -e .
	touch $@

models: $(STAMP)
	$(PY) -m course_utils build

$(LAB_SETTINGS): publish/jupyterlab/overrides.json $(STAMP)
	install -D -m 644 $< $@

lab: models $(LAB_SETTINGS)
	$(VENV)/bin/jupyter lab $(LAB_ARGS) $(LAB_OPTS) $(LAB_DIR)

# The browser tests need the site, the decks, the course's JupyterLab settings and Chromium;
# the drift test needs the older release's wheels.
test: models drift-wheels site slides $(LAB_SETTINGS) browser
	$(PY) -m pytest

site: models
	$(PY) -m publish.site

slides: $(STAMP) $(JS_STAMP)
	$(PY) -m publish.slides

js: $(JS_STAMP)

$(JS_STAMP): publish/js/package.json
	@command -v npm >/dev/null || { echo "error: npm not found; install Node.js (Debian: apt-get install npm) for the slides' reveal.js"; exit 1; }
	mkdir -p $(JS_DIR)
	cp $< $(JS_DIR)/package.json
	npm install --prefix $(JS_DIR) --no-audit --no-fund --loglevel=error
	touch $@

# Chromium for the browser tests: installed from Debian when missing and we are root (as in
# CI); elsewhere the browser tests skip with a note.
browser:
	@if [ -x $(CHROMIUM) ]; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium; \
	else echo "note: no Chromium at $(CHROMIUM); the browser tests will skip (Debian: sudo apt-get install chromium)"; fi

course: models
	$(PY) -m course_utils execute

bench: models
	$(PY) -m course_utils bench

drift: models
	$(PY) -m course_utils drift $(if $(TRANSFORMERS),--transformers $(TRANSFORMERS))

drift-wheels: $(STAMP)
	$(PY) -m course_utils drift --prepare-proof

clean-models: $(STAMP)
	$(PY) -m course_utils remove

clean:
	rm -rf $(VENV)
