"""Following a country, a peer-support type or a focus area."""

from django.urls import path

from . import views

app_name = "digests"

urlpatterns = [
    path("", views.following, name="following"),
    path("stop/", views.stop_following, name="stop-following"),
]
