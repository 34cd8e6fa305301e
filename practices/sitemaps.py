from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import Practice


class PracticeListSitemap(Sitemap):
    changefreq = "daily"

    def items(self):
        return ["practices:list"]

    def location(self, item):
        return reverse(item)


class PracticeSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return Practice.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, practice):
        return practice.updated
