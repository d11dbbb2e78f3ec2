# Two commands do everything on a fresh machine:
#   make lab    set up, build the offline model set, open the course in JupyterLab
#   make test   set up, build the offline model set, run every test offline (and the English
#               chapters again under Python 3.13, the Python of hosted notebooks such as Colab)
# Others: make course (execute every notebook in place, timed), make bench, make models,
# make clean-models (remove the built model set), make clean (remove the virtual envs),
# make drift [TRANSFORMERS=x.y.z] (what a newer transformers release would change; see the
# guide "Living errata and upgrading the pins"), make drift-wheels (fetch the older release
# the test suite checks the drift report against; `make test` does it first), make site (the
# offline website), make slides (reveal.js decks), make js (the decks' browser files, from
# npm), make browser (Debian's Chromium for the browser tests), make constraints (re-pin).
# Without make (Windows, a bare macOS): `pip install .` then the `course` command (README).

# The Python the course's virtual environment is made from: empty means tools/find-python.sh
# picks one (3.11, the reference for the committed outputs, then 3.12, then 3.13).
PYTHON ?=
VENV   ?= .venv
PY     := $(VENV)/bin/python
UV     := $(VENV)/bin/uv
# Every install goes through constraints.txt, the exact releases the committed outputs were
# made with (pyproject.toml declares ranges, for learners installing beside other packages).
CONSTRAINTS := constraints.txt
# torch is held at the release whose CPU build this machine kind has on disk. pip's own
# configuration may point at that wheel (find-links); uv does not read pip's configuration,
# so the same folders are handed to uv. Elsewhere torch comes from the package index (on
# Linux that is the CUDA build; `UV_TORCH_BACKEND=cpu make setup` asks for the CPU build).
TORCH  := torch==2.13.0
FIND_LINKS = $(or $(PIP_FIND_LINKS),$(shell $(PY) -m pip config get global.find-links 2>/dev/null))
UV_INSTALL = $(UV) pip install --quiet --python $(PY) --constraint $(CONSTRAINTS) \
             $(foreach d,$(FIND_LINKS),--find-links $(d))
STAMP         := $(VENV)/.installed
TEST_STAMP    := $(VENV)/.installed-test
PUBLISH_STAMP := $(VENV)/.installed-publish
# The second interpreter `make test` runs the English chapters under (nbval), in its own env.
OTHER_PYTHON  ?= 3.13
OTHER_VENV    := .venv-$(OTHER_PYTHON)
# JupyterLab refuses to start as root (containers often are) unless told it is intended.
LAB_ARGS ?= $(if $(filter 0,$(shell id -u)),--allow-root)
# The folder JupyterLab opens, and extra server options (the browser test passes a copy of
# notebooks/ and a port).
LAB_DIR  ?= notebooks/
LAB_OPTS ?=
# The course's JupyterLab settings (no "Jupyter news" prompt), installed into the venv (a wheel installs it as data).
LAB_SETTINGS := $(VENV)/share/jupyter/lab/settings/overrides.d/transformers-course.json
# The slides' browser files, installed from npm at the versions in publish/js/package.json.
JS_DIR   := $(VENV)/share/course-js
JS_STAMP := $(JS_DIR)/.installed
CHROMIUM ?= /usr/bin/chromium

.PHONY: setup models lab test test-other-python course bench drift drift-wheels clean-models clean \
        site slides js browser constraints

setup: $(STAMP)

# The learner's environment: uv installs it (a minute less than pip from cold caches).
$(STAMP): pyproject.toml $(CONSTRAINTS)
	@py="$(PYTHON)"; [ -n "$$py" ] || py=$$(sh tools/find-python.sh) || exit 1; \
	if [ ! -x $(PY) ]; then echo "Using $$($$py -V 2>&1) at $$py"; $$py -m venv $(VENV) || exit 1; fi
	$(PY) -m pip install --quiet --disable-pip-version-check --constraint $(CONSTRAINTS) uv
	$(UV_INSTALL) --editable .
	touch $@

# Extras on top of it: the test runners (with the publishing tools: the browser tests read the
# site; and JupyterHub: the classroom test starts a class of 3), and the publishing tools alone.
$(TEST_STAMP): $(STAMP)
	$(UV_INSTALL) --editable '.[test,publish,classroom]'
	touch $@

$(PUBLISH_STAMP): $(STAMP)
	$(UV_INSTALL) --editable '.[publish]'
	touch $@

models: $(STAMP)
	$(PY) -m course_utils build

$(LAB_SETTINGS): publish/jupyterlab/transformers-course.json $(STAMP)
	install -D -m 644 $< $@

lab: models $(LAB_SETTINGS)
	$(VENV)/bin/jupyter lab $(LAB_ARGS) $(LAB_OPTS) $(LAB_DIR)

# The English chapters run first under a second Python (3.13 unless OTHER_PYTHON says
# otherwise; tests/test_wheel.py then installs the wheel for it from uv's cache). The browser
# tests need the site, the decks, the course's JupyterLab settings and Chromium; the drift
# test needs the older release's wheels.
test: models $(TEST_STAMP) drift-wheels site slides $(LAB_SETTINGS) browser test-other-python
	$(PY) -m pytest

# nbval of the English chapters under OTHER_PYTHON, in .venv-3.13 with the same constraints
# (torch there is the index's build: CUDA on Linux, which runs on the CPU). Skipped with a note
# when no such Python is installed, except in CI, where it must run.
test-other-python: models
	@py=$$(sh tools/find-python.sh $(OTHER_PYTHON)) || { \
	  if [ -n "$$CI" ]; then exit 1; fi; \
	  echo "note: skipped the Python $(OTHER_PYTHON) run (no python$(OTHER_PYTHON) found)"; exit 0; }; \
	if [ ! -x $(OTHER_VENV)/bin/python ]; then echo "Using $$($$py -V 2>&1) at $$py"; $$py -m venv $(OTHER_VENV) || exit 1; fi; \
	$(OTHER_VENV)/bin/python -m pip install --quiet --disable-pip-version-check --constraint $(CONSTRAINTS) uv && \
	$(OTHER_VENV)/bin/uv pip install --quiet --python $(OTHER_VENV)/bin/python --constraint $(CONSTRAINTS) \
	  --editable '.[test]' && \
	$(OTHER_VENV)/bin/python -m pytest notebooks/[0-9][0-9]_*.ipynb

site: models $(PUBLISH_STAMP)
	$(PY) -m publish.site

slides: $(PUBLISH_STAMP) $(JS_STAMP)
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

course: models $(TEST_STAMP)
	$(PY) -m course_utils execute

bench: models $(TEST_STAMP)
	$(PY) -m course_utils bench

drift: models $(TEST_STAMP)
	$(PY) -m course_utils drift $(if $(TRANSFORMERS),--transformers $(TRANSFORMERS))

drift-wheels: $(TEST_STAMP)
	$(PY) -m course_utils drift --prepare-proof

clean-models: $(STAMP)
	$(PY) -m course_utils remove

clean:
	rm -rf $(VENV) $(OTHER_VENV)

# Re-pin: the newest releases pyproject.toml's ranges admit, torch held (see TORCH), resolved
# once for every supported Python and platform, the same release everywhere it can be.
constraints: $(STAMP)
	printf 'uv\n$(TORCH)\n' | $(UV) pip compile pyproject.toml - --all-extras --universal \
	  --fork-strategy fewest --python-version 3.11 --no-annotate --quiet \
	  --custom-compile-command 'make constraints' --output-file $(CONSTRAINTS)
