"""The editors' workplace for the training directory."""

from django.contrib import admin, messages
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from practices import services
from practices.admin import TermAdmin
from practices.facet_index import mark_changed
from practices.models import Status

from .models import Audience, Module, TrainingProgramme

admin.site.register(Audience, TermAdmin)


class ModuleInline(admin.TabularInline):
    model = Module
    extra = 0
    fields = ["position", "title", "hours", "outcomes"]


@admin.register(TrainingProgramme)
class TrainingProgrammeAdmin(admin.ModelAdmin):
    list_display = [
        "title",
        "provider",
        "format",
        "accredited",
        "delivery_mode",
        "hours",
        "status",
        "last_verified",
    ]
    list_filter = [
        "status",
        "countries",
        "languages",
        "accredited",
        "format",
        "delivery_mode",
        "audiences",
        "is_free",
    ]
    list_select_related = ["provider"]
    search_fields = ["title", "summary", "description", "provider__name", "accrediting_body"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["provider", "languages", "related_practices"]
    filter_horizontal = ["countries", "audiences", "types", "focus_areas"]
    readonly_fields = ["submitted_by", "created", "updated", "published_at", "preview"]
    inlines = [ModuleInline]
    actions = ["publish_selected", "archive_selected", "mark_verified_today"]
    save_on_top = True
    fieldsets = [
        (None, {"fields": ["title", "slug", "summary", "description", "preview"]}),
        (
            _("Provider and reach"),
            {"fields": ["provider", "proposed_provider", "countries", "languages", "enrol_url"]},
        ),
        (
            _("The programme"),
            {
                "fields": [
                    ("format", "delivery_mode", "hours"),
                    ("accredited", "accrediting_body", "credits"),
                    "audiences",
                    "prerequisites",
                    ("cost_amount", "cost_currency"),
                    "schedule",
                ]
            },
        ),
        (_("Links"), {"fields": ["types", "focus_areas", "related_practices"]}),
        (
            _("Editorial"),
            {
                "fields": [
                    ("status", "last_verified"),
                    "editor_comment",
                    ("submitted_by", "created", "updated", "published_at"),
                ]
            },
        ),
    ]

    @admin.display(description=_("public page"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        label = _("View the public page") if obj.is_public else _("Preview (not public yet)")
        return format_html('<a href="{}" target="_blank">{}</a>', obj.get_absolute_url(), label)

    def save_model(self, request, obj, form, change):
        becomes_public = obj.status == Status.PUBLISHED and not obj.published_at
        if becomes_public:
            obj.publish()
        super().save_model(request, obj, form, change)
        if becomes_public and obj.submitted_by_id:
            services.notify_published(entry=obj, request=request)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        mark_changed(form.instance.facet_index)

    @admin.action(description=_("Publish the selected programmes"), permissions=["change"])
    def publish_selected(self, request, queryset):
        published = services.publish(entries=queryset, request=request)
        for obj in published:
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        n = len(published)
        self.message_user(
            request,
            ngettext("%d programme published.", "%d programmes published.", n) % n,
            messages.SUCCESS,
        )

    @admin.action(description=_("Archive the selected programmes"), permissions=["change"])
    def archive_selected(self, request, queryset):
        archived = list(queryset.exclude(status=Status.ARCHIVED))
        services.archive(entries=queryset)
        for obj in archived:
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        n = len(archived)
        self.message_user(
            request,
            ngettext("%d programme archived.", "%d programmes archived.", n) % n,
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark as verified today"), permissions=["change"])
    def mark_verified_today(self, request, queryset):
        n = queryset.update(last_verified=timezone.localdate())
        self.message_user(
            request,
            ngettext("%d programme marked verified.", "%d programmes marked verified.", n) % n,
            messages.SUCCESS,
        )
