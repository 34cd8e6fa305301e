from practices.sitemaps import LanguagesSitemap

from .models import TrainingProgramme


class TrainingSitemap(LanguagesSitemap):
    changefreq = "weekly"
    limit = 5000

    def items(self):
        return TrainingProgramme.objects.published().only("slug", "updated").order_by("pk")

    def lastmod(self, programme):
        return programme.updated
