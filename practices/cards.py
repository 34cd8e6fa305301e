"""The result card of a practice: the lists, the site-wide search, a page's similar practices.

A list page shows twenty cards. Rendered by the template engine, each card's dozen
variables, filters and translations cost as much as a tenth of a millisecond: a fifth of
the page's time. Formatted here, with the same escaping as ``format_html`` (see
:func:`formatted`), a tenth of that. The cards of the other lists are written the same way,
with the helpers below.

``get_FOO_display`` and a country's ``name`` translate every label of a field's choices, or
the country's name, each time they are called: dozens of translation lookups per card. The
helpers read each label once per process and language. They are the cards' template filters
too (``{% load cards %}``).
"""

from __future__ import annotations

from functools import cache
from html import escape

from django.db.models import Model
from django.urls import get_script_prefix, get_urlconf, reverse
from django.utils.functional import Promise
from django.utils.safestring import SafeString
from django.utils.timezone import localtime
from django.utils.translation import get_language, gettext_noop
from django.utils.translation import gettext as _

from accounts.languages import language_label
from accounts.models import country_name
from pages.templatetags.moments import moment

from .translations import lang_attribute

# A slug that stands for every row's in an address reversed once (see detail_url).
SLUG_MARK = "slug-mark"
_addresses: dict[tuple[str, str, str | None, str | None], str] = {}


@cache
def _choice_labels(model: type[Model], field_name: str, language: str) -> dict[str, str]:
    field = model._meta.get_field(field_name)
    return {value: str(label) for value, label in field.flatchoices}


def _escaped(value) -> str:
    # Django's conditional_escape, without the wrapper that its escape() has for lazy
    # arguments (a third of a card's time): text that knows its own HTML (SafeString, a
    # formatted card part) as it is, anything else with &, <, >, " and ' escaped.
    if isinstance(value, Promise):
        value = str(value)
    own = getattr(value, "__html__", None)
    return own() if own is not None else escape(str(value))


def formatted(format_string: str, *args, **kwargs) -> SafeString:
    """``format_html(format_string, *args, **kwargs)``, with the same escaping, at half the
    cost."""
    return SafeString(
        format_string.format(
            *map(_escaped, args), **{key: _escaped(value) for key, value in kwargs.items()}
        )
    )


def joined(separator: str, parts) -> SafeString:
    """Parts (each escaped unless safe) with an escaped separator between them."""
    return SafeString(_escaped(separator).join(map(_escaped, parts)))


@cache
def _translated(message: str, language: str | None) -> str:
    return _(message)


def translated(message: str) -> str:
    """``gettext(message)``, read once per process and language: a lookup in Django's
    catalogues costs some 6 µs, and a page's fixed labels are the same on every request."""
    return _translated(message, get_language())


def display(row: Model, field_name: str) -> str:
    """The label of a choice field's value, as ``get_FOO_display`` gives it."""
    value = getattr(row, field_name)
    return _choice_labels(type(row), field_name, get_language()).get(value, value)


def country_names(rows) -> str:
    """The names of some countries (objects with a ``code``), comma-separated."""
    return ", ".join(country_name(country.code) for country in rows)


def code_names(codes: str | None) -> str:
    """The names of the countries whose codes are given comma-separated, in code order."""
    return ", ".join(country_name(code) for code in sorted((codes or "").split(",")) if code)


def language_names(codes: str | None) -> str:
    """The names of the languages whose codes are given comma-separated, in the page's
    language and its alphabetical order."""
    found = [language_label(code) for code in (codes or "").split(",") if code]
    return ", ".join(sorted(found, key=str.casefold))


def detail_url(row: Model, url_name: str) -> str:
    """The address of a row's page, ``reverse(url_name, kwargs={"slug": row.slug})``.

    Reversing costs more than the rest of a card's line: the address is reversed once per
    process, URL prefix, URL configuration and language (its prefix), and each row's slug
    put in.
    """
    return _reversed(url_name, SLUG_MARK).replace(SLUG_MARK, row.slug)


def address(url_name: str) -> str:
    """``reverse(url_name)`` of a page without arguments (a list), reversed once per process,
    URL prefix, URL configuration and language."""
    return _reversed(url_name, None)


def _reversed(url_name: str, slug: str | None) -> str:
    key = (url_name, get_script_prefix(), get_urlconf(), get_language())
    found = _addresses.get(key)
    if found is None:
        found = _addresses[key] = reverse(url_name, kwargs={"slug": slug} if slug else None)
    return found


def card(
    row: Model, *, url_name: str, meta: str, tags: list[SafeString], after: SafeString = ""
) -> SafeString:
    """A result card: the linked title, a line of facts, the summary, tags (if any)."""
    # The language of the card's text, from translate_cards.
    lang = lang_attribute(getattr(row, "text_language", None))
    if tags:
        after = formatted('\n  <p class="tags">{}</p>{}', joined("", tags), after)
    return formatted(
        '<li class="result">\n'
        '  <h3 class="result__title"{}><a href="{}">{}</a></h3>\n'
        '  <p class="result__meta">{}</p>\n'
        "  <p{}>{}</p>{}\n"
        "</li>\n",
        lang,
        detail_url(row, url_name),
        row.title,
        meta,
        lang,
        row.summary,
        after,
    )


def tag(text: str, variant: str = "") -> SafeString:
    """``<span class="tag">``, with an optional ``tag--variant`` class."""
    if variant:
        return formatted('<span class="tag tag--{}">{}</span>', variant, text)
    return formatted('<span class="tag">{}</span>', text)


@cache
def _choice_tags(
    model: type[Model], field_name: str, variant: str, label: str, language: str
) -> dict[str, SafeString]:
    labels = _choice_labels(model, field_name, language)
    if label:
        label = _(label)
        labels = {value: f"{label} {text}" for value, text in labels.items()}
    return {value: tag(text, variant) for value, text in labels.items()}


def choice_tag(row: Model, field_name: str, variant: str = "", label: str = "") -> SafeString:
    """The tag of a choice field's value (after ``label``, a message to translate, such as
    "Evidence:"), formatted once per process, language and value."""
    value = getattr(row, field_name)
    found = _choice_tags(type(row), field_name, variant, label, get_language()).get(value)
    if found is None:  # a value no longer among the choices: shown as it is stored
        found = tag(f"{_(label)} {value}" if label else value, variant)
    return found


@cache
def _fixed_tag(message: str, variant: str, language: str) -> SafeString:
    return tag(_(message), variant)


def fixed_tag(message: str, variant: str = "") -> SafeString:
    """The tag of a message (marked with ``gettext_noop``), translated and formatted once
    per process and language."""
    return _fixed_tag(message, variant, get_language())


def practice_card(practice: Model) -> SafeString:
    """The card of a practice read with ``Practice.objects.for_cards()`` (and its text chosen
    by ``translate_cards``)."""
    meta = code_names(practice.country_codes)
    if practice.organisation_id:
        meta = f"{practice.organisation_name} · {meta}"
    tags = [
        choice_tag(practice, "evidence_level", "evidence", gettext_noop("Evidence:")),
        choice_tag(practice, "delivery_mode"),
    ]
    if practice.peer_led:
        tags.append(fixed_tag(gettext_noop("Peer-led"), "peer"))
    return card(practice, url_name="practices:detail", meta=meta, tags=tags)


def event_link(workshop: Model) -> SafeString:
    """An event in the list of those about a practice or a programme: its linked title, its
    kind and its date (in the reader's time zone)."""
    start = localtime(workshop.start)
    return formatted(
        '<li><a href="{}">{}</a> · {} · <time datetime="{}">{}</time></li>',
        detail_url(workshop, "workshops:detail"),
        workshop.title,
        display(workshop, "kind"),
        start.isoformat(),
        moment(start, "date"),
    )


def programme_link(programme: Model) -> SafeString:
    """A programme in the list of those that prepare people for a practice: its linked title
    and its provider."""
    link = formatted(
        '<li><a href="{}">{}</a>', detail_url(programme, "trainings:detail"), programme.title
    )
    provider = programme.provider
    if provider is not None:
        return formatted("{} · {}</li>", link, provider.name)
    return formatted("{}</li>", link)


def linked_section(
    name: str, heading: str, items: list[SafeString], list_class: str = ""
) -> SafeString | str:
    """A section of a page listing what links to its entry (programmes, events, similar
    entries), under an ``<h2 id="<name>-title">``; nothing where there is nothing to list."""
    if not items:
        return ""
    return formatted(
        '<section aria-labelledby="{}-title" class="similar">\n'
        '  <h2 id="{}-title">{}</h2>\n'
        "  <ul{}>\n{}\n  </ul>\n"
        "</section>",
        name,
        name,
        heading,
        formatted(' class="{}"', list_class) if list_class else "",
        joined("\n", items),
    )


def practice_page_sections(trainings, workshops, similar) -> SafeString:
    """The practice page's programmes that prepare for it, its next events and the similar
    practices in other countries."""
    return joined(
        "\n",
        [
            linked_section(
                "trainings",
                translated(gettext_noop("Training that prepares people for this")),
                [programme_link(programme) for programme in trainings],
            ),
            linked_section(
                "workshops",
                translated(gettext_noop("Upcoming workshops about this practice")),
                [event_link(workshop) for workshop in workshops],
            ),
            linked_section(
                "similar",
                translated(gettext_noop("Similar practices in other countries")),
                [practice_card(practice) for practice in similar],
                "results results--compact",
            ),
        ],
    )
