# Everything a developer or CI runs. `make run` serves the site, `make test` runs the tests.
# Both set themselves up on a fresh machine: Python 3.13 must be there (pyenv reads
# .python-version); uv, the virtual environment and the locked packages are installed here.

SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.13 2>/dev/null || command -v python3)
UV_VERSION := 0.13.8
UV := .tools/bin/uv
VENV := .venv
PY := $(VENV)/bin/python
export UV_PYTHON_DOWNLOADS := never
export UV_PROJECT_ENVIRONMENT := $(VENV)

# Settings for `make run`: development mode, e-mails to this console, tasks run at once.
DEV_ENV := DEBUG=true HTTPS=false
# Settings for the tests: production settings, except plain HTTP on the test server and
# tasks run at once (so that the e-mails they send can be read).
TEST_ENV := DEBUG=false HTTPS=false TASKS_BACKEND=immediate SECRET_KEY=insecure-test-only-key-0123456789-abcdefghijklmnopqrstuvwxyz

.PHONY: run test test-fast lint format migrations-check check-deploy browser messages clean bench

$(UV):
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 13) else "Python 3.13 is needed (see .python-version); found " + sys.version.split()[0])'
	$(PYTHON) -m venv .tools
	.tools/bin/pip install --quiet --disable-pip-version-check uv==$(UV_VERSION)

$(VENV)/.synced: $(UV) pyproject.toml uv.lock
	$(UV) sync --frozen --python $(PYTHON)
	@touch $@

run: $(VENV)/.synced messages
	$(DEV_ENV) $(PY) manage.py migrate --no-input
	$(DEV_ENV) $(PY) manage.py createcachetable
	$(DEV_ENV) $(PY) manage.py seed_demo
	@echo "Serving the Peer Support Resource Centre on http://127.0.0.1:8000 (Ctrl+C stops it)"
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

# Browser tests need Debian's Chromium; install it when we can (root), else they are skipped.
browser:
	@if [ ! -x /usr/bin/chromium ] && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing Chromium for the browser tests"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	fi

# The interface's translations: each locale/<code>/LC_MESSAGES/django.po compiled to its .mo
# with GNU gettext's msgfmt (installed from Debian's packages when missing and we can).
messages: $(VENV)/.synced
	@if ! command -v msgfmt >/dev/null && [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		echo "Installing GNU gettext to compile the translations"; \
		apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq gettext >/dev/null; \
	fi
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore=.venv --ignore=.tools --verbosity 0

test: $(VENV)/.synced browser messages
	$(TEST_ENV) $(PY) -m pytest $(ARGS)

test-fast: $(VENV)/.synced messages
	$(TEST_ENV) $(PY) -m pytest -m "not browser" $(ARGS)

lint: $(VENV)/.synced
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

format: $(VENV)/.synced
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

migrations-check: $(VENV)/.synced
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run

# The deployment checklist with production-like variables (no secrets: a throw-away key).
check-deploy: $(VENV)/.synced
	DEBUG=false SECRET_KEY=$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))') \
	ALLOWED_HOSTS=peersupport.example.org CSRF_TRUSTED_ORIGINS=https://peersupport.example.org \
	EMAIL_HOST=smtp.example.org \
	$(PY) manage.py check --deploy --fail-level WARNING

clean:
	rm -rf .tools $(VENV) staticfiles .pytest_cache

# The benchmark (not part of `make test`): PostgreSQL database "bench", emptied and refilled.
bench: $(VENV)/.synced messages
	$(PY) bench/run.py $(ARGS)
