"""Following a country, a peer-support type or a focus area."""

app_name = "digests"

urlpatterns = []
