"""Settings come from the environment and refuse malformed values."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from resource_centre.settings import env_bool, env_int, env_list, env_str


def test_env_bool_accepts_clear_answers(monkeypatch):
    monkeypatch.setenv("FLAG", "Yes")
    assert env_bool("FLAG", False) is True
    monkeypatch.setenv("FLAG", "off")
    assert env_bool("FLAG", True) is False
    monkeypatch.delenv("FLAG")
    assert env_bool("FLAG", True) is True


def test_env_bool_refuses_anything_else(monkeypatch):
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG"):
        env_bool("FLAG", False)


def test_env_int_refuses_words(monkeypatch):
    monkeypatch.setenv("NUMBER", "ten")
    with pytest.raises(ImproperlyConfigured, match="NUMBER"):
        env_int("NUMBER", 1)


def test_env_str_without_default_is_required(monkeypatch):
    monkeypatch.delenv("MISSING_THING", raising=False)
    with pytest.raises(ImproperlyConfigured, match="MISSING_THING"):
        env_str("MISSING_THING")


def test_env_list_splits_on_commas(monkeypatch):
    monkeypatch.setenv("HOSTS", " a.example.org, ,b.example.org ")
    assert env_list("HOSTS") == ["a.example.org", "b.example.org"]


def test_production_defaults_hold_without_debug():
    assert settings.DEBUG is False
    assert settings.USE_TZ is True
    assert settings.SESSION_COOKIE_HTTPONLY is True
    assert settings.X_FRAME_OPTIONS == "DENY"
    # allauth's rate limits need a cache that really stores things.
    assert "dummy" not in settings.CACHES["default"]["BACKEND"].lower()


def test_e_mail_goes_through_mailers():
    assert "default" in settings.MAILERS


def database_options(**env: str) -> dict:
    """The default database's OPTIONS as the settings module reads them from ``env``."""
    script = (
        "import json; from resource_centre import settings; "
        "print(json.dumps(settings.DATABASES['default'].get('OPTIONS', {}), default=str))"
    )
    base = {key: value for key, value in os.environ.items() if not key.startswith("DATABASE_")}
    done = subprocess.run(  # noqa: S603 (this interpreter, fixed arguments)
        [sys.executable, "-c", script],
        env={**base, **env},
        capture_output=True,
        text=True,
        check=True,
        cwd=settings.BASE_DIR,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_postgresql_statements_are_prepared_unless_a_pooler_forbids_it():
    url = {"DATABASE_URL": "postgres://postgres@127.0.0.1:5432/anything"}
    options = database_options(**url)
    assert options["server_side_binding"] is True
    assert options["prepare_threshold"] == 5
    assert database_options(**url, DATABASE_PREPARE_THRESHOLD="2")["prepare_threshold"] == 2
    off = database_options(**url, DATABASE_PREPARED_STATEMENTS="false")
    assert "server_side_binding" not in off
    assert "prepare_threshold" not in off


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="prepared statements: PostgreSQL")
def test_a_statement_a_connection_repeats_is_prepared_on_the_server():
    from practices.models import Practice

    for _ in range(settings.DATABASES["default"]["OPTIONS"]["prepare_threshold"] + 1):
        list(Practice.objects.filter(slug="no-such-practice").values_list("pk"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any("no-such-practice" not in sql and '"slug" = $1' in sql for sql in prepared)
