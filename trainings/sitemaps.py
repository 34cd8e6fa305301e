from django.contrib.sitemaps import Sitemap

from .models import TrainingProgramme


class TrainingSitemap(Sitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return TrainingProgramme.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, programme):
        return programme.updated
