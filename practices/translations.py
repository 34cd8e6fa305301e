"""Entries in several languages: what each is written in, its translations, what a visitor reads.

Practices, training programmes and workshops record the language they were written in
(``written_in``). Their translations live in django-parler's translations tables, one row
per language, each with a review status: a machine-translated draft is for editors only; a
translation reviewed by a person is shown to visitors reading the site in its language.
``readable_in`` lists the original's language and the reviewed translations' (kept up to
date here), so that the lists can filter on "available in my language" like on any facet.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from django.conf import settings
from django.db import models
from django.db.models import Exists, F, OuterRef, QuerySet, Subquery
from django.db.models.functions import Coalesce, NullIf
from django.db.models.signals import post_delete, post_save
from django.http import HttpRequest
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from parler.models import TranslatedFields

from accounts.languages import language_label
from accounts.models import Language
from resource_centre.i18n import address, unprefixed
from resource_centre.statements import Statement

from .facet_index import mark_changed
from .search import TEXT_FIELDS, update_search_vectors

INTERFACE_LANGUAGES = {code for code, _name in settings.LANGUAGES}
# The query parameter that asks for the original even when a reviewed translation exists.
ORIGINAL_PARAMETER = "text"
ORIGINAL_VALUE = "original"


class Review(models.TextChoices):
    MACHINE = "machine", _("Machine-translated draft (not shown to visitors)")
    REVIEWED = "reviewed", _("Reviewed by a person (shown to visitors)")


def written_in_field(related_name: str) -> models.ForeignKey:
    return models.ForeignKey(
        Language,
        verbose_name=_("written in"),
        on_delete=models.PROTECT,
        default="en",
        related_name=related_name,
        help_text=_("The language the title, summary and description are written in."),
    )


def readable_in_field(related_name: str) -> models.ManyToManyField:
    return models.ManyToManyField(
        Language,
        verbose_name=_("readable in"),
        related_name=related_name,
        blank=True,
        editable=False,
        help_text=_("The original's language and those of its reviewed translations."),
    )


def easy_read_field(help_text: str) -> models.TextField:
    return models.TextField(_("easy-read summary"), blank=True, help_text=help_text)


def translated_fields(*, summary_length: int = 400, easy_read: bool = False) -> TranslatedFields:
    """The translations table's columns: the texts a visitor reads, and the review status."""
    columns = {
        "translated_title": models.CharField(_("title"), max_length=200),
        "translated_summary": models.TextField(_("summary"), max_length=summary_length),
        "translated_description": models.TextField(
            _("description"), blank=True, help_text=_("Markdown, as in the original.")
        ),
        "review": models.CharField(
            _("review"), max_length=10, choices=Review, default=Review.MACHINE
        ),
    }
    if easy_read:
        columns["translated_easy_read"] = models.TextField(_("easy-read summary"), blank=True)
    return TranslatedFields(
        **columns,
        meta={"verbose_name": _("translation"), "verbose_name_plural": _("translations")},
    )


def translated_columns(model: type[models.Model]) -> list[str]:
    """The translated texts of ``model``'s translations table (``translated_<field>``)."""
    fields = model._parler_meta.root_model._meta.concrete_fields
    return [field.name for field in fields if field.name.startswith("translated_")]


def term_translations() -> TranslatedFields:
    """A taxonomy's translations table: a term's name and description in one language."""
    return TranslatedFields(
        translated_name=models.CharField(_("name"), max_length=120),
        translated_description=models.TextField(_("description"), blank=True),
        meta={"verbose_name": _("translation"), "verbose_name_plural": _("translations")},
    )


def localised_columns(model: type[models.Model], language: str | None = None) -> dict:
    """The annotation giving a term's name in ``language`` (the active one by default),
    falling back to the English written on the term itself."""
    language = language or get_language() or settings.LANGUAGE_CODE
    if language == settings.LANGUAGE_CODE:
        return {"local_name": F("name")}
    found = model._parler_meta.root_model.objects.filter(
        master_id=OuterRef("pk"), language_code=language
    )
    name = Subquery(found.values("translated_name")[:1])
    return {"local_name": Coalesce(NullIf(name, models.Value("")), F("name"))}


def keep_terms_current(model: type[models.Model]) -> None:
    """Tell every process that public pages changed when a term's translation changes."""
    translations = model._parler_meta.root_model

    def changed(sender, instance, raw=False, **kwargs):
        if not raw:
            mark_changed()

    uid = f"term-translations-{model._meta.label_lower}"
    post_save.connect(changed, sender=translations, weak=False, dispatch_uid=uid)
    post_delete.connect(changed, sender=translations, weak=False, dispatch_uid=uid)


def refresh_readable_in(entry) -> None:
    """Make ``readable_in`` the original's language and the reviewed translations'."""
    codes = {entry.written_in_id}
    codes.update(
        entry.translations.filter(review=Review.REVIEWED).values_list("language_code", flat=True)
    )
    entry.readable_in.set(Language.objects.filter(code__in=codes))


def keep_readable_in(model: type[models.Model], *index_names: str) -> None:
    """Refresh ``readable_in`` whenever an entry of ``model`` or one of its translations
    changes; when a translation changes, renew the entry's search document and tell the lists
    ``index_names`` (their facet counts) that content changed."""
    translations = model._parler_meta.root_model

    def entry_saved(sender, instance, raw=False, **kwargs):
        if not raw:
            refresh_readable_in(instance)

    def translation_changed(sender, instance, raw=False, **kwargs):
        if raw:
            return
        entry = model.objects.filter(pk=instance.master_id).first()
        if entry is not None:
            refresh_readable_in(entry)
            # Its reviewed translations are part of its search document.
            update_search_vectors(model.objects.filter(pk=entry.pk), TEXT_FIELDS)
            mark_changed(*index_names)

    uid = f"readable-in-{model._meta.label_lower}"
    post_save.connect(entry_saved, sender=model, weak=False, dispatch_uid=uid)
    post_save.connect(translation_changed, sender=translations, weak=False, dispatch_uid=uid)
    post_delete.connect(translation_changed, sender=translations, weak=False, dispatch_uid=uid)


def language_name(code: str) -> str:
    """A language's name in the visitor's language."""
    return language_label(code)


@dataclass
class Other:
    code: str
    name: str
    href: str
    original: bool = False


@dataclass
class Reading:
    """What a visitor reads of an entry: its texts in one language, and which others exist."""

    title: str
    summary: str
    description: str
    easy_read: str
    language: str  # the language of the texts shown
    original: str  # the language the entry was written in
    translated: bool  # a reviewed translation is shown
    missing: bool  # the visitor's language is not the original and no reviewed translation
    others: list[Other] = field(default_factory=list)

    @property
    def original_name(self) -> str:
        return language_name(self.original)

    @property
    def lang_attribute(self) -> SafeString:
        """` lang="…"` for an element holding the texts (see ``lang_attribute``)."""
        return lang_attribute(self.language)


def lang_attribute(language: str | None) -> SafeString:
    """` lang="…"` for an element holding text in ``language``, when that is another language
    than the page around it (so that screen readers pronounce it right)."""
    if not language or language == get_language():
        return SafeString("")
    return format_html(' lang="{}"', language)


def with_translation_flag(queryset: QuerySet) -> QuerySet:
    """Each entry marked with ``has_reviewed_translations``: :func:`reading` asks for the
    translations of only those that have some (most have none)."""
    translations = queryset.model._parler_meta.root_model.objects
    reviewed = translations.filter(master_id=OuterRef("pk"), review=Review.REVIEWED)
    return queryset.annotate(has_reviewed_translations=Exists(reviewed))


def reading(request: HttpRequest, entry, *, fields: tuple[str, ...] = ()) -> Reading:
    """The texts of ``entry`` to show this visitor, in one query for its translations (none
    for an entry read through :func:`with_translation_flag` that has none).

    The visitor's language is the page's. A reviewed translation into it is shown, unless
    the visitor asked for the original (``?text=original``); otherwise the original, with
    ``missing`` set when it is in another language. ``others`` links the other languages the
    entry can be read in: the original, and the page in each reviewed translation's language.
    """
    visitor = get_language()
    columns = ["language_code", "translated_title", "translated_summary"]
    columns += ["translated_description", *fields]
    rows = {}
    if getattr(entry, "has_reviewed_translations", True):
        reviewed = entry.translations.filter(review=Review.REVIEWED).values(*columns)
        rows = {row["language_code"]: row for row in reviewed}
    original = entry.written_in_id
    wants_original = request.GET.get(ORIGINAL_PARAMETER) == ORIGINAL_VALUE
    shown = rows.get(visitor) if visitor != original and not wants_original else None
    easy_read = getattr(entry, "easy_read", "")
    if shown:
        texts = (
            shown["translated_title"],
            shown["translated_summary"],
            shown["translated_description"],
            shown.get("translated_easy_read", "") or "",
        )
    else:
        texts = (entry.title, entry.summary, entry.description, easy_read)
    language = visitor if shown else original
    _code, path = unprefixed(request.path_info)
    others = []
    if shown:
        href = f"?{ORIGINAL_PARAMETER}={ORIGINAL_VALUE}"
        others.append(Other(original, language_name(original), href, original=True))
    elif visitor in rows:
        # Reading the original by choice: the way back to the translation.
        others.append(Other(visitor, language_name(visitor), request.path))
    for code in sorted(rows):
        if code not in (visitor, original) and code in INTERFACE_LANGUAGES:
            href = address(request, path, code, query=False)
            others.append(Other(code, language_name(code), href))
    if not shown and original != visitor and original in INTERFACE_LANGUAGES:
        href = address(request, path, original, query=False)
        others.insert(0, Other(original, language_name(original), href, original=True))
    return Reading(
        *texts,
        language=language,
        original=original,
        translated=bool(shown),
        missing=not shown and original != visitor,
        others=others,
    )


def translate_cards(rows: list, model: type[models.Model]) -> list:
    """Give each card the reviewed translation of its title and summary into the page's
    language where one exists (one query for the page), and the language of its text."""
    visitor = get_language()
    # Only the cards written in another language can have a translation to show: a page of
    # cards all written in the visitor's language makes no query.
    elsewhere = [row.pk for row in rows if row.written_in_id != visitor]
    found = {}
    if elsewhere:
        found = {
            master: (title, summary)
            for master, title, summary in card_texts(model)(elsewhere, visitor)
        }
    for row in rows:
        if row.pk in found:
            row.title, row.summary = found[row.pk]
            row.text_language = visitor
        else:
            row.text_language = row.written_in_id
    return rows


@cache
def card_texts(model: type[models.Model]) -> Statement:
    """The reviewed titles and summaries of some rows in a language, compiled once per
    process (see resource_centre.statements)."""
    translations = model._parler_meta.root_model
    return Statement(
        lambda pks, language: translations.objects.filter(
            master_id__in=pks, language_code=language, review=Review.REVIEWED
        ).values_list("master_id", "translated_title", "translated_summary")
    )
