from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Practice


class ListPagesSitemap(Sitemap):
    """The public lists of every kind (trainings and workshops add theirs in the root URLs)."""

    changefreq = "daily"

    def __init__(self, names: list[str]):
        self.names = names

    def items(self):
        return self.names

    def location(self, item):
        return reverse(item)


class PracticeSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Practice.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, practice):
        return practice.updated
