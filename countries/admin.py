"""The editors' workplace for country profiles."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries

from practices.models import Status

from .models import CountryProfile


@admin.register(CountryProfile)
class CountryProfileAdmin(admin.ModelAdmin):
    list_display = ["country_name", "occupation_status", "status", "last_verified", "updated"]
    list_filter = ["status", "occupation_status", "last_verified"]
    list_select_related = ["country"]
    search_fields = ["country__code", "summary", "networks"]
    date_hierarchy = "updated"
    actions = ["publish"]
    fieldsets = [
        (None, {"fields": ["country", "status", "last_verified", "summary"]}),
        (_("Peer work as an occupation"), {"fields": ["occupation_status", "occupation"]}),
        (None, {"fields": ["certification", "funding", "networks"]}),
    ]

    @admin.display(description=_("country"), ordering="country__code")
    def country_name(self, profile: CountryProfile) -> str:
        return profile.country.name

    def get_search_results(self, request, queryset, search_term):
        # Names are not stored (they come translated from django-countries): let editors
        # type "Hungary" as well as "HU".
        results, may_have_duplicates = super().get_search_results(request, queryset, search_term)
        term = search_term.strip().lower()
        if term:
            codes = [code for code, name in countries if term in str(name).lower()]
            results |= queryset.filter(country__code__in=codes)
        return results, may_have_duplicates

    @admin.action(description=_("Publish the selected profiles"))
    def publish(self, request, queryset):
        profiles = list(queryset.exclude(status=Status.PUBLISHED).select_related("country"))
        for profile in profiles:
            profile.status = Status.PUBLISHED
            profile.save(update_fields=["status", "updated"])
            # Kept in the admin log like every other change editors make.
            self.log_change(request, profile, [{"changed": {"fields": ["status"]}}])
        count = len(profiles)
        self.message_user(
            request,
            ngettext("%d profile published.", "%d profiles published.", count) % count,
            messages.SUCCESS,
        )
