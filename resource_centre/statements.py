"""Querysets whose SQL is written once per process and run again with other values.

A page's queries are the same every time but for a slug, a key or a list of keys. Building
such a queryset (its joins, annotations and ``Exists`` subqueries) and compiling it to SQL
cost the ORM more than PostgreSQL takes to run it: a practice page's own row took 2.5 ms,
of which 0.25 ms in the database. A :class:`Statement` builds and compiles its queryset once
per process (and per length of each list it is given), with placeholder values, notes where
those values sit among the SQL's parameters, and afterwards only swaps in each call's values
and runs the same SQL (which PostgreSQL, with prepared statements, also plans once per
connection). The rows come
back through Django's own model iterable: instances, ``select_related`` objects, annotations
and ``prefetch_related`` lookups are as the queryset would give them. Each call runs on the
calling thread's own database connection.

A statement's builder must write the same SQL whatever the values it is given: it may not
branch on them, read the clock or the active language (pass those as arguments). Its
arguments are strings, integers, aware datetimes, or lists of integers or strings (a list's
length is part of the SQL, so each length is compiled once). Where a value cannot be found
among the parameters (a lookup that transforms it, such as ``icontains``), the statement
builds its queryset on every call instead, which is correct and only slower.
"""

from __future__ import annotations

import copy
import datetime
import itertools
import logging
import re
import secrets
import threading
import weakref
from collections.abc import Callable, Sequence
from functools import partial
from operator import itemgetter
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import Window
from django.db.models.functions import RowNumber

logger = logging.getLogger(__name__)

# Placeholder values nothing else in a query could hold. Integers stay within PostgreSQL's
# integer type; strings are one word of letters and digits (what a slug or a cleaned search
# keeps as it is); datetimes are far in the future, told apart by their microseconds.
_INTEGER_BASE = 2_046_311_000
_STRING_MARK = "statementvalue{}x" + secrets.token_hex(8)
_DATETIME_BASE = datetime.datetime(2999, 12, 31, 23, 0, tzinfo=datetime.UTC)


class Statement:
    """``Statement(build)(*values)``: the rows of ``build(*values)`` as a list (model
    instances, or what the queryset yields)."""

    def __init__(self, build: Callable[..., models.QuerySet]):
        self.build = build
        self._compiled: dict[tuple, _Compiled | None] = {}
        self._lock = threading.Lock()

    def __call__(self, *values: Any) -> list[Any]:
        compiled = self.compiled(values)
        if compiled is None:
            return list(self.build(*values))
        return compiled.run(values)

    def first(self, *values: Any) -> Any:
        """The first of the rows, or None where there is none (for a statement of one row
        at most: by a unique key)."""
        rows = self(*values)
        return rows[0] if rows else None

    def compiled(self, values: Sequence[Any]) -> _Compiled | None:
        """The SQL for values of this shape, written on first use; None where it cannot
        be reused."""
        if any(isinstance(v, list | tuple) and not v for v in values):
            return None  # an empty list: Django asks the database nothing
        return _once_per_shape(self._compiled, self._lock, values, partial(_compile, self.build))


def _once_per_shape(compiled: dict, lock: threading.Lock, values: Sequence[Any], make):
    """``make(values)``, kept in ``compiled`` under the shape of ``values`` (each list's
    length: it is part of the SQL) and made on first use only."""
    shape = tuple(len(v) if isinstance(v, list | tuple) else None for v in values)
    try:
        return compiled[shape]
    except KeyError:
        pass
    with lock:
        if shape not in compiled:
            compiled[shape] = make(values)
        return compiled[shape]


class _Compiled:
    """A queryset built with placeholders, its compiler and SQL, and where each value goes."""

    def __init__(self, queryset, compiler, sql: str, params: tuple, slots: list, using: str):
        self.queryset = queryset
        self.compiler = compiler
        self.sql = sql
        self.params = params
        # (position among the parameters, index of the value, index in a list or None)
        self.slots = slots
        self.using = using
        # The converters of the columns read (see _reuse), per thread's connection.
        self.converters: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()

    def run(self, values: Sequence[Any]) -> list[Any]:
        connection = connections[self.using]
        params = _filled(self.params, self.slots, values, connection)
        queryset = self.queryset._chain()
        # The rows are read through the queryset's own iterable (instances, related objects,
        # annotations, prefetching), from a compiler that already knows its SQL. The clone
        # is never handed out: nothing can chain onto it and reuse that SQL by mistake.
        queryset.query.get_compiler = partial(
            _reuse, self.compiler, self.sql, tuple(params), connection, self.converters
        )
        return list(queryset)


def _reuse(template, sql, params, connection, converters, *args, **kwargs):
    compiler = copy.copy(template)
    # This thread's connection (Django's connections are per thread), not the one the
    # statement was compiled on.
    compiler.connection = connection
    compiler.as_sql = lambda *args, **kwargs: (sql, params)
    # The same columns on every run: which of them need converting (Django asks each of a
    # practice row's 62 columns on every run, some 40 µs) is worked out once per connection.
    found = converters.get(connection)
    if found is None:
        columns = [column for column, *_ in compiler.select[: compiler.col_count]]
        found = converters[connection] = (len(columns), compiler.get_converters(columns))
    compiler.get_converters = partial(_converters, found, compiler.get_converters)
    return compiler


def _converters(found: tuple[int, dict], compute, expressions) -> dict:
    count, converters = found
    return converters if len(expressions) == count else compute(expressions)


def _kind(value: Any) -> type:
    """The kind of a statement's value; any other is refused."""
    for kind in (datetime.datetime, str, int):
        if isinstance(value, kind) and not isinstance(value, bool):
            return kind
    raise TypeError(f"a statement's values are strings, integers or datetimes, not {value!r}")


def _adapt(value: Any, connection) -> Any:
    """A value as the lookup hands it to the database driver."""
    if _kind(value) is datetime.datetime:
        return connection.ops.adapt_datetimefield_value(value)
    return value


def _placeholders(values: Sequence[Any]) -> tuple[list[Any], list[tuple[Any, int, int | None]]]:
    """Placeholder values in the shape of ``values``, and for each placeholder the index of
    the value it stands for (and its index in a list)."""
    numbers = itertools.count(1)
    placeholders: list[Any] = []
    stands_for: list[tuple[Any, int, int | None]] = []

    def placeholder(value: Any, index: int, item: int | None) -> Any:
        number = next(numbers)
        kind = _kind(value)
        if kind is datetime.datetime:
            marker = _DATETIME_BASE + datetime.timedelta(microseconds=number)
        elif kind is int:
            marker = _INTEGER_BASE + number
        else:
            marker = _STRING_MARK.format(number)
        stands_for.append((marker, index, item))
        return marker

    for index, value in enumerate(values):
        if isinstance(value, list | tuple):
            placeholders.append([placeholder(v, index, item) for item, v in enumerate(value)])
        else:
            placeholders.append(placeholder(value, index, None))
    return placeholders, stands_for


def _slots(stands_for: list, params: Sequence[Any], connection) -> list | None:
    """For each parameter that is a placeholder: (its position, the index of the value it
    stands for, its index in a list or None); None where a value is not among them."""
    wanted = {}
    for marker, index, item in stands_for:
        adapted = _adapt(marker, connection)
        wanted[(type(adapted), adapted)] = (index, item)
    slots = []
    for position, param in enumerate(params):
        try:
            target = wanted.get((type(param), param))
        except TypeError:  # an unhashable parameter, not one of ours
            continue
        if target is not None:
            slots.append((position, *target))
    if {(index, item) for _, index, item in slots} != set(wanted.values()):
        return None
    return slots


def _filled(params: tuple, slots: list, values: Sequence[Any], connection) -> list:
    """The parameters with each call's values in the placeholders' places."""
    filled = list(params)
    for position, index, item in slots:
        value = values[index] if item is None else values[index][item]
        filled[position] = _adapt(value, connection)
    return filled


def _compile(build: Callable[..., models.QuerySet], values: Sequence[Any]):
    placeholders, stands_for = _placeholders(values)
    queryset = build(*placeholders)
    using = queryset.db
    connection = connections[using]
    compiler = queryset.query.get_compiler(using=using)
    try:
        sql, params = compiler.as_sql()
    except EmptyResultSet:
        return None
    slots = _slots(stands_for, params, connection)
    if slots is None:
        logger.warning("A statement's values are not all parameters of its SQL: %r", build)
        return None
    return _Compiled(queryset, compiler, sql, tuple(params), slots, using)


# The column each list's rows are numbered in, in its own order (see Lists).
_RANK = "list_row"


class Lists:
    """Several short lists read in one query: ``Lists(links=build, events=build)(*values)``
    gives ``{"links": [...], "events": [...]}``, each list as its queryset would give it.

    A page that shows an entry's links, the programmes that prepare for it and its next
    events asked the database three times, each answer a few rows. Here each builder's
    queryset (of one model: ordered, perhaps sliced, with ``only()``, ``select_related`` and
    annotations as usual) is compiled once per process as a :class:`Statement`'s is, each row
    numbered in its list's order (``ROW_NUMBER()``: a union's rows come in no set order, and
    are put back in order by those numbers), and the lists are read together as one
    ``UNION ALL``. Each list keeps its own columns (the others' are ``NULL`` on its rows), so
    no column has to change type; its rows then go through its queryset's own iterable
    (instances, related objects, the database's converters).

    Every builder is given all the values and uses those it needs; each value must be used
    by one of them at least. A list of values may be empty: a list whose queryset is then
    empty (``pk__in=[]``) is left out of the query. Where a list cannot be compiled so, each
    list is read by its own query instead, which is correct and only slower.
    """

    def __init__(self, **builds: Callable[..., models.QuerySet]):
        self.builds = builds
        self._compiled: dict[tuple, _CompiledLists | None] = {}
        self._lock = threading.Lock()

    def __call__(self, *values: Any) -> dict[str, list[Any]]:
        compiled = self.compiled(values)
        if compiled is None:
            return {name: list(build(*values)) for name, build in self.builds.items()}
        return compiled.run(values)

    def compiled(self, values: Sequence[Any]) -> _CompiledLists | None:
        """The union for values of this shape, written on first use; None where it cannot
        be written."""
        return _once_per_shape(
            self._compiled, self._lock, values, partial(_compile_lists, self.builds)
        )


class _CompiledLists:
    """The union's SQL and parameters, where each value goes, and each list's part."""

    def __init__(
        self, sql: str, params: tuple, slots: list, parts: list, empty: list[str], using: str
    ):
        self.sql = sql
        self.params = params
        self.slots = slots
        # (name, queryset, compiler, first column, column after the last, where its row
        # numbers are among its columns) of each list
        self.parts = parts
        self.empty = empty  # the lists that are empty whatever the values
        self.using = using

    def run(self, values: Sequence[Any]) -> dict[str, list[Any]]:
        connection = connections[self.using]
        params = _filled(self.params, self.slots, values, connection)
        with connection.cursor() as cursor:
            cursor.execute(self.sql, params)
            rows = cursor.fetchall()
        found: dict[str, list[Any]] = {name: [] for name in self.empty}
        for number, (name, queryset, compiler, start, end, rank) in enumerate(self.parts):
            own = sorted((row[start:end] for row in rows if row[0] == number), key=itemgetter(rank))
            chained = queryset._chain()
            chained.query.get_compiler = partial(_given_rows, compiler, own, connection)
            found[name] = list(chained)
        return found


def _given_rows(template, rows, connection, *args, **kwargs):
    """A copy of a list's compiler that hands out its rows, already read, as if it had run
    its query."""
    compiler = copy.copy(template)
    compiler.connection = connection
    compiler.execute_sql = lambda *args, **kwargs: [rows]
    return compiler


def _compile_lists(builds: dict[str, Callable[..., models.QuerySet]], values: Sequence[Any]):
    placeholders, stands_for = _placeholders(values)
    parts, pieces, empty = [], [], []
    using = None
    for name, build in builds.items():
        queryset = build(*placeholders)
        if using is None:
            using = queryset.db
        elif queryset.db != using:
            return None
        queryset = _numbered(queryset)
        compiler = queryset.query.get_compiler(using=using)
        try:
            sql, params = compiler.as_sql()
        except EmptyResultSet:  # an empty list of values: nothing to ask for
            empty.append(name)
            continue
        parts.append((name, queryset, compiler, compiler.col_count))
        pieces.append((sql, params))
    if not parts:
        return None
    connection = connections[using]
    # Each list's columns, as NULLs of their own types on the other lists' rows (PostgreSQL
    # settles a union's column types pair by pair: two untyped NULLs would make text).
    # SQLite has no column types to settle. (PostgreSQL's own short cast keeps the statement
    # small: the driver keeps its parsing of a statement only while it is under 4 kB.)
    nulls = [
        f"NULL::{_short_type(expression.output_field.cast_db_type(connection))}"
        if connection.vendor == "postgresql"
        else "NULL"
        for *_, compiler, count in parts
        for expression, *_ in compiler.select[:count]
    ]
    selects, all_params, spans = [], [], []
    before = 0
    for number, ((name, queryset, compiler, count), (sql, params)) in enumerate(
        zip(parts, pieces, strict=True)
    ):
        columns = [str(number), *nulls[:before], "p.*"]
        columns += nulls[before + count :]
        # The lists' own SQL, written by the ORM; the values are parameters.
        selects.append(f"SELECT {', '.join(columns)} FROM ({sql}) p")  # noqa: S608
        all_params.extend(params)
        # Where its columns are in the union's rows, and where its row numbers are in those.
        rank = next(n for n, (*_, alias) in enumerate(compiler.select) if alias == _RANK)
        spans.append((name, queryset, compiler, 1 + before, 1 + before + count, rank))
        before += count
    slots = _slots(stands_for, all_params, connection)
    if slots is None:
        logger.warning("Lists' values are not all parameters of their SQL: %r", builds)
        return None
    sql = " UNION ALL ".join(selects)
    return _CompiledLists(sql, tuple(all_params), slots, spans, empty, using)


def _short_type(name: str) -> str:
    """A PostgreSQL type as a NULL of it is written: without a length, as its short name."""
    return re.sub(r"\(\d+\)", "", name).replace("timestamp with time zone", "timestamptz")


def _numbered(queryset: models.QuerySet) -> models.QuerySet:
    """The queryset with each row's number in its own order, as column ``_RANK``."""
    query = queryset.query
    ordering = list(query.order_by)
    if not ordering and query.default_ordering:
        ordering = list(queryset.model._meta.ordering)
    ordering = ordering or ["pk"]
    low, high = query.low_mark, query.high_mark
    sliced = query.is_sliced
    if sliced:
        queryset = queryset._chain()
        queryset.query.clear_limits()
    queryset = queryset.annotate(**{_RANK: Window(RowNumber(), order_by=ordering)})
    if sliced:
        queryset.query.set_limits(low, high)
    else:  # the numbers give the order: sorting the rows as well would be work for nothing
        queryset = queryset.order_by()
    return queryset
