"""An in-memory index of a list's facets: counts in microseconds instead of SQL GROUP BYs.

For every facet value it keeps the set of published rows that have it, as a bitset (a
Python int, one bit per row). Counting what a value would give is then a bitwise AND and a
popcount, whatever the number of rows. Each process builds the index once and rebuilds it
when the content changes: writers call :func:`mark_changed`, which stores a new random
token in the shared cache; a reader whose copy carries another token rebuilds. A copy is
never used for longer than ``MAX_AGE`` seconds, so a change made behind the code's back
(a raw SQL edit, say) shows within a minute.

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
from collections.abc import Iterable

from django.core.cache import cache
from django.db import connection, transaction
from django.db.models import QuerySet

log = logging.getLogger(__name__)
MAX_AGE = 60
_local: dict[str, tuple[str, float, FacetIndex]] = {}
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


def get_index(name: str, build) -> FacetIndex:
    """This process's index for list ``name``, rebuilt by ``build()`` when out of date."""
    try:
        token = current_token(name)
    except Exception:
        log.warning("cache unavailable; rebuilding the %s index", name, exc_info=True)
        token = uuid.uuid4().hex  # matches no copy: rebuild, the safe answer
    now = time.monotonic()
    entry = _local.get(name)
    if entry and entry[0] == token and now - entry[1] < MAX_AGE:
        return entry[2]
    with _lock:
        index = build()
        _local[name] = (token, now, index)
    return index


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


def has(membership: bytes, position: int) -> bool:
    return bool(membership[position >> 3] >> (position & 7) & 1)


class FacetIndex:
    """Published rows by facet value, plus each sort order, for one list."""

    def __init__(self, queryset: QuerySet, facets: dict[str, str], orders: dict[str, list[str]]):
        pks = list(queryset.order_by("pk").values_list("pk", flat=True))
        self.size = len(pks)
        self.position = {pk: n for n, pk in enumerate(pks)}
        self.pks = pks
        self.all = Bits((1 << self.size) - 1)
        self.values: dict[str, dict[str, Bits]] = {}
        for name, path in facets.items():
            grouped: dict[str, list[int]] = {}
            for pk, value in queryset.order_by().values_list("pk", path):
                if value is not None:
                    grouped.setdefault(facet_value(value), []).append(self.position[pk])
            self.values[name] = {
                value: Bits.of(positions, self.size) for value, positions in grouped.items()
            }
        self.orders = {
            sort: [
                self.position[pk]
                for pk in queryset.order_by(*ordering).values_list("pk", flat=True)
            ]
            for sort, ordering in orders.items()
        }

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
        membership, found = bits.membership(self.size), []
        for position in self.orders[sort]:
            if has(membership, position) and self.pks[position] != exclude:
                found.append(self.pks[position])
                if len(found) == limit:
                    break
        return found

    def bits_of_pks(self, pks: Iterable[int]) -> Bits:
        position = self.position
        return Bits.of((position[pk] for pk in pks if pk in position), self.size)
