# FitnessCRM: `make run` serves the app, `make test` runs every test. Both install what they need.
SHELL := /bin/bash
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 5000
export FLASK_APP := fitnesscrm.app:create_app
# The app treats an unset APP_ENV as production; make's targets are local runs unless told otherwise.
# Development keeps random secrets in var/secret-keys.json (VAR_DIR), made on first start.
export APP_ENV ?= development
export PYTHONPATH := $(CURDIR)/backend

.PHONY: run test lint format install lock migrate demo-data backend-test api-fuzz bench bench-training bench-chat bench-lighthouse help ops-tools \
	frontend frontend-install frontend-api frontend-api-check frontend-lint frontend-test e2e dev redis \
	sdk sdk-check sdk-install bench-api-v2 bench-mixed

help:
	@echo "make run    install, migrate, load demo data into an empty database, build the web app, serve it with"
	@echo "           gunicorn on http://127.0.0.1:$(PORT) and run the job worker beside it (Ctrl-C stops both)"
	@echo "make test   install what tests need and run every test"
	@echo "make lint   ruff check + ruff format --check"
	@echo "make dev    API on :$(PORT) and the web app with hot reload on http://127.0.0.1:5173"

$(BIN)/activate:
	python3 -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/activate backend/requirements.txt backend/requirements-dev.txt
	$(BIN)/pip install --quiet -r backend/requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	cd backend && ../$(BIN)/flask db upgrade
	cd backend && ../$(BIN)/flask exercises seed

demo-data: migrate
	cd backend && ../$(BIN)/flask demo-data --if-empty

# Gunicorn, the production server, with backend/gunicorn.conf.py and the same app and settings as
# everywhere else, and the job worker (`flask worker`, docs/jobs.md) beside it; PORT reaches the app
# too, for the links it builds.
run: demo-data frontend
	PORT=$(PORT) exec scripts/run.sh

# The feed tests read calendars with ical.js too (frontend/scripts/expand-ics.mjs). One worker per
# core (TEST_WORKERS), each with its own embedded PostgreSQL. (`--dist loadfile` would keep a module's
# demo studio to one load, but stalls the schemathesis run after its first operation; so does `loadgroup`.)
TEST_WORKERS ?= auto
backend-test: install frontend-install sdk-install redis ops-tools
	$(BIN)/pytest -n $(TEST_WORKERS)

# Every API operation under many more generated requests than `make test` sends (tests/test_api_fuzzing.py).
api-fuzz: install
	API_FUZZ_EXAMPLES=$${API_FUZZ_EXAMPLES:-200} $(BIN)/pytest backend/tests/test_api_fuzzing.py

test: lint frontend-lint frontend-api-check sdk-check backend-test frontend-test e2e

lint: install
	$(BIN)/ruff check backend bench
	$(BIN)/ruff format --check backend bench

format: install
	$(BIN)/ruff check --fix backend bench
	$(BIN)/ruff format backend bench

# redis-server (Debian's package), installed if missing: the chat tests across processes start their own,
# the browser journeys one for their backends, and REDIS_URL runs use one (docs/chat.md).
redis:
	@command -v redis-server >/dev/null || { echo "Installing redis-server (apt)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends redis-server; }

# What the deployment tests run natively (backend/tests/deployment, docs/operations.md), from Debian's
# packages when missing: nginx (nginx -t and the smoke test's proxy), docker-compose (`docker-compose config`;
# no container engine is needed for that), openssl (the test's certificate) and redis-server (make redis).
ops-tools: redis
	@missing=""; \
	{ command -v nginx || test -x /usr/sbin/nginx; } >/dev/null || missing="$$missing nginx"; \
	command -v docker-compose >/dev/null || missing="$$missing docker-compose"; \
	command -v openssl >/dev/null || missing="$$missing openssl"; \
	if [ -n "$$missing" ]; then echo "Installing$$missing (apt)"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends $$missing; fi

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

# 200 sockets in 50 threads across 2 processes sharing Redis: a chat message's delivery latency to every member.
bench-chat: install redis
	$(BIN)/python bench/chat_bench.py

# 500 clients with two years of training logs: history, e1RM chart, compliance, feed, 200-set sync.
bench-training: install
	$(BIN)/python bench/training_bench.py

# Lighthouse mobile performance of sign-in, dashboard and client portal, served as `make run` serves them.
bench-lighthouse: install frontend
	node bench/lighthouse.mjs

# --- SDKs (sdk/): generated from /api/v2 (docs/developers/api-v2.md) ---------------------------
SDK_TS_STAMP := sdk/typescript/node_modules/.installed

$(SDK_TS_STAMP): sdk/typescript/package.json sdk/typescript/package-lock.json
	cd sdk/typescript && npm install --no-audit --no-fund --loglevel=error
	touch $@

sdk-install: install $(SDK_TS_STAMP)

# Regenerate sdk/openapi-v2.json, sdk/python and sdk/typescript/src/generated; commit the result.
sdk: sdk-install
	$(BIN)/python sdk/generate.py

# Fails when the committed SDKs no longer match /api/v2.
sdk-check: sdk-install
	$(BIN)/python sdk/generate.py --check

# /api/v2/clients list throughput with the key check, rate limit and all, against the bare query.
bench-api-v2: install
	$(BIN)/python bench/api_v2_bench.py

# Reads and writes mixed as a studio's staff make them, through gunicorn over 100k clients: requests/s (docs/scaling.md).
bench-mixed: install
	$(BIN)/python bench/mixed_bench.py

# --- Web app (frontend/) ---------------------------------------------------------------------
FRONTEND_STAMP := frontend/node_modules/.installed

$(FRONTEND_STAMP): frontend/package.json frontend/package-lock.json
	cd frontend && npm install --no-audit --no-fund --loglevel=error
	touch $@

frontend-install: $(FRONTEND_STAMP)

# Build the SPA into frontend/dist with Brotli and gzip copies (served by backend/fitnesscrm/spa.py)
# and report the first-load JavaScript size.
frontend: frontend-install
	cd frontend && npm run build && node scripts/bundle-size.mjs

# Regenerate the typed API client from the backend's OpenAPI document; commit the result.
frontend-api: install frontend-install
	cd frontend && npm run api:generate

# Fails when the committed API client no longer matches the backend.
frontend-api-check: install frontend-install
	cd frontend && npm run api:check

frontend-lint: frontend-install
	cd frontend && npm run lint

frontend-test: frontend-install
	cd frontend && npm test

# Browser journeys against a real backend on a fresh database (Debian's chromium, installed if missing).
e2e: install frontend redis
	cd frontend && npm run e2e

dev: demo-data frontend-install
	trap 'kill 0' EXIT; \
	(cd backend && ../$(BIN)/flask run --host 127.0.0.1 --port $(PORT)) & \
	(cd backend && ../$(BIN)/flask worker) & \
	(cd frontend && API_URL=http://127.0.0.1:$(PORT) npm run dev -- --host 127.0.0.1) & \
	wait
