from django.urls import path

from . import views

app_name = "countries"

urlpatterns = [
    path("", views.country_map, name="map"),
    # Any string, so that a wrong code gets the page that leads back to the map.
    path("<str:code>/", views.country_detail, name="detail"),
]
