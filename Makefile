# The two commands in the README: `make run` and `make test`. Everything else is a step they use.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
# The suite runs on every core (pytest-xdist); each test file stays on one worker so its fixtures are built once.
# Browser tests run second: their transactional databases are emptied after each test, which must not happen under
# the other tests' feet on the same worker.
PARALLEL ?= -n auto --dist loadfile
# Keep Python's bytecode caches even where the environment turns them off: each pytest process (and each xdist
# worker) otherwise parses and assertion-rewrites every test module again, about 4 s of CPU a process.
TEST_ENV := ACADEMY_FAST_PASSWORD_HASHER=true PYTHONDONTWRITEBYTECODE=

.PHONY: serve run install assets migrate demo test test-database test-fast lint format bench chromium clean check-python

check-python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11 or newer is needed (found " + sys.version.split()[0] + "). Set PYTHON=/path/to/python3.11.")'
	@command -v npm >/dev/null || { echo "npm (Node.js 20 or newer) is needed: see the README's prerequisites." >&2; exit 1; }

# uv installs the pinned requirements in seconds where pip takes minutes (it resolves and unpacks in parallel and keeps
# a cache). The virtualenv is made without pip (4 s saved) and uv put in it by the system's pip; if that cannot be
# done, pip is added to the virtualenv and installs everything, as before.
UV_VERSION := 0.13.9

$(VENV)/.installed: requirements.txt | check-python
	test -x $(PY) || $(PYTHON) -m venv --without-pip $(VENV)
	if $(PYTHON) -m pip --python $(PY) install --quiet uv==$(UV_VERSION); then \
	  $(VENV)/bin/uv pip install --quiet --python $(PY) -r requirements.txt; \
	else \
	  { test -x $(PIP) || $(PY) -m ensurepip --upgrade --default-pip; } && $(PIP) install --quiet -r requirements.txt; \
	fi
	touch $@

node_modules/.installed: package.json package-lock.json
	npm ci --prefer-offline --no-audit --no-fund --loglevel=error
	touch $@

install: $(VENV)/.installed node_modules/.installed

assets: node_modules/.installed
	npm run --silent build
	mkdir -p var/static var/media

migrate: install
	$(PY) manage.py migrate --noinput

demo: migrate
	$(PY) manage.py load_demo

run: install assets demo
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver $(HOST):$(PORT)

# The production topology (two gunicorn nodes, a Celery worker, beat, an S3 stand-in) under honcho: academy/operations/serve.
serve: install assets
	academy/operations/serve

chromium:
	@test -x $(CHROMIUM) || { \
	  if command -v apt-get >/dev/null && [ "$$(id -u)" = 0 ]; then \
	    echo "Installing Debian's Chromium for the browser tests..."; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  else \
	    echo "Chromium is needed at $(CHROMIUM) for the browser tests: apt-get install -y chromium" >&2; exit 1; \
	  fi; }

# The test database's migrated template is built in the background meanwhile (tests/database_template.py).
test: $(VENV)/.installed test-database install assets chromium
	$(TEST_ENV) $(VENV)/bin/pytest $(PARALLEL) -m "not e2e" $(PYTEST_ARGS); first=$$?; \
	$(TEST_ENV) $(VENV)/bin/pytest $(PARALLEL) -m e2e $(PYTEST_ARGS); second=$$?; \
	case "$$first$$second" in 00|05|50) ;; *) exit 1 ;; esac  # 5: no tests selected in one part (only both is wrong)

test-database: $(VENV)/.installed
	@mkdir -p var && ($(TEST_ENV) $(PY) -m tests.database_template > var/test-database.log 2>&1 &)

test-fast: install assets
	$(TEST_ENV) $(VENV)/bin/pytest $(PARALLEL) -m "not e2e" $(PYTEST_ARGS)

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

# The production-mode benchmarks need PostgreSQL and Redis: these defaults, unless set (README, Production).
BENCH_DATABASE_URL ?= postgres://postgres@127.0.0.1:5432/test
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/4
BENCH_REDIS_CACHE_URL ?= redis://127.0.0.1:6379/5

bench: install assets
	DATABASE_URL=$${DATABASE_URL:-$(BENCH_DATABASE_URL)} REDIS_URL=$${REDIS_URL:-$(BENCH_REDIS_URL)} \
	REDIS_CACHE_URL=$${REDIS_CACHE_URL:-$(BENCH_REDIS_CACHE_URL)} ACADEMY_FAST_PASSWORD_HASHER=true \
	ACADEMY_BENCH=1 $(VENV)/bin/pytest tests/perf -m perf -s --create-db $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) node_modules academy/static/build var
