"""Full-text search, the one place that knows which database does what.

On PostgreSQL: a weighted search vector (title over summary over description) kept in a
column with a GIN index, ranked; when that finds nothing, trigram matching of titles
forgives typos. On SQLite: every word must appear somewhere in the text fields, and titles
that match rank first.
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
from django.db.models import Case, F, FloatField, Q, QuerySet, Value, When

# The text search configuration for documents and queries. "simple" does not stem, so it
# treats every language alike; "english" is used for the (mostly English) source texts.
SEARCH_CONFIG = "english"
# How similar (0..1) a query word must be to a word of the title to count as a typo of it.
TRIGRAM_THRESHOLD = 0.5
MAX_QUERY_LENGTH = 200

WeightedFields = Sequence[tuple[str, str]]


def uses_postgres() -> bool:
    return connection.vendor == "postgresql"


def clean_query(raw: str | None) -> str:
    """A search query as we use it: trimmed, single-spaced, not absurdly long."""
    # PostgreSQL refuses a NUL character in any string, so a query must never carry one.
    return " ".join((raw or "").replace("\x00", " ").split())[:MAX_QUERY_LENGTH]


def search_vector(fields: WeightedFields) -> SearchVector:
    """The weighted document for a row: each field with its weight (A to D)."""
    vector = None
    for name, weight in fields:
        part = SearchVector(name, weight=weight, config=SEARCH_CONFIG)
        vector = part if vector is None else vector + part
    return vector


def update_search_vectors(queryset: QuerySet, fields: WeightedFields) -> None:
    """Recompute the stored search vector of these rows (PostgreSQL only; one UPDATE)."""
    if uses_postgres():
        queryset.update(search_vector=search_vector(fields))


def search(queryset: QuerySet, q: str, fields: WeightedFields, title_field: str = "title"):
    """Keep the rows that match ``q`` and annotate each with a ``rank`` (higher is better)."""
    matches, typos = search_steps(queryset, q, fields, title_field)
    if typos is None or matches.exists():
        return matches
    return typos


def search_steps(
    queryset: QuerySet, q: str, fields: WeightedFields, title_field: str = "title"
) -> tuple[QuerySet, QuerySet | None]:
    """The rows matching ``q`` as typed, and those to show instead when there are none.

    Both are ranked as :func:`search` ranks them; the second is None when there is no such
    fallback (SQLite, or no query). A caller that reads the first anyway learns whether it is
    empty without the extra query :func:`search` makes to decide.
    """
    q = clean_query(q)
    if not q:
        return queryset.annotate(rank=Value(0.0, output_field=FloatField())), None
    if uses_postgres():
        query = SearchQuery(q, search_type="websearch", config=SEARCH_CONFIG)
        matches = queryset.filter(search_vector=query).annotate(
            rank=SearchRank(F("search_vector"), query)
        )
        # Nothing matched as typed: perhaps a typo. Titles with a similar word, best first.
        typos = queryset.filter(**{f"{title_field}__trigram_word_similar": q}).annotate(
            rank=TrigramWordSimilarity(q, title_field)
        )
        return matches, typos
    # SQLite: each word must appear in one of the fields.
    for word in q.split():
        matches = Q()
        for name, _weight in fields:
            matches |= Q(**{f"{name}__icontains": word})
        queryset = queryset.filter(matches)
    ranked = queryset.annotate(
        rank=Case(
            When(**{f"{title_field}__icontains": q}, then=Value(1.0)),
            default=Value(0.0),
            output_field=FloatField(),
        )
    )
    return ranked, None
