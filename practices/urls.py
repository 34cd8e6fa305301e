from django.urls import path

from . import views

app_name = "practices"

urlpatterns = [
    path("", views.practice_list, name="list"),
    path("feed/", views.PracticeFeed(), name="feed"),
    path("export.csv", views.practice_export_csv, name="export-csv"),
    path("export.json", views.practice_export_json, name="export-json"),
    path("submit/", views.practice_submit, name="submit"),
    path("<slug:slug>/", views.practice_detail, name="detail"),
    path("<slug:slug>/edit/", views.practice_edit, name="edit"),
    path("<slug:slug>/resources/<int:pk>/", views.resource_download, name="resource"),
]
