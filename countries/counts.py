"""How much published content each country has, counted in one query per kind, and the map's
and the table's markup of those counts."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, cached_property
from html import escape

from django.db.models import Count
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django_countries import countries

from accounts.models import country_name
from pages.templatetags.moments import grouped
from practices.facet_index import FacetIndex
from practices.views import practice_index
from trainings.views import training_index
from workshops.models import Workshop

from .map import europe_map, european_codes
from .models import country_url

# Shades of the map, by how many items a country has: (at least, legend text).
LEVELS = [(0, gettext_lazy("none yet")), (1, "1–4"), (5, "5–19"), (20, "20+")]


@dataclass
class CountryCounts:
    code: str
    practices: int = 0
    trainings: int = 0
    upcoming_workshops: int = 0

    @cached_property
    def name(self) -> str:
        return country_name(self.code)

    @cached_property
    def url(self) -> str:
        return country_url(self.code)

    @property
    def total(self) -> int:
        return self.practices + self.trainings + self.upcoming_workshops

    @cached_property
    def level(self) -> int:
        """0 for a country with nothing yet, up to 3 for the most (the map's shade)."""
        return max(index for index, (least, __) in enumerate(LEVELS) if self.total >= least)

    @cached_property
    def label(self) -> str:
        """“Hungary: 12 practices, 3 training programmes, 1 upcoming workshop”."""
        parts = [
            ngettext("%d practice", "%d practices", self.practices) % self.practices,
            ngettext("%d training programme", "%d training programmes", self.trainings)
            % self.trainings,
            ngettext("%d upcoming workshop", "%d upcoming workshops", self.upcoming_workshops)
            % self.upcoming_workshops,
        ]
        return _("%(country)s: %(counts)s") % {"country": self.name, "counts": ", ".join(parts)}


def _per_country(queryset, path: str) -> dict[str, int]:
    # order_by() drops the default ordering, which would otherwise split the groups.
    rows = queryset.order_by().values_list(path).annotate(n=Count("pk"))
    return {code: n for code, n in rows if code}


def _per_country_in_list(index: FacetIndex) -> dict[str, int]:
    # The list's facet index holds its published rows by country: counting them there takes
    # microseconds, where a GROUP BY over the link table and every published row takes tens
    # of milliseconds. The counts are those the list's own country facet shows.
    return {code: n for code, n in index.counts("country", index.all).items() if n}


def count_by_country(now=None) -> dict[str, CountryCounts]:
    """Published practices, published programmes and upcoming public events per country.

    An event is counted where it is listed: at its venue, or for an online event in its
    organiser's country. Practices and programmes are counted in their lists' facet indexes,
    events in one query, however many countries and rows.
    """
    practices = _per_country_in_list(practice_index())
    trainings = _per_country_in_list(training_index())
    upcoming = _per_country(Workshop.objects.public().upcoming(now), "listed_country")
    return {
        code: CountryCounts(
            code=code,
            practices=practices.get(code, 0),
            trainings=trainings.get(code, 0),
            upcoming_workshops=upcoming.get(code, 0),
        )
        for code in {*practices, *trainings, *upcoming}
    }


def map_rows(now=None) -> list[CountryCounts]:
    """Every European country and every other country with content, in name order."""
    counts = count_by_country(now)
    shown = european_codes() | counts.keys()
    return [counts.get(code) or CountryCounts(code=code) for code, __ in countries if code in shown]


# The map and the table are built here rather than in a template loop: fifty countries with
# five values each cost a template several times what the rest of the page costs.


@cache
def _outline(code: str) -> str:
    """A country's shape on the map: its outline, and a dot for one too small to see."""
    shape = europe_map()["countries"][code]
    markup = f'<path d="{escape(shape["d"])}"/>' if shape.get("d") else ""
    if shape.get("dot"):
        x, y = shape["dot"]
        markup += f'<circle class="europe-map__dot" cx="{float(x)}" cy="{float(y)}" r="5"/>'
    return markup


def map_links(rows: list[CountryCounts]) -> SafeString:
    """Each country the map draws, as a link to its page named by what it has."""
    by_code = {row.code: row for row in rows}
    links = []
    for code in europe_map()["countries"]:
        row = by_code[code]
        label = escape(row.label)
        links.append(
            f'<a href="{escape(row.url)}" class="europe-map__country '
            f'europe-map__country--{row.level}" aria-label="{label}">'
            f"<title>{label}</title>{_outline(code)}</a>"
        )
    return mark_safe("\n".join(links))  # noqa: S308 (names and addresses escaped; shapes are ours)


def table_rows(rows: list[CountryCounts]) -> SafeString:
    """The table's rows: each country linked to its page, with its three counts."""
    return mark_safe(  # noqa: S308 (names and addresses escaped; counts are digits and separators)
        "\n".join(
            f'<tr><th scope="row"><a href="{escape(row.url)}">{escape(row.name)}</a></th>'
            f'<td class="number">{grouped(row.practices)}</td>'
            f'<td class="number">{grouped(row.trainings)}</td>'
            f'<td class="number">{grouped(row.upcoming_workshops)}</td></tr>'
            for row in rows
        )
    )
