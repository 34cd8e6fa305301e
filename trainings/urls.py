from django.urls import path

from . import views

app_name = "trainings"

urlpatterns = [
    path("", views.training_list, name="list"),
    path("compare/", views.training_compare, name="compare"),
    path("feed/", views.TrainingFeed(), name="feed"),
    path("export.csv", views.training_export_csv, name="export-csv"),
    path("export.json", views.training_export_json, name="export-json"),
    path("submit/", views.training_submit, name="submit"),
    path("<slug:slug>/", views.training_detail, name="detail"),
    path("<slug:slug>/edit/", views.training_edit, name="edit"),
]
