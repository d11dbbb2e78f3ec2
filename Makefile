# Two commands do everything on a fresh machine:
#   make lab    set up, build the offline model set, open the course in JupyterLab
#   make test   set up, build the offline model set, run every test offline
# Others: make course (execute every notebook in place, timed), make bench, make models,
# make clean-models (remove the built model set), make clean (remove the virtual env),
# make drift [TRANSFORMERS=x.y.z] (what a newer transformers release would change; README,
# "Living errata and upgrading the pins"), make drift-wheels (fetch the older release the
# test suite checks the drift report against; `make test` does it first).

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

.PHONY: setup models lab test course bench drift drift-wheels clean-models clean

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

lab: models
	$(VENV)/bin/jupyter lab $(LAB_ARGS) notebooks/

test: models drift-wheels
	$(PY) -m pytest

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
