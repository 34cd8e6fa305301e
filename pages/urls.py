from django.urls import path

from . import views

app_name = "pages"

urlpatterns = [
    path("search/", views.site_search, name="search"),
    path("healthz", views.healthz, name="healthz"),
    path("privacy/", views.privacy, name="privacy"),
    path("accessibility/", views.accessibility, name="accessibility"),
    path("easy-read/", views.easy_read, name="easy-read"),
    path("accounts/delete/", views.delete_account, name="delete-account"),
]
