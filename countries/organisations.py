"""The organisations each country page names: those based in the country with something
public (a published practice or programme, an event that is not a draft), by name.

Asking the database on every country page meant an ``EXISTS`` for each of the three kinds
and each of the country's organisations, and PostgreSQL plans that query afresh on each call
(its generic plan looks dearer): about a millisecond a page. The answer changes only when
one of the three lists or an organisation does, so it is read for every country at once,
in one query, and kept as the lists' facet indexes are (see ``practices.facet_index``):
under the tokens of those lists and of the organisations, shared between processes through
the cache, rebuilt in the background after a minute.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from django.db.models import Exists, OuterRef

from practices.facet_index import Kept, get_index
from practices.models import INDEX_NAME as PRACTICES_INDEX
from practices.models import ORGANISATIONS_INDEX, Organisation, Practice
from trainings.models import INDEX_NAME as TRAININGS_INDEX
from trainings.models import TrainingProgramme
from workshops.models import INDEX_NAMES as EVENT_INDEXES
from workshops.models import Workshop

# The lists whose rows decide which organisations are named, and the organisations' own.
TOKENS = (PRACTICES_INDEX, TRAININGS_INDEX, *EVENT_INDEXES, ORGANISATIONS_INDEX)
# The index's name among the facet indexes (its token is made of the others').
NAME = "country-organisations"


@dataclass(frozen=True)
class Named:
    """An organisation as a country page names it."""

    name: str
    website: str


class CountryOrganisations(Kept):
    """Per country code, its first ``shown`` organisations by name and how many it has."""

    def __init__(self, shown: int):
        super().__init__()
        self.shown = shown
        self.first: dict[str, list[Named]] = {}
        self.counts: dict[str, int] = {}

    def of(self, code: str) -> tuple[list[Named], int]:
        """A country's first organisations and how many it has in all."""
        return self.first.get(code, []), self.counts.get(code, 0)


def build(shown: int) -> CountryOrganisations:
    """Every country's organisations that have something public, in one query."""
    index = CountryOrganisations(shown)
    rows = (
        Organisation.objects.filter(country__isnull=False)
        .filter(
            Exists(Practice.objects.published().filter(organisation=OuterRef("pk")))
            | Exists(TrainingProgramme.objects.published().filter(provider=OuterRef("pk")))
            | Exists(Workshop.objects.public().filter(organiser=OuterRef("pk")))
        )
        .order_by("country", "name", "pk")
        .values_list("country", "name", "website")
    )
    for code, name, website in rows:
        count = index.counts.get(code, 0)
        if count < shown:
            index.first.setdefault(code, []).append(Named(name, website))
        index.counts[code] = count + 1
    return index


def country_organisations(tokens: dict[str, str], shown: int) -> CountryOrganisations:
    """The index under ``tokens`` (those of :data:`TOKENS`, read with the page's other
    tokens). Without them (the cache could not be read) it is built for the page alone."""
    if not all(tokens.get(name) for name in TOKENS):
        return build(shown)
    # One token for the five (a digest: a cache key stays short).
    token = hashlib.blake2b("+".join(tokens[name] for name in TOKENS).encode(), digest_size=16)
    return get_index(NAME, lambda: build(shown), token=token.hexdigest())
