from django.urls import path

from . import views

app_name = "accounts"

urlpatterns = [
    path("profile/", views.profile, name="profile"),
    path("submissions/", views.submissions, name="submissions"),
    path("data/", views.privacy_settings, name="data"),
    path("data/export/", views.data_export, name="data-export"),
    path("communications/", views.communications, name="communications"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
