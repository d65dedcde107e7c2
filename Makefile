# Two commands set everything up on a fresh machine:
#   make demo   builds output/newsfacts.db from corpus/ (installs into .venv first)
#   make test   runs the test suite (installs into .venv first)
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test serve wheels

$(BIN)/newsfacts: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test,train,dask]'
	touch $@

demo: $(BIN)/newsfacts
	$(BIN)/newsfacts run corpus/ --db output/newsfacts.db

test: $(BIN)/newsfacts
	$(BIN)/python -m pytest

serve: $(BIN)/newsfacts
	$(BIN)/newsfacts serve --db output/newsfacts.db

# dist/newsfacts-*.whl and dist/nb_newsfacts-*.whl (the trained pipeline as its own package)
wheels: $(BIN)/newsfacts
	$(BIN)/python scripts/build_wheels.py --out dist
