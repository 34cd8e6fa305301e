"""The machinery every public list shares: search, facets with counts, sorting, pages.

An app describes its list with a FilterSet of :class:`Facet` filters and hands a request to
:class:`Listing`; the templates in ``templates/listing/`` render the result. Trainings and
workshops use the same classes, so every list behaves the same way.
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from functools import cached_property
from html import escape
from itertools import islice

import django_filters
from django import forms
from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.core.paginator import Page, Paginator
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection
from django.db.models import BooleanField, Count, Max, Model, Q, QuerySet
from django.db.models.expressions import RawSQL
from django.http import HttpRequest, QueryDict, StreamingHttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import condition

from pages.templatetags.moments import grouped
from resource_centre.statements import Statement

from .facet_index import (
    CONTENT_VERSION,
    MAX_AGE,
    Bits,
    FacetIndex,
    current_tokens,
    get_index,
    has,
    token_time,
)
from .search import WeightedFields, clean_query, search, search_steps, uses_postgres


class FacetField(forms.MultipleChoiceField):
    """Several values of one facet; unknown values are set aside instead of failing."""

    def __init__(self, *, normalise: Callable[[str], str] = str.strip, **kwargs):
        self.normalise = normalise
        self.ignored: list[str] = []
        # The valid values with their labels; the Listing gives them from its cache.
        self.known: list[tuple[str, str]] | None = None
        super().__init__(**kwargs)

    def clean(self, value):
        values = [self.normalise(str(v)) for v in (value or []) if str(v).strip()]
        if not values:
            self.ignored = []
            return []
        if self.known is None:
            self.known = [(str(key), str(label)) for key, label in self.choices]
        known = {key for key, _label in self.known}
        self.ignored = [v for v in values if v not in known]
        return list(dict.fromkeys(v for v in values if v in known))


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class FacetResult:
    name: str
    label: str
    options: list[Option]

    @property
    def selected(self) -> list[Option]:
        return [option for option in self.options if option.selected]

    def options_html(self) -> SafeString:
        """The facet's checkboxes (built here: a template loop costs more than the query)."""
        # format_html_join would do the same at several times the cost per option.
        name = escape(self.name, quote=True)
        return mark_safe(  # noqa: S308 (every name, value and label escaped; counts are digits and separators)
            "\n".join(
                f'<li><input type="checkbox" name="{name}" value="{value}" id="f-{name}-{value}"'
                f'{" checked" if option.selected else ""}><label for="f-{name}-{value}">'
                f'{escape(option.label, quote=True)} <span class="count">({grouped(option.count)})'
                "</span></label></li>"
                for option in self.options
                for value in (escape(option.value, quote=True),)
            )
        )


class Facet(django_filters.Filter):
    """A facet: several values combine with OR.

    ``field_name`` is the path to the value (``"countries__code"``, ``"evidence_level"``);
    ``choices`` returns the valid values with their labels.
    """

    field_class = FacetField

    def __init__(
        self,
        *,
        choices: Callable[[], Iterable[tuple[str, str]]],
        normalise: Callable[[str], str] = str.strip,
        show_empty: bool = False,
        boolean: bool = False,
        **kwargs,
    ):
        self.show_empty = show_empty
        self.boolean = boolean
        super().__init__(choices=choices, normalise=normalise, **kwargs)

    @property
    def is_relation(self) -> bool:
        return "__" in self.field_name

    def filter(self, qs: QuerySet, value: list[str]) -> QuerySet:
        if not value:
            return qs
        if self.boolean:
            value = [v == "true" for v in value]
        lookup = {f"{self.field_name}__in": value}
        if self.is_relation:
            # A subquery, so that a row matching two values still appears once.
            return qs.filter(pk__in=qs.model.objects.filter(**lookup).values("pk"))
        return qs.filter(**lookup)

    def options(
        self, counts: dict[str, int], selected: list[str], choices: list[tuple[str, str]]
    ) -> list[Option]:
        """The facet's values with their counts, as the filter form shows them."""
        options = []
        for value, label in choices:
            count = counts.get(value, 0)
            is_selected = value in selected
            if count or is_selected or self.show_empty:
                options.append(Option(value, label, count, is_selected))
        return options


# Each FilterSet's valid facet values with their labels, per language: (content version,
# when read, {facet: [(value, label)]}). Reading them costs a query per vocabulary.
_choices: dict[tuple[type, str], tuple[str, float, dict[str, list[tuple[str, str]]]]] = {}


def facet_choices(filterset: FacetFilterSet, version: str | None) -> dict[str, list]:
    """The valid values of each facet, read again when the content version changes.

    Vocabularies change through the admin, which renews the version; a change made behind
    its back shows within ``MAX_AGE`` seconds.
    """
    key = (type(filterset), get_language())
    found = _choices.get(key)
    now = time.monotonic()
    if found and version is not None and found[0] == version and now - found[1] < MAX_AGE:
        return found[2]
    choices = {}
    for name in filterset.facet_names():
        read = filterset.filters[name].extra["choices"]
        choices[name] = [(str(value), str(label)) for value, label in read()]
    if version is not None:
        _choices[key] = (version, now, choices)
    return choices


class FacetFilterSet(django_filters.FilterSet):
    """A FilterSet of facets that reports the values it had to ignore."""

    def facet_names(self) -> list[str]:
        return [name for name, f in self.filters.items() if isinstance(f, Facet)]

    def selected(self) -> dict[str, list[str]]:
        self.errors  # noqa: B018 (runs validation)
        return {name: self.form.cleaned_data.get(name) or [] for name in self.facet_names()}

    def ignored(self) -> list[tuple[str, str]]:
        """(facet label, value) for every value that was not understood."""
        self.errors  # noqa: B018
        return [
            (str(self.form.fields[name].label), value)
            for name in self.facet_names()
            for value in self.form.fields[name].ignored
        ]

    def apply(self, qs: QuerySet, *, except_facet: str | None = None) -> QuerySet:
        """Apply every facet's selection, optionally leaving one out (for its counts)."""
        for name, values in self.selected().items():
            if name != except_facet:
                qs = self.filters[name].filter(qs, values)
        return qs


class OrderedResults:
    """The matching rows' primary keys in sort order, sliced lazily for the paginator.

    In one of the index's orders, or in ``ranked``: the positions of the rows, best first.
    """

    def __init__(self, index: FacetIndex, results: Bits, sort: str, ranked: list[int] | None):
        self.index, self.results, self.sort, self.ranked = index, results, sort, ranked
        self.total = len(results)

    def count(self) -> int:
        return self.total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, window: slice) -> list[int]:
        start, stop = window.start or 0, window.stop or self.total
        if self.ranked is not None:
            pks = self.index.pks
            return [pks[position] for position in self.ranked[start:stop]]
        return self.index.in_order(self.results, self.sort, start, stop)


# With more matches than this, a search with several facets ranks only the rows they need.
FEW_MATCHES = 500


def among(model: type[Model], pks: list[int]) -> Q | RawSQL:
    """A filter keeping the rows whose primary key is one of ``pks`` (thousands, say)."""
    if not uses_postgres():
        return Q(pk__in=pks)
    # One array parameter: thousands of IN placeholders cost more to build and send than
    # the search they narrow. It goes as the text of an array ('{1,2,3}'), which the database
    # reads faster than the driver adapts a list of thousands of ints.
    quote = connection.ops.quote_name
    column = f"{quote(model._meta.db_table)}.{quote(model._meta.pk.column)}"
    keys = "{" + ",".join(str(int(pk)) for pk in pks) + "}"
    # Only quoted names of our own table go into the SQL; the keys go as one parameter.
    return RawSQL(f"{column} = ANY(%s::bigint[])", (keys,), output_field=BooleanField())  # noqa: S611


@dataclass
class Listing:
    """A searchable, faceted, sortable, paginated list built from one request.

    Counts and pages come from the list's :class:`FacetIndex`; ``results`` is the same
    selection as a queryset, for feeds and exports.
    """

    data: QueryDict
    queryset: QuerySet
    filterset_class: type[FacetFilterSet]
    search_fields: WeightedFields
    sorts: dict[str, tuple[str, list[str]]]
    default_sort: str
    index_name: str
    per_page: int = 20
    keep: tuple[str, ...] = ()  # parameters the filter form carries along unchanged
    notices: list[str] = field(default_factory=list)

    def __post_init__(self):
        self.q = clean_query(self.data.get("q"))
        self.filterset = self.filterset_class(self.data, queryset=self.queryset)
        if any(self.data.getlist(name) for name in self.filterset.facet_names()):
            self._give_choices()  # to tell the known values from the others
        for label, value in self.filterset.ignored():
            self.notices.append(
                _("“%(value)s” is not a known value for %(facet)s, so it was ignored.")
                % {"value": value, "facet": label.lower()}
            )
        self.sort = self._sort()

    def _sort(self) -> str:
        default = "relevance" if self.q and "relevance" in self.sorts else self.default_sort
        requested = self.data.get("sort") or default
        if requested not in self.sorts:
            self.notices.append(
                _("“%(value)s” is not a way to sort this list, so it was ignored.")
                % {"value": requested}
            )
            return default
        if requested == "relevance" and not self.q:
            return default
        return requested

    @property
    def results(self) -> QuerySet:
        """Every matching row, sorted: for feeds and exports."""
        base = search(self.queryset, self.q, self.search_fields) if self.q else self.queryset
        ordering = self.sorts[self.sort][1]
        return self.filterset.apply(base).order_by(*ordering)

    def build_index(self) -> FacetIndex:
        """This list's facet index, built afresh from the database."""
        filters = self.filterset.filters
        facets = {name: filters[name].field_name for name in self.filterset.facet_names()}
        orders = {name: spec[1] for name, spec in self.sorts.items() if name != "relevance"}
        return FacetIndex(self.queryset, facets, orders)

    @cached_property
    def _tokens(self) -> tuple[str | None, str | None]:
        """The list's index token and the site's content version (one cache read)."""
        try:
            return current_tokens(self.index_name)
        except Exception:
            return None, None  # get_index says so, and rebuilds

    def _give_choices(self) -> None:
        """Hand each facet its valid values, from the cache of them when it is current."""
        fields = self.filterset.form.fields
        for name, known in facet_choices(self.filterset, self._tokens[1]).items():
            if fields[name].known is None:
                fields[name].known = known

    @cached_property
    def index(self) -> FacetIndex:
        """This list's facet index (built once per content version, see facet_index)."""
        return get_index(self.index_name, self.build_index, token=self._tokens[0])

    @cached_property
    def _selection(self):
        index = self.index
        masks = {
            name: index.bits_for(name, values)
            for name, values in self.filterset.selected().items()
            if values
        }
        ranks = None
        base = index.all
        if self.q:
            # The matches as typed; only when there are none, the titles with a similar word
            # (search() would ask the database first whether there are any).
            matches, typos = search_steps(self.queryset, self.q, self.search_fields)
            rows, matched = self._ranked(matches, masks)
            if not matched and typos is not None:
                rows, matched = self._ranked(typos, masks)
            ranks = {index.position[pk]: rank for pk, rank in rows if pk in index.position}
            base = Bits.of(ranks, index.size)
        results = base
        for mask in masks.values():
            results = results & mask
        return index, base, masks, results, ranks

    def _ranked(
        self, hits: QuerySet, masks: dict[str, Bits]
    ) -> tuple[list[tuple[int, float]], bool]:
        """(primary key, rank) of the matches the results or counts depend on; any matches?"""
        rows = hits.order_by().values_list("pk", "rank")
        if len(masks) < 2:
            found = list(rows)
            return found, bool(found)
        # A rare word's matches are few: read them all. A common word's are many, and only
        # those in all selected facets but at most one count anywhere on the page: rank just
        # those, a small part of them.
        found = list(rows[:FEW_MATCHES])
        if len(found) == FEW_MATCHES:
            return list(rows.filter(among(self.queryset.model, self._relevant(masks)))), True
        return found, bool(found)

    def _relevant(self, masks: dict[str, Bits]) -> list[int]:
        """The rows that some count or the results depend on: in all masks but at most one."""
        index = self.index
        relevant = Bits()
        for name in masks:
            within = index.all
            for other, mask in masks.items():
                if other != name:
                    within = within & mask
            relevant = relevant | within
        return [index.pks[position] for position in relevant.positions(index.size)]

    def _by_relevance(self) -> list[int] | None:
        """The results' positions best first, when sorted by relevance (else None)."""
        index, _base, _masks, results, ranks = self._selection
        if self.sort != "relevance":
            return None
        tie_break = index.ranks_in(self.default_sort)
        membership = results.membership(index.size)
        shown = [position for position in ranks if has(membership, position)]
        return sorted(shown, key=lambda position: (-ranks[position], tie_break[position]))

    def page(self, rows: Statement | QuerySet | None = None) -> Page:
        """The requested page of rows; a malformed number gives the first, a late one the last.

        The rows shown are read by ``rows(pks)`` (a statement, see ``card_rows``), from the
        queryset ``rows``, or from the listing's own.
        """
        index, _base, _masks, results, _ranks = self._selection
        paginator = Paginator(
            OrderedResults(index, results, self.sort, self._by_relevance()), self.per_page
        )
        raw = self.data.get("page") or "1"
        try:
            number = int(raw) if raw.isascii() else 0
            if number < 1:
                raise ValueError
        except (TypeError, ValueError):
            self.notices.append(
                _("“%(value)s” is not a page number, so the first page is shown.") % {"value": raw}
            )
            number = 1
        page = paginator.page(min(number, paginator.num_pages))
        page.elided_range = list(
            paginator.get_elided_page_range(page.number, on_each_side=2, on_ends=1)
        )
        pks = page.object_list
        if isinstance(rows, Statement):
            chosen = rows(pks)
        else:  # in no order: the index's order is put back below
            chosen = (rows if rows is not None else self.queryset).filter(pk__in=pks).order_by()
        page.object_list = in_order(chosen, pks)
        return page

    def facets(self) -> list[FacetResult]:
        """Every facet with the count each of its values would give."""
        index, base, masks, _results, _ranks = self._selection
        self._give_choices()
        selected = self.filterset.selected()
        results = []
        for name in self.filterset.facet_names():
            within = base
            for other, mask in masks.items():
                if other != name:
                    within = within & mask
            counts = index.counts(name, within)
            options = self.filterset.filters[name].options(
                counts, selected[name], self.filterset.form.fields[name].known
            )
            results.append(FacetResult(name, str(self.filterset.filters[name].label), options))
        return results

    def kept(self) -> list[tuple[str, str]]:
        return [(name, self.data[name]) for name in self.keep if self.data.get(name)]

    def sort_options(self) -> list[tuple[str, str]]:
        return [
            (name, label)
            for name, (label, _ordering) in self.sorts.items()
            if name != "relevance" or self.q
        ]

    @property
    def is_filtered(self) -> bool:
        return bool(self.q or any(self.filterset.selected().values()))


def in_order(rows, pks: list[int]) -> list:
    """Rows read in no order, in the order of their keys ``pks`` (the index's)."""
    found = {row.pk: row for row in rows}
    return [found[pk] for pk in pks if pk in found]


def card_rows(rows: Callable[[], QuerySet]) -> Statement:
    """The rows of ``rows()`` with the keys a page shows, for ``Listing.page``: compiled once
    per number of rows (see resource_centre.statements). In no order: the page puts the
    index's order back, and sorting costs the database."""
    return Statement(lambda pks: rows().filter(pk__in=pks).order_by())


# Open data: the whole filtered result, streamed, in the same columns for CSV and JSON.


def export_values(
    queryset: QuerySet, columns: dict[str, str], many: dict[str, str], chunk_size: int = 2000
) -> Iterable[dict]:
    """Rows as plain dicts, fetched in chunks with values() rather than model instances.

    ``columns`` maps a column to a field path with one value per row; ``many`` maps a
    column to a path with several (``"countries__code"``), gathered in one query per chunk.
    """
    rows = queryset.values("pk", *columns.values()).iterator(chunk_size=chunk_size)
    while chunk := list(islice(rows, chunk_size)):
        pks = [row["pk"] for row in chunk]
        gathered = {column: {pk: [] for pk in pks} for column in many}
        for column, path in many.items():
            pairs = queryset.model.objects.filter(pk__in=pks).values_list("pk", path)
            for pk, value in pairs.order_by("pk", path):
                if value is not None:
                    gathered[column][pk].append(value)
        for row in chunk:
            out = {column: row[path] for column, path in columns.items()}
            for column in many:
                out[column] = gathered[column][row["pk"]]
            yield out


def open_data_rows(
    request, results: QuerySet, *, url_name: str, values: dict, many: dict, columns: list[str]
) -> Iterable[dict]:
    """A list's current selection as open data rows, with absolute URLs and ISO dates."""
    # One reverse() for all rows: the slug is the only part that changes.
    url = request.build_absolute_uri(reverse(url_name, args=["--slug--"]))
    for row in export_values(results, values, many):
        row["url"] = url.replace("--slug--", row["slug"])
        for column, value in row.items():
            if isinstance(value, date):
                row[column] = value.isoformat()
            elif value is None and column in ("organisation",):
                row[column] = ""
        yield {column: row[column] for column in columns}


def _csv_cell(value) -> str:
    if isinstance(value, (list, tuple)):
        return ";".join(str(v) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def csv_safe(text: str) -> str:
    """A CSV cell that a spreadsheet shows as text, never runs as a formula."""
    # A spreadsheet would run a cell starting with one of these as a formula.
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def export_csv(rows: Iterable[dict], columns: list[str], filename: str) -> StreamingHttpResponse:
    """Stream rows as CSV; several values in one cell are joined by semicolons."""

    class Echo:
        def write(self, value):
            return value

    writer = csv.writer(Echo())

    def lines():
        yield writer.writerow(columns)
        for row in rows:
            yield writer.writerow([csv_safe(_csv_cell(row[column])) for column in columns])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def export_json(rows: Iterable[dict], filename: str) -> StreamingHttpResponse:
    """Stream rows as one JSON array of objects."""

    def chunks():
        yield "["
        for n, row in enumerate(rows):
            yield ("," if n else "") + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
        yield "]"

    response = StreamingHttpResponse(chunks(), content_type="application/json; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


# Conditional responses: feeds and exports answer 304 Not Modified when nothing changed.


def list_validators(rows: QuerySet) -> tuple[str, datetime]:
    """An ETag and a Last-Modified date for a list of rows (one query, one cache read).

    The number of rows and the newest ``updated`` notice additions, edits and removals made
    in the database; the site's content version (see facet_index) notices what changes
    without touching the rows (an organisation renamed, an entry archived, a seat taken).
    """
    latest = rows.order_by().aggregate(count=Count("pk"), updated=Max("updated"))
    try:
        version = cache.get(CONTENT_VERSION)
    except Exception:
        version = None
    changed_at = token_time(version)
    if version is None or changed_at is None:
        # No version to compare with: a time that matches no client's copy.
        version, changed_at = "none", datetime.now(UTC).timestamp()
    updated = latest["updated"] or datetime.fromtimestamp(0, UTC)
    modified = max(updated, datetime.fromtimestamp(changed_at, UTC))
    digest = hashlib.sha256(f"{latest['count']}|{updated.isoformat()}|{version}".encode())
    return digest.hexdigest()[:32], modified


def conditional(rows: Callable[[HttpRequest], QuerySet]):
    """Decorate a feed or export view so that an unchanged list answers 304 with no body."""

    def validators(request: HttpRequest) -> tuple[str, datetime]:
        # condition() asks for the ETag and the date separately: compute them once.
        if not hasattr(request, "_list_validators"):
            request._list_validators = list_validators(rows(request))
        return request._list_validators

    return condition(
        etag_func=lambda request, *args, **kwargs: validators(request)[0],
        last_modified_func=lambda request, *args, **kwargs: validators(request)[1],
    )


class ListingFeed(Feed):
    """An Atom feed of the newest entries of a list, narrowed by the same parameters."""

    feed_type = Atom1Feed
    limit = 50

    def __call__(self, request, *args, **kwargs):
        def feed(request, *args, **kwargs):
            response = super(ListingFeed, self).__call__(request, *args, **kwargs)
            # The feed's own date is its newest item's; conditional() states the list's.
            del response["Last-Modified"]
            return response

        return conditional(lambda request: self.all_rows())(feed)(request, *args, **kwargs)

    def build_listing(self, request) -> Listing:
        raise NotImplementedError

    def all_rows(self) -> QuerySet:
        """Every published row of the list, whatever the filters (for the feed's ETag)."""
        raise NotImplementedError

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return self.build_listing(request)

    def items(self, listing: Listing):
        return listing.results.order_by("-published_at")[: self.limit]

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.updated
