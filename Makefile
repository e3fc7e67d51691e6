# Polemos: `make demo` sets up and runs the demo, `make test` sets up and runs every test.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin

.PHONY: demo test lock chromium clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Exact versions with hashes from the lock files (requirements/), then Polemos itself without dependencies,
# built with the locked setuptools. `make lock` regenerates the locks from pyproject.toml's ranges.
INSTALL_SELF := $(BIN)/pip install --quiet --no-deps --no-build-isolation -e .

$(VENV)/.installed: pyproject.toml requirements/core.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/core.txt
	$(INSTALL_SELF)
	touch $@

$(VENV)/.installed-test: pyproject.toml requirements/dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements/dev.txt
	$(INSTALL_SELF)
	touch $@ $(VENV)/.installed

demo: $(VENV)/.installed
	$(BIN)/polemos demo

# ruff's lint first (settings in pyproject.toml), then every test
test: $(VENV)/.installed-test chromium
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

# Regenerate requirements/core.txt (the core install) and requirements/dev.txt (every extra but `build`, with
# the test tools and uv) from pyproject.toml, keeping locked versions that still fit; UPGRADE=1 takes the newest.
LOCK_OPTS := --universal --python-version 3.11 --generate-hashes --quiet --custom-compile-command "make lock" \
	$(if $(UPGRADE),--upgrade)
lock: $(VENV)/.installed-test
	$(BIN)/uv pip compile pyproject.toml $(LOCK_OPTS) -o requirements/core.txt
	$(BIN)/uv pip compile pyproject.toml --extra dev -c requirements/core.txt $(LOCK_OPTS) -o requirements/dev.txt

# The browser tests drive Debian's chromium (never a downloaded browser); they skip, saying so, without it.
chromium:
	@command -v chromium >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 && \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; } || \
	  echo "chromium is not installed: the browser tests will be skipped"

clean:
	rm -rf $(VENV) polemos-demo .pytest_cache
