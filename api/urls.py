"""The read-only open-data API."""

app_name = "api"

urlpatterns = []
