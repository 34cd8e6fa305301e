"""The editors' workplace for the training directory."""

from django import forms
from django.contrib import admin
from django.forms.models import BaseInlineFormSet
from django.utils.translation import gettext_lazy as _

from practices.admin import CuratedAdmin, PracticeAdmin, TermAdmin, translation_inline

from .models import Audience, Module, TrainingProgramme

admin.site.register(Audience, TermAdmin)


class ModuleInline(admin.TabularInline):
    model = Module
    extra = 0
    fields = ["position", "title", "hours", "outcomes"]


@admin.register(TrainingProgramme)
class TrainingProgrammeAdmin(CuratedAdmin):
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
    inlines = [translation_inline(TrainingProgramme), ModuleInline]
    fieldsets = [
        (None, {"fields": ["title", "slug", "written_in", "summary", "description", "preview"]}),
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


class PreparingProgrammeForm(forms.ModelForm):
    class Meta:
        labels = {"trainingprogramme": _("training programme")}


class PreparingProgrammeFormSet(BaseInlineFormSet):
    @classmethod
    def get_default_prefix(cls) -> str:
        return "training_programmes"


class PreparingProgrammeInline(admin.TabularInline):
    """On a practice's page: the programmes that prepare people for it (the other side of
    TrainingProgramme.related_practices, so editors can link from either end)."""

    model = TrainingProgramme.related_practices.through
    form = PreparingProgrammeForm
    formset = PreparingProgrammeFormSet
    fields = ["trainingprogramme"]
    autocomplete_fields = ["trainingprogramme"]
    extra = 0
    verbose_name = _("training programme that prepares people for it")
    verbose_name_plural = _("training programmes that prepare people for it")


# The practices app comes first and may not know about programmes: the inline joins the
# practice admin from here. Its rows are saved before PracticeAdmin.save_related marks the
# catalogue changed, so the public pages are renewed with them.
PracticeAdmin.inlines = [*PracticeAdmin.inlines, PreparingProgrammeInline]
