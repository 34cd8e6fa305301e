"""Full-text search, the one place that knows which database does what.

On PostgreSQL: a weighted search vector (title over summary over description) kept in a
column with a GIN index, ranked; when that finds nothing, trigram matching of titles
forgives typos. An entry's vector holds its original texts, stemmed by the text-search
configuration of the language they are written in, and those of its reviewed translations,
each by its own language's; a query is read by the configuration of the page's language
(``simple``, which does not stem, for a language PostgreSQL has none for). On SQLite: every
word must appear somewhere in the text fields or in a reviewed translation of them, and
titles that match rank first.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.contrib.postgres.search import (
    SearchQuery,
    SearchRank,
    SearchVector,
    TrigramWordSimilarity,
)
from django.db import connection
from django.db.models import (
    Case,
    F,
    FloatField,
    Q,
    QuerySet,
    Value,
    When,
)
from django.utils.translation import get_language

# The text search configuration for texts that have no language of their own (country
# profiles, written in English).
SEARCH_CONFIG = "english"
# PostgreSQL's text-search configurations (Snowball stemmers and stop words) by language
# code; any other language is read with "simple", which only lower-cases words.
SEARCH_CONFIGS = {
    "ar": "arabic",
    "ca": "catalan",
    "da": "danish",
    "de": "german",
    "el": "greek",
    "en": "english",
    "es": "spanish",
    "eu": "basque",
    "fi": "finnish",
    "fr": "french",
    "ga": "irish",
    "hu": "hungarian",
    "hy": "armenian",
    "it": "italian",
    "lt": "lithuanian",
    "nl": "dutch",
    "no": "norwegian",
    "pt": "portuguese",
    "ro": "romanian",
    "ru": "russian",
    "sr": "serbian",
    "sv": "swedish",
    "tr": "turkish",
}
SIMPLE = "simple"
# Reviewed translations are the ones visitors read (see practices.translations.Review).
REVIEWED = "reviewed"
# How similar (0..1) a query word must be to a word of the title to count as a typo of it.
TRIGRAM_THRESHOLD = 0.5
MAX_QUERY_LENGTH = 200

WeightedFields = Sequence[tuple[str, str]]
# The texts of practices, programmes and workshops, and of their translations, by weight.
TEXT_FIELDS: WeightedFields = (("title", "A"), ("summary", "B"), ("description", "C"))


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def clean_query(raw: str | None) -> str:
    """A search query as we use it: trimmed, single-spaced, not absurdly long."""
    # PostgreSQL refuses a NUL character in any string, so a query must never carry one.
    return " ".join((raw or "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


def search_config(code: str | None) -> str:
    """The text-search configuration for texts or queries in language ``code``."""
    return SEARCH_CONFIGS.get((code or "").split("-")[0], SIMPLE)


def search_vector(fields: WeightedFields, config=SEARCH_CONFIG) -> SearchVector:
    """The weighted document for a row: each field with its weight (A to D)."""
    vector = None
    for name, weight in fields:
        part = SearchVector(name, weight=weight, config=config)
        vector = part if vector is None else vector + part
    return vector


def update_search_vectors(queryset: QuerySet, fields: WeightedFields) -> None:
    """Recompute the stored search vector of these rows (PostgreSQL only; one UPDATE).

    Rows that record the language they are written in (``written_in``) are stemmed in it,
    and the documents of their reviewed translations (django-parler's ``translated_<field>``)
    are added, each stemmed in its own language.
    """
    if not uses_postgres():
        return
    model = queryset.model
    if not hasattr(model, "written_in"):
        queryset.update(search_vector=search_vector(fields))
        return
    quote = connection.ops.quote_name
    table = quote(model._meta.db_table)
    translations = quote(model._parler_meta.root_model._meta.db_table)
    own = _document_sql("e", "", "e.written_in_id", fields)
    translated = _document_sql("t", "translated_", "t.language_code", fields)
    rows, parameters = queryset.values("pk").query.sql_with_params()
    with connection.cursor() as cursor:
        # Names from the models' metadata and constants only; the rows' query is Django's.
        cursor.execute(
            f"UPDATE {table} AS e SET search_vector = {own} || COALESCE(("  # noqa: S608
            f"SELECT tsvector_agg({translated}) FROM {translations} AS t "
            "WHERE t.master_id = e.id AND t.review = %s), '') "
            f"WHERE e.id IN ({rows})",
            [REVIEWED, *parameters],
        )


def _document_sql(alias: str, prefix: str, language: str, fields: WeightedFields) -> str:
    """SQL for the weighted document of the row ``alias``, stemmed in the language whose code
    is in the column ``language`` (PostgreSQL's configuration for it, else ``simple``)."""
    whens = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in SEARCH_CONFIGS.items())
    config = f"(CASE {language} {whens} ELSE '{SIMPLE}' END)::regconfig"
    quote = connection.ops.quote_name
    return " || ".join(
        f"setweight(to_tsvector({config}, COALESCE({alias}.{quote(prefix + name)}, '')), "
        f"'{weight}')"
        for name, weight in fields
    )


def search(queryset: QuerySet, q: str, fields: WeightedFields, title_field: str = "title"):
    """Keep the rows that match ``q`` and annotate each with a ``rank`` (higher is better)."""
    matches, typos = search_steps(queryset, q, fields, title_field)
    if typos is None or matches.exists():
        return matches
    return typos


def search_steps(
    queryset: QuerySet,
    q: str,
    fields: WeightedFields,
    title_field: str = "title",
    config: str | None = None,
) -> tuple[QuerySet, QuerySet | None]:
    """The rows matching ``q`` as typed, and those to show instead when there are none.

    Both are ranked as :func:`search` ranks them; the second is None when there is no such
    fallback (SQLite, or no query). A caller that reads the first anyway learns whether it is
    empty without the extra query :func:`search` makes to decide. The words are read in the
    text-search configuration ``config`` (by default the active language's).
    """
    q = clean_query(q)
    if not q:
        return queryset.annotate(rank=Value(0.0, output_field=FloatField())), None
    if uses_postgres():
        config = config or search_config(get_language())
        query = SearchQuery(q, search_type="websearch", config=config)
        matches = queryset.filter(search_vector=query).annotate(
            rank=SearchRank(F("search_vector"), query)
        )
        # Nothing matched as typed: perhaps a typo. Titles with a similar word, best first.
        typos = queryset.filter(**{f"{title_field}__trigram_word_similar": q}).annotate(
            rank=TrigramWordSimilarity(q, title_field)
        )
        return matches, typos
    # SQLite: each word must appear in one of the fields, or of a reviewed translation's.
    translations = getattr(getattr(queryset.model, "_parler_meta", None), "root_model", None)
    for word in q.split():
        matches = Q()
        for name, _weight in fields:
            matches |= Q(**{f"{name}__icontains": word})
        if translations is not None:
            translated = Q()
            for name, _weight in fields:
                translated |= Q(**{f"translated_{name}__icontains": word})
            found = translations.objects.filter(translated, review=REVIEWED)
            matches |= Q(pk__in=found.values("master_id"))
        queryset = queryset.filter(matches)
    ranked = queryset.annotate(
        rank=Case(
            When(**{f"{title_field}__icontains": q}, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )
    return ranked, None
