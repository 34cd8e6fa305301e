from practices.sitemaps import LanguagesSitemap

from .map import european_codes
from .models import country_url


class CountrySitemap(LanguagesSitemap):
    """The page of every country on the map."""

    changefreq = "weekly"

    def items(self):
        return sorted(european_codes())

    def location(self, code):
        return country_url(code)
