# FitnessCRM: `make run` serves the app, `make test` runs every test. Both install what they need.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := fitnesscrm.app:create_app
export PYTHONPATH := $(CURDIR)/backend

.PHONY: run test lint format install lock migrate demo-data backend-test bench help

help:
	@echo "make run    install, migrate, load demo data into an empty database, serve on http://127.0.0.1:$(PORT)"
	@echo "make test   install what tests need and run every test"
	@echo "make lint   ruff check + ruff format --check"

$(BIN)/activate:
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate backend/requirements.txt backend/requirements-dev.txt
	$(BIN)/pip install --quiet -r backend/requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	cd backend && ../$(BIN)/flask db upgrade

demo-data: migrate
	cd backend && ../$(BIN)/flask demo-data --if-empty

run: demo-data
	cd backend && ../$(BIN)/flask run --host 127.0.0.1 --port $(PORT)

backend-test: install
	$(BIN)/pytest

test: lint backend-test

lint: install
	$(BIN)/ruff check backend bench
	$(BIN)/ruff format --check backend bench

format: install
	$(BIN)/ruff check --fix backend bench
	$(BIN)/ruff format backend bench

# Re-pin backend/requirements*.txt from the .in files in a clean virtualenv.
lock:
	rm -rf /tmp/fitnesscrm-lock && python3 -m venv /tmp/fitnesscrm-lock
	/tmp/fitnesscrm-lock/bin/pip install --quiet -r backend/requirements.in
	(echo "# Generated from requirements.in by 'make lock'; pins what CI tested."; /tmp/fitnesscrm-lock/bin/pip freeze) > backend/requirements.txt
	/tmp/fitnesscrm-lock/bin/pip freeze > /tmp/fitnesscrm-lock/runtime.txt
	/tmp/fitnesscrm-lock/bin/pip install --quiet -r backend/requirements-dev.in
	(echo "# Generated from requirements-dev.in by 'make lock'."; echo "-r requirements.txt"; /tmp/fitnesscrm-lock/bin/pip freeze | grep -vxFf /tmp/fitnesscrm-lock/runtime.txt) > backend/requirements-dev.txt

bench: install
	$(BIN)/python bench/run_foundation.py
