# newsflow — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
COMPILE_STAMP := $(VENV)/.compiled
# the pipeline's sources: setup.py compiles most of them (its COMPILED says which)
COMPILED_SRC := $(shell find service/pipeline -name '*.py' 2>/dev/null)
LOCALKAFKA := $(PYTHON) -m devtools.localkafka

.PHONY: install compile pure lint test test-unit test-integration test-rules demo kafka-up kafka-down kafka-jars bench bench-snippets schemas docs lock clean

install: $(STAMP) $(COMPILE_STAMP)  ## create .venv: newsflow, its dev tools and the model, at the versions and hashes of requirements/dev.txt; the pipeline's stages compiled

# requirements/dev.txt locks every package (runtime, dev tools, the model, setuptools) with
# its hashes; newsflow itself goes in after them (below), without touching them.
$(STAMP): pyproject.toml requirements/dev.txt
	@echo ">> creating $(VENV) and installing (first run takes a few minutes)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --progress-bar on --require-hashes -r requirements/dev.txt
	touch $(STAMP)

compile: $(COMPILE_STAMP)  ## compile the pipeline's stages with mypyc (setup.py), again whenever a pipeline source changes

# newsflow itself goes in editable, its pipeline's stages compiled by mypyc (setup.py). The compiled
# modules sit beside their sources and shadow them, so they are rebuilt after any edit
# (service.pipeline.compiled refuses to import a stale one). NEWSFLOW_COMPILE=0 installs the
# sources uncompiled: the same behaviour, slower.
$(COMPILE_STAMP): $(STAMP) setup.py $(COMPILED_SRC)
	@if [ "$${NEWSFLOW_COMPILE:-1}" = 0 ]; then $(MAKE) --no-print-directory pure; \
	else echo ">> compiling the pipeline with mypyc (2 to 3 minutes on 2 cores)"; fi
	$(BIN)/pip install --progress-bar on --no-deps --no-build-isolation -e .
	find service -name '*.so' -exec touch {} +
	touch $(COMPILE_STAMP)

pure:  ## remove the compiled pipeline: its sources run uncompiled until the next `make compile` (which install, test and bench run)
	find service -name '*.so' -delete
	rm -f newsflow_native__mypyc*.so
	rm -f $(COMPILE_STAMP)

PIP_COMPILE = pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links

lock:  ## re-lock requirements/{runtime,dev}.txt after a pyproject change (needs pip-tools; existing pins are kept)
	$(PIP_COMPILE) --output-file=requirements/runtime.txt pyproject.toml requirements/build.in
	$(PIP_COMPILE) --extra=dev --output-file=requirements/dev.txt pyproject.toml requirements/build.in

kafka-jars:  ## resolve the Apache Kafka jars from Maven Central (cached in ~/.cache/newsflow)
	$(LOCALKAFKA) resolve

kafka-up: kafka-jars  ## start a local single-node KRaft broker on a free port; prints its address
	$(LOCALKAFKA) up

kafka-down:  ## stop the local broker and remove its data
	$(LOCALKAFKA) down

lint: install  ## ruff (lint + format check), mypy --strict on service/, the import contracts
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy service
	$(BIN)/lint-imports

schemas: install  ## regenerate schemas/ from the event models
	$(BIN)/newsflow schemas export

docs: install  ## regenerate docs/settings.md's table, the ConfigMap and the PrometheusRule from their sources
	$(BIN)/python -m devtools.settings_doc
	$(BIN)/python -m devtools.manifests

test: lint kafka-jars test-rules  ## lint, the alert rule tests, then the whole suite against a real broker the suite starts itself
	$(BIN)/newsflow schemas check
	$(BIN)/pytest

test-rules:  ## promtool: check the Prometheus config and rules, run alerts.test.yml (builds promtool with Go once)
	deploy/prometheus/test-rules.sh

test-unit: install
	$(BIN)/pytest tests/unit

test-integration: install kafka-jars
	$(BIN)/pytest tests/integration

demo: install kafka-jars  ## start a broker if none is reachable, run the worker, publish the example, print events
	$(BIN)/python -m devtools.demo

bench: install kafka-jars  ## benchmarks: quality and speed, printed and saved to bench/results/
	$(BIN)/python -m bench

bench-snippets: install  ## trafilatura's evaluation set (fetched once from the Go module proxy): snippet P/R/F1
	$(BIN)/python -m bench.snippets

clean: pure
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .newsflow-data build
