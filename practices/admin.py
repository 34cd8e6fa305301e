"""The editors' workplace for the catalogue."""

from functools import cache

from django import forms
from django.contrib import admin, messages
from django.db.models import Count
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django_countries import countries

from . import services
from .facet_index import mark_changed
from .models import (
    FocusArea,
    Link,
    Mechanism,
    Organisation,
    Outcome,
    PeerSupportType,
    Practice,
    Reference,
    Resource,
    Status,
    TargetGroup,
)
from .translations import translated_columns


class TermAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position", "usage"]
    list_editable = ["position"]
    search_fields = ["name", "slug", "description"]
    prepopulated_fields = {"slug": ["name"]}

    def get_inlines(self, request, obj):
        return [_term_translations(self.model)]

    def get_queryset(self, request):
        # Grouped queries ignore Meta.ordering: say it again.
        qs = super().get_queryset(request).annotate(_usage=Count("practices"))
        return qs.order_by("position", "name")

    @admin.display(description=_("practices"), ordering="_usage")
    def usage(self, obj):
        return obj._usage


@cache
def _term_translations(model) -> type[admin.StackedInline]:
    return translation_inline(model)


for model in (PeerSupportType, FocusArea, TargetGroup, Mechanism, Outcome):
    admin.site.register(model, TermAdmin)


@admin.register(Organisation)
class OrganisationAdmin(admin.ModelAdmin):
    list_display = ["name", "country", "website", "contact_email_public", "practice_count"]
    list_filter = ["country", "contact_email_public"]
    list_select_related = ["country"]
    search_fields = ["name", "description", "website"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        qs = super().get_queryset(request).annotate(_practices=Count("practices"))
        return qs.order_by("name")

    @admin.display(description=_("practices"), ordering="_practices")
    def practice_count(self, obj):
        return obj._practices


class ReferenceInline(admin.StackedInline):
    model = Reference
    extra = 0
    fields = [("authors", "year"), "title", "journal", ("doi", "url")]


class LinkInline(admin.TabularInline):
    model = Link
    extra = 0


class ResourceInline(admin.TabularInline):
    model = Resource
    extra = 0
    fields = ["title", "file", "content_type", "size"]
    readonly_fields = ["content_type", "size"]


class CountryFilter(admin.SimpleListFilter):
    title = _("country")
    parameter_name = "country"

    def lookups(self, request, model_admin):
        codes = (
            Practice.countries.through.objects.values_list("country_id", flat=True)
            .distinct()
            .order_by("country_id")
        )
        return sorted(((code, countries.name(code)) for code in codes), key=lambda c: c[1])

    def queryset(self, request, queryset):
        if self.value():
            return queryset.filter(countries__code=self.value())
        return queryset


def translation_inline(model) -> type[admin.StackedInline]:
    """Editors add (and, for entries, review) translations, one per language, on the page of
    an entry or a term."""
    translations = model._parler_meta.root_model
    reviewed = any(field.name == "review" for field in translations._meta.concrete_fields)

    class TranslationInline(admin.StackedInline):
        extra = 0
        fields = [
            "language_code",
            *(["review"] if reviewed else []),
            *translated_columns(model),
        ]
        verbose_name = _("translation")
        verbose_name_plural = (
            _("Translations (a machine-translated draft stays hidden until a person reviews it)")
            if reviewed
            else _("translations")
        )

        # django-parler's translations models have no permissions of their own: whoever may
        # change the entry or term may change its translations.
        def has_view_permission(self, request, obj=None):
            return self._may_change(request)

        def has_add_permission(self, request, obj=None):
            return self._may_change(request)

        def has_change_permission(self, request, obj=None):
            return self._may_change(request)

        def has_delete_permission(self, request, obj=None):
            return self._may_change(request)

        def _may_change(self, request) -> bool:
            opts = model._meta
            return request.user.has_perm(f"{opts.app_label}.change_{opts.model_name}")

    TranslationInline.model = translations
    return TranslationInline


class CuratedAdminForm(forms.ModelForm):
    """Sending a member's submission back needs a comment: they receive it by e-mail."""

    def clean(self):
        data = super().clean()
        sending_back = (
            self.instance.pk
            and self.instance.submitted_by_id
            and self.initial.get("status") == Status.REVIEW
            and data.get("status") == Status.DRAFT
        )
        if sending_back and not (data.get("editor_comment") or "").strip():
            self.add_error(
                "editor_comment",
                _("Say what should change: the member receives this comment by e-mail."),
            )
        return data


class CuratedAdmin(admin.ModelAdmin):
    """What editors do with every curated kind: preview, publish, send back, archive."""

    form = CuratedAdminForm
    actions = ["publish_selected", "archive_selected", "mark_verified_today"]
    save_on_top = True

    @admin.display(description=_("public page"))
    def preview(self, obj):
        if not obj.pk:
            return "—"
        label = _("View the public page") if obj.is_public else _("Preview (not public yet)")
        return format_html('<a href="{}" target="_blank">{}</a>', obj.get_absolute_url(), label)

    def save_model(self, request, obj, form, change):
        # Publishing from the form goes through the same step as the bulk action.
        becomes_public = obj.status == Status.PUBLISHED and not obj.published_at
        sent_back = (
            change
            and form.initial.get("status") == Status.REVIEW
            and obj.status == Status.DRAFT
            and obj.submitted_by_id
        )
        if becomes_public:
            obj.publish()
        super().save_model(request, obj, form, change)
        if becomes_public and obj.submitted_by_id:
            services.notify_published(entry=obj, request=request)
        if sent_back:
            services.notify_sent_back(entry=obj, request=request)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        # Countries and vocabularies are saved after the entry itself.
        mark_changed(form.instance.facet_index)

    @admin.action(description=_("Publish the selected entries"), permissions=["change"])
    def publish_selected(self, request, queryset):
        published = services.publish(entries=queryset, request=request)
        for obj in published:
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        n = len(published)
        self.message_user(
            request,
            ngettext("%d entry published.", "%d entries published.", n) % n,
            messages.SUCCESS,
        )

    @admin.action(description=_("Archive the selected entries"), permissions=["change"])
    def archive_selected(self, request, queryset):
        archived = list(queryset.exclude(status=Status.ARCHIVED))
        services.archive(entries=queryset)
        for obj in archived:
            self.log_change(request, obj, [{"changed": {"fields": ["status"]}}])
        n = len(archived)
        self.message_user(
            request,
            ngettext("%d entry archived.", "%d entries archived.", n) % n,
            messages.SUCCESS,
        )

    @admin.action(description=_("Mark as verified today"), permissions=["change"])
    def mark_verified_today(self, request, queryset):
        entries = list(queryset)
        n = queryset.update(last_verified=timezone.localdate())
        for obj in entries:
            self.log_change(request, obj, [{"changed": {"fields": ["last_verified"]}}])
        self.message_user(
            request,
            ngettext("%d entry marked verified.", "%d entries marked verified.", n) % n,
            messages.SUCCESS,
        )


@admin.register(Practice)
class PracticeAdmin(CuratedAdmin):
    list_display = [
        "title",
        "organisation",
        "country_list",
        "evidence_level",
        "status",
        "last_verified",
        "updated",
    ]
    list_filter = [
        "status",
        CountryFilter,
        "types",
        "focus_areas",
        "evidence_level",
        "delivery_mode",
        "peer_led",
        "activity_status",
    ]
    list_select_related = ["organisation"]
    search_fields = ["title", "summary", "description", "organisation__name"]
    prepopulated_fields = {"slug": ["title"]}
    autocomplete_fields = ["organisation", "languages", "materials_languages"]
    filter_horizontal = [
        "countries",
        "types",
        "focus_areas",
        "target_groups",
        "mechanisms",
        "outcomes",
    ]
    readonly_fields = ["submitted_by", "created", "updated", "published_at", "preview"]
    date_hierarchy = "updated"
    inlines = [translation_inline(Practice), ReferenceInline, LinkInline, ResourceInline]
    fieldsets = [
        (
            None,
            {
                "fields": [
                    "title",
                    "slug",
                    "written_in",
                    "summary",
                    "description",
                    "preview",
                    "easy_read",
                ]
            },
        ),
        (
            _("Who and where"),
            {
                "fields": [
                    "organisation",
                    "proposed_organisation",
                    "countries",
                    ("languages", "materials_languages"),
                    ("contact_name", "contact_email"),
                ]
            },
        ),
        (
            _("Classification"),
            {
                "fields": [
                    "types",
                    "focus_areas",
                    "target_groups",
                    ("delivery_mode", "setting"),
                    ("year_started", "activity_status"),
                ]
            },
        ),
        (
            _("Evidence"),
            {"fields": [("evidence_level", "peer_led"), "mechanisms", "outcomes"]},
        ),
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

    def get_queryset(self, request):
        return super().get_queryset(request).prefetch_related("countries")

    @admin.display(description=_("countries"))
    def country_list(self, obj):
        return ", ".join(c.code for c in obj.countries.all())
