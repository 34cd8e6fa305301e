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
import secrets
import threading
import weakref
from collections.abc import Callable, Sequence
from functools import partial
from typing import Any

from django.core.exceptions import EmptyResultSet
from django.db import connections, models

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
        shape = tuple(len(v) if isinstance(v, list | tuple) else None for v in values)
        if 0 in shape:  # an empty list: Django asks the database nothing
            return None
        try:
            return self._compiled[shape]
        except KeyError:
            pass
        with self._lock:
            if shape not in self._compiled:
                self._compiled[shape] = _compile(self.build, values)
            return self._compiled[shape]


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
        params = list(self.params)
        for position, index, item in self.slots:
            value = values[index] if item is None else values[index][item]
            params[position] = _adapt(value, connection)
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
        logger.warning("A statement's values are not all parameters of its SQL: %r", build)
        return None
    return _Compiled(queryset, compiler, sql, tuple(params), slots, using)
