# Two commands do all the set-up on a fresh machine: `make run` and `make test`.
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
STAMP := $(VENV)/.installed
LLM_STAMP := $(VENV)/.installed-llm
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1
export OMP_WAIT_POLICY := PASSIVE
PORT ?= 8501

.PHONY: install run test eval bench clean browser-deps llm-deps

install: $(STAMP)

# Re-runs only when pyproject.toml changes; torch is pinned first (an unpinned one pulls CUDA).
$(STAMP): pyproject.toml
	test -x $(PY) || python3 -m venv $(VENV)
	$(PIP) install -q --upgrade pip
	$(PIP) install -q torch==2.13.0
	$(PIP) install -q -e '.[test]'
	touch $(STAMP)

run: install
	$(VENV)/bin/factcheck ingest seeds/
	$(VENV)/bin/streamlit run streamlit_app.py --server.port $(PORT) --server.headless true --browser.gatherUsageStats false

test: install llm-deps browser-deps
	$(PY) -m pytest -q

# The optional LLM support, for the real-model test. llama-cpp-python builds from source (about
# 5 minutes on 2 cores) the first time only: pip caches the built wheel, and the pinned version
# (pyproject.toml) makes a fresh venv reuse it in seconds.
llm-deps: $(LLM_STAMP)

$(LLM_STAMP): $(STAMP)
	$(PIP) install -q -e '.[test,llm]'
	touch $(LLM_STAMP)

# The browser test drives Debian's chromium (playwright cannot download browsers here).
browser-deps:
	test -x /usr/bin/chromium || (apt-get update && apt-get install -y chromium)

eval: install
	$(VENV)/bin/factcheck eval seeds/questions.jsonl --out runs/seed --baseline

bench: install
	$(PY) benchmarks/core.py

clean:
	rm -rf $(VENV) .pytest_cache runs
