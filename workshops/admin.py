"""The editors' workplace for events and registrations."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.translation import gettext_lazy as _

from .models import Registration, RegistrationStatus, Workshop


class RegistrationInline(admin.TabularInline):
    model = Registration
    extra = 0
    fields = [
        "member",
        "attendance_mode",
        "status",
        "access_needs",
        "access_needs_other",
        "created",
    ]
    readonly_fields = ["member", "created"]
    autocomplete_fields = ["member"]
    show_change_link = True


@admin.register(Workshop)
class WorkshopAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "start", "status", "confirmed", "waitlisted", "offered"]
    list_filter = ["status", "kind", "country", "languages"]
    list_select_related = ["country"]
    search_fields = ["title", "summary", "city", "venue_name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = [
        "organiser",
        "languages",
        "interpretation",
        "related_practices",
        "related_trainings",
    ]
    filter_horizontal = ["types", "focus_areas"]
    date_hierarchy = "start"
    inlines = [RegistrationInline]
    save_on_top = True
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "kind", "status", "organiser", "summary", "description"]},
        ),
        (
            _("When"),
            {
                "fields": [
                    ("start", "end", "time_zone"),
                    ("registration_opens", "registration_closes"),
                ]
            },
        ),
        (_("Where"), {"fields": ["venue_name", "venue_address", ("city", "country"), "join_url"]}),
        (_("Places"), {"fields": [("capacity_in_person", "capacity_online")]}),
        (_("Languages"), {"fields": ["languages", "interpretation"]}),
        (
            _("Links"),
            {"fields": ["types", "focus_areas", "related_practices", "related_trainings"]},
        ),
        (_("After the event"), {"fields": ["materials", "recording_url", "cpd_hours"]}),
    ]

    def get_queryset(self, request):
        counts = {
            f"_{status.name.lower()}": Count(
                "registrations", filter=Q(registrations__status=status)
            )
            for status in (
                RegistrationStatus.CONFIRMED,
                RegistrationStatus.WAITLISTED,
                RegistrationStatus.OFFERED,
            )
        }
        return super().get_queryset(request).annotate(**counts).order_by("-start")

    @admin.display(description=_("confirmed"), ordering="_confirmed")
    def confirmed(self, obj):
        return obj._confirmed

    @admin.display(description=_("waitlisted"), ordering="_waitlisted")
    def waitlisted(self, obj):
        return obj._waitlisted

    @admin.display(description=_("offered"), ordering="_offered")
    def offered(self, obj):
        return obj._offered


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["workshop", "member", "attendance_mode", "status", "created"]
    list_filter = ["status", "attendance_mode", "workshop"]
    list_select_related = ["workshop", "member"]
    search_fields = ["workshop__title", "member__email", "member__display_name"]
    autocomplete_fields = ["workshop", "member"]
    readonly_fields = ["public_id", "created", "updated"]
