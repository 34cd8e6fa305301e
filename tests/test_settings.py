"""Settings come from the environment and refuse malformed values."""

import pytest
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured

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
