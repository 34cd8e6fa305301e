"""Rate limits per client address (anonymous) or per member, counted in the shared cache."""

from rest_framework.settings import api_settings
from rest_framework.throttling import AnonRateThrottle, UserRateThrottle


class RatesFromSettings:
    # DRF's throttles copy the rates once, when their module is imported; reading them on
    # each request lets the settings (and the tests) change them.
    def get_rate(self):
        return api_settings.DEFAULT_THROTTLE_RATES[self.scope]


class AnonThrottle(RatesFromSettings, AnonRateThrottle):
    """Anonymous clients, by address (behind proxies: see NUM_PROXIES)."""


class MemberThrottle(RatesFromSettings, UserRateThrottle):
    """Signed-in members, by account (anonymous clients are counted by AnonThrottle alone)."""

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return super().get_cache_key(request, view)
