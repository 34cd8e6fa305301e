"""Per-request rules about the signed-in member: their time zone, and staff's second factor."""

import zoneinfo

from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _


class MemberTimeZoneMiddleware:
    """Show every date and time to a signed-in member in their own time zone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        zone = getattr(request.user, "time_zone", "") if request.user.is_authenticated else ""
        if zone:
            timezone.activate(zoneinfo.ZoneInfo(zone))
        else:
            timezone.deactivate()
        return self.get_response(request)


class StaffSecondFactorMiddleware:
    """Staff reach the admin only once they have set up a second factor (an authenticator app).

    Signing in to the admin goes through allauth (see the root URLs), so rate limits and the
    second-factor step apply there too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(reverse("admin:index")) and self._lacks_second_factor(request):
            messages.info(
                request,
                _("Editors need a second factor to open the editors’ admin. Please set one up."),
            )
            return redirect("mfa_activate_totp")
        return self.get_response(request)

    @staticmethod
    def _lacks_second_factor(request) -> bool:
        user = request.user
        return user.is_authenticated and user.is_staff and not is_mfa_enabled(user)


class StaffIdleTimeoutMiddleware:
    """A staff session ends after an hour without activity; members keep theirs 14 days."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.user.is_authenticated and request.user.is_staff:
            # Renewed on every request, so only an idle hour ends it.
            request.session.set_expiry(settings.STAFF_IDLE_SECONDS)
        return self.get_response(request)
