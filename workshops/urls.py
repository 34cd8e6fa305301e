from django.urls import path

from . import views

app_name = "workshops"

urlpatterns = [
    path("", views.workshop_list, name="list"),
    path("cancel/<str:token>/", views.cancel_by_link, name="cancel-link"),
    path("feed.ics", views.feed_ics, name="feed-ics"),
    path("certificates/<str:token>/", views.certificate_verify, name="certificate"),
    path("<slug:slug>.ics", views.workshop_ics, name="ics"),
    path("<slug:slug>/", views.workshop_detail, name="detail"),
    path("<slug:slug>/register/", views.register, name="register"),
    path("registrations/<uuid:public_id>/cancel/", views.cancel, name="cancel"),
    path("registrations/<uuid:public_id>/accept/", views.accept, name="accept"),
    path("registrations/<uuid:public_id>/decline/", views.decline, name="decline"),
]

# Mounted under /accounts/workshops/ by the root URLs.
member_urlpatterns = [
    path("", views.my_workshops, name="list"),
    path("<uuid:public_id>/certificate.pdf", views.certificate_download, name="certificate"),
]
