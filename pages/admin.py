"""The audit log: who changed which content or registration in the admin, and when."""

from django.contrib import admin
from django.contrib.admin.models import LogEntry
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from accounts.admin import ReadOnlyMixin


class ViewableKindFilter(admin.SimpleListFilter):
    title = _("kind of record")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        kinds = viewable_content_types(request.user)
        return [(ct.pk, ct.model_class()._meta.verbose_name_plural.capitalize()) for ct in kinds]

    def queryset(self, request, queryset):
        if self.value() and self.value().isdigit():
            return queryset.filter(content_type_id=int(self.value()))
        return queryset


def viewable_content_types(user) -> list[ContentType]:
    """The kinds of record the user may see in the admin (and so may see the history of)."""
    return [
        ct
        for ct in ContentType.objects.order_by("app_label", "model")
        if ct.model_class() is not None
        and ct.model_class() is not LogEntry
        and user.has_perm(f"{ct.app_label}.view_{ct.model}")
    ]


@admin.register(LogEntry)
class LogEntryAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Read-only: the log is evidence, so nobody edits or deletes it here."""

    date_hierarchy = "action_time"
    list_display = ["action_time", "user", "action", "record", "kind", "change"]
    list_filter = ["action_flag", ViewableKindFilter]
    list_select_related = ["user", "content_type"]
    search_fields = ["object_repr", "change_message", "user__email", "user__display_name"]
    search_help_text = _("Search by record title, change or editor")
    fields = ["action_time", "user", "action", "record", "kind", "change"]
    readonly_fields = fields
    list_per_page = 50

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if request.user.is_superuser:
            return queryset
        # Editors read the history of what they curate, not of members' accounts.
        return queryset.filter(content_type__in=viewable_content_types(request.user))

    @admin.display(description=_("action"), ordering="action_flag")
    def action(self, entry: LogEntry) -> str:
        return entry.get_action_flag_display()

    @admin.display(description=_("record"), ordering="object_repr")
    def record(self, entry: LogEntry) -> str:
        try:
            url = None if entry.is_deletion() else entry.get_admin_url()
        except NoReverseMatch:
            url = None
        if url:
            return format_html('<a href="{}">{}</a>', url, entry.object_repr)
        return entry.object_repr

    @admin.display(description=_("kind"), ordering="content_type__model")
    def kind(self, entry: LogEntry) -> str:
        model = entry.content_type.model_class() if entry.content_type else None
        return model._meta.verbose_name.capitalize() if model else "—"

    @admin.display(description=_("what changed"))
    def change(self, entry: LogEntry) -> str:
        return entry.get_change_message() or "—"
