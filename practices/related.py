"""The rows of several many-to-many fields of one entry, read in a single query.

A detail page shows an entry's countries, languages and terms of half a dozen taxonomies:
one prefetch query each. These are small rows (a code or a slug and a name), so they are
read together, as one ``UNION ALL`` of one ``SELECT`` per field, in each target model's own
order, and handed back as instances that carry just those columns (as with ``only()``).

Its other relations (references, facilitators, modules …) many entries have none of: the
entry's own query says which it has (``presence``), and only those are read (``read_present``).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache

from django.db import connections, models
from django.utils.translation import get_language

from resource_centre.statements import Statement

# The columns every part of the union has, in this order; a model without one gets a blank.
COLUMNS = ("name", "slug", "position")
BLANKS = {"name": "''", "slug": "''", "position": "0"}


def related_rows(entry: models.Model, names: Sequence[str]) -> dict[str, list[models.Model]]:
    """The rows of each many-to-many field ``names`` of ``entry``, in one query."""
    model = type(entry)
    fields = [model._meta.get_field(name) for name in names]
    found: dict[str, list[models.Model]] = {name: [] for name in names}
    if not fields:
        return found
    database = entry._state.db or "default"
    language = get_language() or "en"
    parameters = []
    for field in fields:
        if _translated(field.related_model):
            parameters.append(language)
        parameters.append(entry.pk)
    with connections[database].cursor() as cursor:
        cursor.execute(_union_sql(model, tuple(names), database), parameters)
        rows = cursor.fetchall()
    for number, key, local_name, *values in rows:
        target = fields[number].related_model
        read = dict(zip(COLUMNS, values, strict=True))
        read[target._meta.pk.attname] = target._meta.pk.to_python(key)
        names_read = _names_read(target)
        row = target.from_db(database, names_read, [read[name] for name in names_read])
        if _translated(target):
            row.local_name = local_name  # the term's name in the page's language
        found[fields[number].name].append(row)
    return found


@cache
def _names_read(target: type[models.Model]) -> list[str]:
    # The fields read, in the model's order, as from_db() expects; any other field is loaded
    # if asked for.
    read = {*COLUMNS, target._meta.pk.attname}
    return [f.attname for f in target._meta.concrete_fields if f.attname in read]


def _translated(target: type[models.Model]) -> bool:
    """Whether the model's names have a translations table (the taxonomies' terms)."""
    return hasattr(target, "_parler_meta")


@cache
def _union_sql(model: type[models.Model], names: tuple[str, ...], database: str) -> str:
    # Written once per page kind from the models' metadata: building the same union with
    # the ORM on every request costs more than running it.
    quote = connections[database].ops.quote_name
    parts = []
    for number, name in enumerate(names):
        field = model._meta.get_field(name)
        target = field.related_model
        own = {f.attname for f in target._meta.concrete_fields}
        # Short aliases: the target's table t, the link table l, the translations r (the
        # driver keeps its parsing of a statement only while it is under 4 kB).
        columns = [f"t.{quote(column)}" if column in own else BLANKS[column] for column in COLUMNS]
        key = f"t.{quote(target._meta.pk.column)}"
        local_name, join = "''", ""
        if _translated(target):
            # The name in the page's language (a parameter) where an editor translated it.
            translations = quote(target._parler_meta.root_model._meta.db_table)
            local_name = f"COALESCE(NULLIF(r.{quote('translated_name')}, ''), t.{quote('name')})"
            join = (
                f" LEFT OUTER JOIN {translations} r ON r.{quote('master_id')} = {key}"
                f" AND r.{quote('language_code')} = %s"
            )
        # Quoted names from the models' metadata only; the language and the entry's key are
        # parameters.
        sql = (
            f"SELECT {number}, CAST({key} AS varchar(100)), {local_name}, "  # noqa: S608
            f"{', '.join(columns)} FROM {quote(target._meta.db_table)} t INNER JOIN "
            f"{quote(field.m2m_db_table())} l ON l.{quote(field.m2m_reverse_name())} = {key}"
            f"{join} WHERE l.{quote(field.m2m_column_name())} = %s"
        )
        parts.append(sql)
    # The targets are ordered by position and name, by name, or by code (their primary
    # key): sorting the union so puts each field's rows in its model's own order.
    return " UNION ALL ".join(parts) + " ORDER BY 1, 6, 4, 2"


def presence(model: type[models.Model], names: Sequence[str]) -> dict[str, models.Exists]:
    """``has_<name>`` for each of ``model``'s one-to-many or many-to-many relations ``names``:
    whether a row has any, to annotate its own query with (see ``read_present``)."""
    found = {}
    for name in names:
        field = model._meta.get_field(name)
        if isinstance(field, models.ManyToManyField):  # the model's own: rows in its link table
            rows = field.remote_field.through.objects.filter(
                **{field.m2m_field_name(): models.OuterRef("pk")}
            )
        elif field.many_to_many:  # another model's many-to-many field naming this one
            rows = field.through.objects.filter(
                **{field.field.m2m_reverse_field_name(): models.OuterRef("pk")}
            )
        else:  # another model's foreign key to this one
            rows = field.related_model.objects.filter(**{field.field.name: models.OuterRef("pk")})
        found[f"has_{name}"] = models.Exists(rows)
    return found


def read_present(entry: models.Model, *lookups: str | models.Prefetch) -> None:
    """Read the relations ``lookups`` of ``entry`` as prefetching would: a query for each
    one it has rows in (its ``has_<name>`` from ``presence``), none for the others, so that
    each relation's ``.all()`` afterwards costs no query.

    A lookup is a relation's name or a ``Prefetch`` giving the queryset to read it through
    (the same for every call: its first is kept). Each relation's query is a
    :class:`~resource_centre.statements.Statement`, compiled once per process.
    """
    model = type(entry)
    for lookup in lookups:
        name = getattr(lookup, "prefetch_through", lookup)
        if getattr(entry, f"has_{name}"):
            rows = _relation_rows(model, name, getattr(lookup, "queryset", None))(entry.pk)
        else:
            rows = []
        keep_read(entry, name, rows)


def keep_read(entry: models.Model, name: str, rows: list[models.Model]) -> None:
    """Leave ``rows``, read by other means, as what relation ``name`` of ``entry`` holds, as
    prefetching would: its ``.all()`` afterwards costs no query."""
    manager = getattr(entry, name)
    # What prefetching leaves behind: the relation's manager finds its rows in the entry's
    # prefetch cache, under the name that manager looks for.
    cache_name = getattr(manager, "prefetch_cache_name", None)
    if cache_name is None:  # another model's foreign key to this one
        cache_name = manager.field.remote_field.cache_name
    found = manager.model._default_manager.none()
    found._result_cache = rows
    found._prefetch_done = True
    if not hasattr(entry, "_prefetched_objects_cache"):
        entry._prefetched_objects_cache = {}
    entry._prefetched_objects_cache[cache_name] = found


_relation_statements: dict[tuple[type[models.Model], str], Statement] = {}


def _relation_rows(model: type[models.Model], name: str, queryset) -> Statement:
    """The query for the rows of relation ``name`` of one ``model`` row, by its key."""
    try:
        return _relation_statements[(model, name)]
    except KeyError:
        pass
    field = model._meta.get_field(name)
    target = field.related_model
    # The filter from the target's side: the field's reverse name where the relation is
    # this model's own many-to-many field, the other model's field otherwise.
    if isinstance(field, models.ManyToManyField):
        key = field.related_query_name()
    else:
        key = field.field.name
    base = queryset if queryset is not None else target._default_manager.all()
    statement = Statement(lambda pk: base.filter(**{key: pk}))
    return _relation_statements.setdefault((model, name), statement)
