"""An in-memory index of a list's facets: counts in microseconds instead of SQL GROUP BYs.

For every facet value it keeps the set of published rows that have it, as a bitset (a
Python int, one bit per row). Counting what a value would give is then a bitwise AND and a
popcount, whatever the number of rows. The index is built once per content version for the
whole site: writers call :func:`mark_changed`, which stores a new random token in the shared
cache; the first process to need the index under a new token builds it (a few compact
queries) and keeps it in the shared cache under that token, where every other process picks
it up (a fraction of the time a build takes) instead of building its own.
A copy older than ``MAX_AGE`` seconds is rebuilt in a background thread while requests go on
being served from it, so that a change made behind the code's back (a raw SQL edit, say)
shows within about a minute and no request waits for a rebuild that no change asked for.

Every call of :func:`mark_changed` also renews one site-wide token, :data:`CONTENT_VERSION`,
which the page cache (``resource_centre/page_cache.py``) puts in front of every stored page:
any change to curated content, workshops, organisations or registrations retires them all.
A token starts with the time it was made, so that it can also serve as a Last-Modified date.
"""

from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import defaultdict
from collections.abc import Callable, Iterable

from django.core.cache import cache
from django.db import connection, connections, models, transaction
from django.db.models import QuerySet, Window
from django.db.models.functions import RowNumber

log = logging.getLogger(__name__)
MAX_AGE = 60
_local: dict[str, tuple[str, Kept]] = {}
_refreshing: dict[str, threading.Thread] = {}
_lock = threading.Lock()


# The cache key of the site-wide token that every content change renews.
CONTENT_VERSION = "content-version"


def _token_key(name: str) -> str:
    return f"facet-index:{name}"


def new_token() -> str:
    """A fresh token: the time it was made, then random hex that makes it unique."""
    return f"{time.time():.6f}-{uuid.uuid4().hex}"


def token_time(token: str | None) -> float | None:
    """When a token was made (seconds since the epoch); None for a token without a time."""
    try:
        return float(str(token).split("-", 1)[0])
    except ValueError:
        return None


def _renew(keys: list[str]) -> None:
    try:
        cache.set_many({key: new_token() for key in keys}, timeout=None)
    except Exception:
        # A cache outage must not lose an editor's work; copies expire within MAX_AGE.
        log.warning("could not mark %s as changed", ", ".join(keys), exc_info=True)


def mark_changed(*names: str) -> None:
    """Tell every process that the rows behind lists ``names``, and so public pages, changed."""
    keys = [_token_key(name) for name in names if name] + [CONTENT_VERSION]
    _renew(keys)
    if connection.in_atomic_block:
        # Until the transaction commits, other requests still read the old rows and could
        # build an index or a page from them under the new token: renew it again then.
        transaction.on_commit(lambda: _renew(keys))


def current_token(name: str) -> str:
    """The token of list ``name`` as every process sees it (made now if there was none)."""
    token = cache.get(_token_key(name))
    if token is None:
        cache.add(_token_key(name), new_token(), timeout=None)
        token = cache.get(_token_key(name))
    return token


def read_tokens(names: Iterable[str]) -> dict[str, str]:
    """The tokens of several lists in one cache read (for a page that shows several lists'
    rows); a list's token is made now if there was none. Empty when the cache cannot be
    read: :func:`get_index` then reads each token itself, or builds the index."""
    keys = {name: _token_key(name) for name in names}
    try:
        found = cache.get_many(list(keys.values()))
        return {name: found.get(key) or current_token(name) for name, key in keys.items()}
    except Exception:
        log.warning("cache unavailable; reading index tokens one by one", exc_info=True)
        return {}


def current_tokens(name: str) -> tuple[str, str | None]:
    """The token of list ``name`` and the site-wide content version, in one cache read."""
    found = cache.get_many([_token_key(name), CONTENT_VERSION])
    token = found.get(_token_key(name))
    if token is None:
        token = current_token(name)
    version = found.get(CONTENT_VERSION)
    if version is None:
        # A new or emptied cache: start a version, as a list's token is started.
        cache.add(CONTENT_VERSION, new_token(), timeout=None)
        version = cache.get(CONTENT_VERSION)
    return token, version


def _shared_key(name: str, token: str) -> str:
    return f"facet-index:{name}:{token}:index"


def get_index[K: Kept](name: str, build: Callable[[], K], *, token: str | None = None) -> K:
    """The index of list ``name`` under its current ``token``, built by ``build()`` if need be.

    A copy of this process under the current token is used as it is; when it is older than
    ``MAX_AGE`` a background thread rebuilds it meanwhile. Under a new token the shared
    cache's copy is used, or one is built and shared.
    """
    try:
        token = token or current_token(name)
    except Exception:
        log.warning("cache unavailable; rebuilding the %s index", name, exc_info=True)
        return build()
    entry = _local.get(name)
    if entry and entry[0] == token:
        if entry[1].age() >= MAX_AGE:
            _refresh_in_background(name, build, token)
        return entry[1]
    # Under a new token the old copy may miss a change the visitor has just made: wait.
    with _lock:
        entry = _local.get(name)
        if entry and entry[0] == token:
            return entry[1]
        index = _shared_or_built(name, token, build)
        _local[name] = (token, index)
    return index


def _shared_or_built(name: str, token: str, build: Callable[[], Kept]) -> Kept:
    """The shared cache's copy under ``token`` while it is fresh, else one built and shared."""
    key = _shared_key(name, token)
    try:
        index = cache.get(key)
    except Exception:
        log.warning("cache unavailable; building the %s index", name, exc_info=True)
        index = None
    if index is not None and index.age() < MAX_AGE:
        return index
    # Processes that miss it at the same moment each build it (no lock to wait on): it
    # takes well under a second, and from the first one's on the others find it here.
    index = build()
    try:
        cache.set(key, index, timeout=MAX_AGE * 2)
    except Exception:
        log.warning("could not share the %s index", name, exc_info=True)
    return index


def _refresh_in_background(name: str, build: Callable[[], Kept], token: str) -> None:
    """Replace this process's copy of an index with a fresh one, without holding anyone up."""

    def refresh():
        try:
            index = _shared_or_built(name, token, build)
            with _lock:
                entry = _local.get(name)
                if entry and entry[0] == token:
                    _local[name] = (token, index)
        except Exception:
            log.exception("could not refresh the %s index", name)
        finally:
            # The thread's own database connection: hand it back.
            connections.close_all()
            with _lock:
                _refreshing.pop(name, None)

    with _lock:
        if name in _refreshing:
            return
        thread = threading.Thread(target=refresh, name=f"facet-index-{name}", daemon=True)
        _refreshing[name] = thread
    thread.start()


def facet_value(value) -> str:
    """A stored value as it appears in URLs and exports (booleans as true/false)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


class Bits:
    """A set of row positions, stored as an int; cheap to AND, OR and count."""

    __slots__ = ("value",)

    def __init__(self, value: int = 0):
        self.value = value

    @classmethod
    def of(cls, positions: Iterable[int], size: int) -> Bits:
        buffer = bytearray((size + 7) // 8)
        for position in positions:
            buffer[position >> 3] |= 1 << (position & 7)
        return cls(int.from_bytes(buffer, "little"))

    def __and__(self, other: Bits) -> Bits:
        return Bits(self.value & other.value)

    def __or__(self, other: Bits) -> Bits:
        return Bits(self.value | other.value)

    def __sub__(self, other: Bits) -> Bits:
        return Bits(self.value & ~other.value)

    def __len__(self) -> int:
        return self.value.bit_count()

    def membership(self, size: int) -> bytes:
        """A byte string for fast ``has(position)`` tests."""
        return self.value.to_bytes((size + 7) // 8, "little")

    def positions(self, size: int) -> list[int]:
        """The positions in the set, in order."""
        found = []
        for offset, byte in enumerate(self.membership(size)):
            if byte:
                base = offset << 3
                found.extend([base + bit for bit in _BITS_OF_BYTE[byte]])
        return found


# The bits set in each byte value, lowest first: positions() looks them up.
_BITS_OF_BYTE = [tuple(bit for bit in range(8) if byte >> bit & 1) for byte in range(256)]


def has(membership: bytes, position: int) -> bool:
    return bool(membership[position >> 3] >> (position & 7) & 1)


def _single_valued(model: type[models.Model], path: str) -> bool:
    """Whether a field path has at most one value per row (local fields, forward keys)."""
    *relations, _last = path.split("__")
    for name in relations:
        field = model._meta.get_field(name)
        if not (field.many_to_one or field.one_to_one) or field.auto_created:
            return False
        model = field.related_model
    return True


def _pairs(queryset: QuerySet, path: str) -> QuerySet:
    """(primary key, value) for each value of a many-valued path.

    A forward many-to-many path is read from its link table alone (rows of other statuses
    included: the index leaves them out), which spares joining the list's own table.
    """
    first, _sep, rest = path.partition("__")
    field = queryset.model._meta.get_field(first)
    if isinstance(field, models.ManyToManyField) and rest:
        link = field.remote_field.through
        source, target = field.m2m_field_name(), field.m2m_reverse_field_name()
        return link.objects.values_list(f"{source}_id", f"{target}__{rest}")
    return queryset.order_by().values_list("pk", path)


class Kept:
    """What :func:`get_index` keeps under a token: rows read at a known time, so that a copy
    older than ``MAX_AGE`` is read again."""

    def __init__(self) -> None:
        self.built_at = time.time()

    def age(self) -> float:
        """Seconds since the rows were read."""
        return time.time() - self.built_at


class FacetIndex(Kept):
    """Published rows by facet value, plus each sort order, for one list.

    Built in one query for the rows, their single-valued facets and their rank in every sort
    order (window functions, so the database's collation decides, as in the list's own
    queries), plus one query per many-valued facet.
    """

    def __init__(self, queryset: QuerySet, facets: dict[str, str], orders: dict[str, list[str]]):
        super().__init__()
        model = queryset.model
        single = {name: path for name, path in facets.items() if _single_valued(model, path)}
        ranks = {
            f"rank_in_{n}": Window(RowNumber(), order_by=ordering)
            for n, ordering in enumerate(orders.values())
        }
        rows = list(
            queryset.order_by("pk").annotate(**ranks).values_list("pk", *single.values(), *ranks)
        )
        self.size = len(rows)
        self.pks = [row[0] for row in rows]
        self.position = {pk: n for n, pk in enumerate(self.pks)}
        self.all = Bits((1 << self.size) - 1)
        self.values: dict[str, dict[str, Bits]] = {}
        for column, name in enumerate(single, start=1):
            self.values[name] = self._grouped((n, row[column]) for n, row in enumerate(rows))
        position = self.position
        for name, path in facets.items():
            if name not in single:
                self.values[name] = self._grouped(
                    (position.get(pk), value) for pk, value in _pairs(queryset, path)
                )
        self._ranks: dict[str, list[int]] = {}
        self._memberships: dict[str, dict[str, bytes]] = {}  # see values_of
        self.orders = {}
        for column, sort in enumerate(orders, start=1 + len(single)):
            order = [0] * self.size
            for n, row in enumerate(rows):
                order[row[column] - 1] = n
            self.orders[sort] = order

    def _grouped(self, pairs: Iterable[tuple[int | None, object]]) -> dict[str, Bits]:
        grouped: dict[object, list[int]] = defaultdict(list)
        for position, value in pairs:
            if position is not None and value is not None:
                grouped[value].append(position)
        return {facet_value(value): Bits.of(found, self.size) for value, found in grouped.items()}

    def ranks_in(self, sort: str) -> list[int]:
        """Each position's place in a sort order (kept: a tie-break of every search)."""
        ranks = self._ranks.get(sort)
        if ranks is None:
            ranks = [0] * self.size
            for n, position in enumerate(self.orders[sort]):
                ranks[position] = n
            self._ranks[sort] = ranks
        return ranks

    def bits_for(self, facet: str, values: Iterable[str]) -> Bits:
        """Rows having any of the values (a facet's values combine with OR)."""
        bits = Bits()
        for value in values:
            bits = bits | self.values[facet].get(value, Bits())
        return bits

    def counts(self, facet: str, within: Bits) -> dict[str, int]:
        return {value: len(bits & within) for value, bits in self.values[facet].items()}

    def first(self, bits: Bits, sort: str, limit: int, exclude: int | None = None) -> list[int]:
        """Primary keys of the first ``limit`` rows of ``bits`` in a sort order."""
        return self.in_order(bits, sort, 0, limit, exclude=exclude)

    def in_order(
        self, bits: Bits, sort: str, start: int, stop: int, exclude: int | None = None
    ) -> list[int]:
        """Primary keys of the rows ``start`` to ``stop`` of ``bits`` in a sort order."""
        if stop <= start:
            return []  # the paginator asks for nothing when nothing matches
        pks, order = self.pks, self.orders[sort]
        count = len(bits)
        # Walking the order to the rows wanted passes about stop × size / count positions;
        # sorting the rows' places handles count of them. A late page of a narrow selection,
        # or a few rows of a rare value, is found sooner the second way.
        if count * count < stop * self.size:
            ranks = self.ranks_in(sort)
            places = sorted(ranks[position] for position in bits.positions(self.size))
            found = [pks[order[place]] for place in places]
            if exclude is not None:
                found = [pk for pk in found if pk != exclude]
            return found[start:stop]
        membership, found, n = bits.membership(self.size), [], 0
        # A late page walks thousands of rows: has() written out, without a call.
        for position in order:
            if membership[position >> 3] >> (position & 7) & 1 and pks[position] != exclude:
                if n >= start:
                    found.append(pks[position])
                    if len(found) >= stop - start:
                        break
                n += 1
        return found

    def values_of(self, pk: int, facet: str) -> list[str] | None:
        """The values of ``facet`` that row ``pk`` has; None for a row not in the index (not
        published)."""
        position = self.position.get(pk)
        if position is None:
            return None
        # Made once per index and facet (shifting each value's int costs); an index shared
        # by an earlier release has none yet.
        kept = self.__dict__.setdefault("_memberships", {})
        memberships = kept.get(facet)
        if memberships is None:
            memberships = kept[facet] = {
                value: bits.membership(self.size) for value, bits in self.values[facet].items()
            }
        byte, bit = position >> 3, position & 7
        return [value for value, found in memberships.items() if found[byte] >> bit & 1]

    def bits_of_pks(self, pks: Iterable[int]) -> Bits:
        position = self.position
        return Bits.of((position[pk] for pk in pks if pk in position), self.size)
