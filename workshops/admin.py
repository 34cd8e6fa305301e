"""The editors' workplace for events and registrations."""

import csv
from collections import Counter

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponse
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from practices.admin import PracticeAdmin, translation_inline
from practices.facet_index import mark_changed
from practices.listing import csv_safe
from trainings.admin import TrainingProgrammeAdmin

from . import services
from .models import (
    INDEX_NAMES,
    AccessNeed,
    Facilitator,
    Registration,
    RegistrationStatus,
    Workshop,
)


class FacilitatorInline(admin.StackedInline):
    model = Facilitator
    extra = 0
    fields = [("name", "position"), "bio"]


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
    inlines = [translation_inline(Workshop), FacilitatorInline, RegistrationInline]
    save_on_top = True
    readonly_fields = ["needs_summary"]
    actions = ["cancel_workshops", "export_attendees"]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "written_in",
                    "kind",
                    "status",
                    "organiser",
                    "summary",
                    "description",
                    "easy_read",
                ]
            },
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
        (_("What participants need"), {"fields": ["needs_summary"]}),
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

    @admin.display(description=_("access needs and languages requested"))
    def needs_summary(self, obj):
        """How many active participants asked for each need and language (to book support)."""
        if not obj.pk:
            return "—"
        active = obj.registrations.filter(status__in=RegistrationStatus.holding_or_waiting())
        needs = Counter(
            need for row in active.values_list("access_needs", flat=True) for need in row
        )
        languages = Counter(
            active.exclude(languages_needed=None).values_list("languages_needed__name", flat=True)
        )
        rows = [(AccessNeed(need).label, n) for need, n in needs.most_common()]
        rows += [(_("Language: %(name)s") % {"name": name}, n) for name, n in languages.items()]
        others = active.exclude(access_needs_other="").count()
        if others:
            rows.append((_("Other needs described"), others))
        if not rows:
            return _("Nobody has asked for anything yet.")
        return format_html_join("", "<p>{}: <strong>{}</strong></p>", rows)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Languages and links to practices and programmes are saved after the event itself.
        mark_changed(*INDEX_NAMES)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if change and "join_url" in form.changed_data and obj.join_url:
            told = services.send_new_join_link(workshop=obj)
            self.message_user(
                request,
                ngettext(
                    "The new join link was sent to %d participant.",
                    "The new join link was sent to %d participants.",
                    told,
                )
                % told,
                messages.SUCCESS,
            )

    @admin.action(
        description=_("Cancel the selected events and tell everyone"), permissions=["change"]
    )
    def cancel_workshops(self, request, queryset):
        told = sum(services.cancel_workshop(workshop=workshop) for workshop in queryset)
        for workshop in queryset:
            self.log_change(request, workshop, [{"changed": {"fields": ["status"]}}])
        self.message_user(
            request,
            ngettext("%d participant was told.", "%d participants were told.", told) % told,
            messages.SUCCESS,
        )

    @admin.action(description=_("Download the attendee list (CSV)"), permissions=["view"])
    def export_attendees(self, request, queryset):
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="attendees.csv"'
        writer = csv.writer(response)
        writer.writerow(["event", "name", "email", "taking part", "status", "access needs"])
        registrations = (
            Registration.objects.filter(workshop__in=queryset)
            .exclude(status=RegistrationStatus.CANCELLED)
            .select_related("workshop", "member")
            .order_by("workshop__start", "created")
        )
        for r in registrations:
            needs = [str(AccessNeed(n).label) for n in r.access_needs]
            if r.access_needs_other:
                needs.append(r.access_needs_other)
            # Names and needs are typed by members: never let a spreadsheet run them.
            writer.writerow(
                csv_safe(str(cell))
                for cell in (
                    r.workshop.title,
                    r.member.get_full_name(),
                    r.member.email,
                    r.get_attendance_mode_display(),
                    r.get_status_display(),
                    "; ".join(needs),
                )
            )
        return response


@admin.register(Registration)
class RegistrationAdmin(admin.ModelAdmin):
    list_display = ["workshop", "member", "attendance_mode", "status", "created"]
    list_filter = ["status", "attendance_mode", "workshop"]
    list_select_related = ["workshop", "member"]
    search_fields = ["workshop__title", "member__email", "member__display_name"]
    autocomplete_fields = ["workshop", "member"]
    readonly_fields = ["public_id", "created", "updated"]

    actions = ["mark_attended", "mark_no_show"]

    @admin.action(description=_("Mark as attended"), permissions=["change"])
    def mark_attended(self, request, queryset):
        n = self._set_attendance(
            request,
            queryset.filter(status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.NO_SHOW]),
            RegistrationStatus.ATTENDED,
        )
        self.message_user(request, ngettext("%d marked attended.", "%d marked attended.", n) % n)

    @admin.action(description=_("Mark as did not attend"), permissions=["change"])
    def mark_no_show(self, request, queryset):
        n = self._set_attendance(
            request,
            queryset.filter(status__in=[RegistrationStatus.CONFIRMED, RegistrationStatus.ATTENDED]),
            RegistrationStatus.NO_SHOW,
        )
        self.message_user(request, ngettext("%d marked absent.", "%d marked absent.", n) % n)

    def _set_attendance(self, request, queryset, status: RegistrationStatus) -> int:
        registrations = list(queryset.select_related("workshop", "member"))
        n = queryset.update(status=status)
        for registration in registrations:
            self.log_change(request, registration, [{"changed": {"fields": ["status"]}}])
        return n


class LinkedWorkshopForm(forms.ModelForm):
    class Meta:
        labels = {"workshop": _("workshop or webinar")}


class LinkedWorkshopFormSet(BaseInlineFormSet):
    @classmethod
    def get_default_prefix(cls) -> str:
        return "workshops"


class LinkedWorkshopInline(admin.TabularInline):
    """The workshops about a practice or a programme, edited from the practice's or the
    programme's own page (the other side of the workshop's links)."""

    form = LinkedWorkshopForm
    formset = LinkedWorkshopFormSet
    fields = ["workshop"]
    autocomplete_fields = ["workshop"]
    extra = 0
    verbose_name = _("workshop about it")
    verbose_name_plural = _("workshops and webinars about it")


class PracticeWorkshopInline(LinkedWorkshopInline):
    model = Workshop.related_practices.through


class ProgrammeWorkshopInline(LinkedWorkshopInline):
    model = Workshop.related_trainings.through


# Practices and programmes come before workshops in the apps' order and may not know
# about them: the inlines join their admins from here. The rows are saved before the
# curated admins' save_related marks the content changed, so public pages are renewed.
PracticeAdmin.inlines = [*PracticeAdmin.inlines, PracticeWorkshopInline]
TrainingProgrammeAdmin.inlines = [*TrainingProgrammeAdmin.inlines, ProgrammeWorkshopInline]
