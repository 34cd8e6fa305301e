"""The read-only open-data API."""

from django.urls import path
from drf_spectacular.views import SpectacularJSONAPIView

from . import views

app_name = "api"

urlpatterns = [
    path("", views.docs, name="docs"),
    path("openapi.json", SpectacularJSONAPIView.as_view(), name="schema"),
    path("practices/", views.PracticeList.as_view(), name="practice-list"),
    path("practices/<slug:slug>/", views.PracticeDetail.as_view(), name="practice-detail"),
    path("trainings/", views.TrainingList.as_view(), name="training-list"),
    path("trainings/<slug:slug>/", views.TrainingDetail.as_view(), name="training-detail"),
    path("workshops/", views.WorkshopList.as_view(), name="workshop-list"),
    path("workshops/<slug:slug>/", views.WorkshopDetail.as_view(), name="workshop-detail"),
    path("countries/", views.CountryList.as_view(), name="country-list"),
    # Any string, so that a malformed code gets the API's own 404 in JSON.
    path("countries/<str:code>/", views.CountryDetail.as_view(), name="country-detail"),
]
