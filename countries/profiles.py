"""Every country with its profile, kept as the lists' facet indexes are (see
``practices.facet_index``): read in one query under a token that saving or deleting a
profile renews, shared between processes through the cache, read again in the background
after a minute.

There are a few dozen profiles, edited now and then, and a country page showed its own
after a query of its own on every visit (a tenth of the page's database time, and the
ORM's work around it). A copy of the whole table costs a few hundred kilobytes.
"""

from __future__ import annotations

from accounts.models import Country
from practices.facet_index import Kept, get_index

from .models import PROFILES_INDEX


def _with_profiles():
    return Country.objects.select_related("profile").defer("profile__search_vector")


class CountryProfiles(Kept):
    """Each country by its code, with its profile (``profile``, if it has one) read too."""

    def __init__(self):
        super().__init__()
        self.countries = {country.code: country for country in _with_profiles()}


def country_with_profile(code: str, token: str | None) -> Country | None:
    """The country of an upper-case ``code``, with its profile; None for a code that is not
    a country's. ``token`` is the index's, read with the page's other tokens; without it (the
    cache could not be read) the row is read by itself."""
    if not token:
        return _with_profiles().filter(pk=code).first()
    return get_index(PROFILES_INDEX, CountryProfiles, token=token).countries.get(code)
