from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from accounts.admin import ReadOnlyMixin

from .models import DigestDelivery, Follow


class ReadOnlyAdmin(ReadOnlyMixin, admin.ModelAdmin):
    """Members' own choices and what we sent them: staff may look, nobody edits."""

    @admin.display(description=_("member"), ordering="member__email")
    def member_email(self, obj) -> str:
        return obj.member.email


@admin.register(Follow)
class FollowAdmin(ReadOnlyAdmin):
    list_display = ["member_email", "followed", "kind", "created"]
    list_filter = [("country", admin.EmptyFieldListFilter), "peer_support_type", "focus_area"]
    list_select_related = ["member", "country", "peer_support_type", "focus_area"]
    search_fields = ["member__email", "member__display_name"]
    date_hierarchy = "created"
    fields = ["member", "country", "peer_support_type", "focus_area", "created"]

    @admin.display(description=_("follows"))
    def followed(self, obj: Follow) -> str:
        return str(obj.target)

    @admin.display(description=_("kind"))
    def kind(self, obj: Follow) -> str:
        return obj.get_kind_display()


@admin.register(DigestDelivery)
class DigestDeliveryAdmin(ReadOnlyAdmin):
    list_display = ["member_email", "sent_at", "covered_from", "items"]
    list_select_related = ["member"]
    search_fields = ["member__email", "member__display_name"]
    date_hierarchy = "sent_at"
    fields = ["member", "covered_from", "sent_at", "items"]
