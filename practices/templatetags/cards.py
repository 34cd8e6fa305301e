"""Filters for the result cards of the public lists, which show twenty rows per page.

``get_FOO_display`` and a country's ``name`` translate every label of a field's choices, or
the country's name, each time they are called: dozens of translation lookups per card. These
filters read each label once per process and language.
"""

from functools import cache

from django import template
from django.db.models import Model
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language
from django_countries import countries

from accounts.languages import language_label

register = template.Library()

# A slug that stands for every row's in an address reversed once (see detail_url).
SLUG_MARK = "slug-mark"
_addresses: dict[tuple[str, str, str | None, str | None], str] = {}


@cache
def _choice_labels(model: type[Model], field_name: str, language: str) -> dict[str, str]:
    field = model._meta.get_field(field_name)
    return {value: str(label) for value, label in field.flatchoices}


@cache
def _country_names(language: str) -> dict[str, str]:
    return {code: str(name) for code, name in countries}


@register.filter
def display(row: Model, field_name: str) -> str:
    """The label of a choice field's value, as ``get_FOO_display`` gives it."""
    value = getattr(row, field_name)
    return _choice_labels(type(row), field_name, get_language()).get(value, value)


@register.filter
def country_names(rows) -> str:
    """The names of some countries (objects with a ``code``), comma-separated."""
    names = _country_names(get_language())
    return ", ".join(names.get(country.code, country.code) for country in rows)


@register.filter
def code_names(codes: str | None) -> str:
    """The names of the countries whose codes are given comma-separated, in code order."""
    names = _country_names(get_language())
    return ", ".join(names.get(code, code) for code in sorted((codes or "").split(",")) if code)


@cache
def _language_name(code: str, language: str) -> str:
    return language_label(code)


@register.filter
def language_names(codes: str | None) -> str:
    """The names of the languages whose codes are given comma-separated, in the page's
    language and its alphabetical order."""
    language = get_language()
    found = [_language_name(code, language) for code in (codes or "").split(",") if code]
    return ", ".join(sorted(found, key=str.casefold))


@register.filter
def detail_url(row: Model, url_name: str) -> str:
    """The address of a row's page, ``reverse(url_name, kwargs={"slug": row.slug})``.

    Reversing costs more than the rest of a card's line: the address is reversed once per
    process, URL prefix, URL configuration and language (its prefix), and each row's slug
    put in.
    """
    key = (url_name, get_script_prefix(), get_urlconf(), get_language())
    address = _addresses.get(key)
    if address is None:
        address = _addresses[key] = reverse(url_name, kwargs={"slug": SLUG_MARK})
    return address.replace(SLUG_MARK, row.slug)
