"""The site's URLs: each app under its own prefix."""

from allauth.account.decorators import secure_admin_login
from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps import views as sitemap_views
from django.urls import include, path
from django.utils.translation import gettext_lazy as _

from countries.sitemaps import CountrySitemap
from pages import views as pages_views
from practices.sitemaps import ListPagesSitemap, PracticeSitemap, SingleLanguageSitemap
from resource_centre import i18n
from trainings.sitemaps import TrainingSitemap
from workshops import urls as workshop_urls

# The admin's login is allauth's: rate-limited, with the second-factor step.
admin.site.login = secure_admin_login(admin.site.login)
admin.site.site_header = _("Peer Support Resource Centre: editors")
admin.site.site_title = _("Resource Centre editors")
admin.site.index_title = _("Curate the resource centre")

sitemaps = {
    "pages": ListPagesSitemap(
        [
            "home",
            "practices:list",
            "trainings:list",
            "workshops:list",
            "countries:map",
        ]
    ),
    "open-data": SingleLanguageSitemap(["api:docs"]),
    "practices": PracticeSitemap,
    "trainings": TrainingSitemap,
    "countries": CountrySitemap,
}

# Pages for people: in every language, English unprefixed (/practices/), the others under
# their code (/de/practices/).
urlpatterns = i18n_patterns(
    path("", pages_views.home, name="home"),
    path("", include("pages.urls")),
    path("practices/", include("practices.urls")),
    path("trainings/", include("trainings.urls")),
    path("workshops/", include("workshops.urls")),
    path("countries/", include("countries.urls")),
    path("accounts/following/", include("digests.urls")),
    path("accounts/workshops/", include((workshop_urls.member_urlpatterns, "my-workshops"))),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    prefix_default_language=False,
)
# For machines and editors: one address each (the API and the admin speak English).
urlpatterns += [
    path("i18n/setlang/", i18n.set_language, name="set_language"),
    path("robots.txt", pages_views.robots_txt, name="robots"),
    path("sitemap.xml", sitemap_views.sitemap, {"sitemaps": sitemaps}, name="sitemap"),
    path("api/", include("api.urls")),
    path("admin/", admin.site.urls),
]

if settings.BENCH_VIEWS:
    from bench import views as bench_views

    urlpatterns.append(path("bench/floor/", bench_views.floor, name="bench-floor"))

handler404 = "pages.views.page_not_found"
handler500 = "pages.views.server_error"
