"""The site's URLs: each app under its own prefix."""

from django.contrib import admin
from django.urls import include, path

from pages import views as pages_views

urlpatterns = [
    path("", pages_views.home, name="home"),
    path("", include("pages.urls")),
    path("accounts/", include("accounts.urls")),
    path("accounts/", include("allauth.urls")),
    path("admin/", admin.site.urls),
]

handler404 = "pages.views.page_not_found"
handler500 = "pages.views.server_error"
