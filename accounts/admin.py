from django.contrib import admin
from django.contrib.auth.admin import UserAdmin as DjangoUserAdmin
from django.contrib.auth.forms import AdminUserCreationForm, UserChangeForm
from django.utils.translation import gettext_lazy as _

from .models import Consent, Language, User


class UserCreationForm(AdminUserCreationForm):
    class Meta:
        model = User
        fields = ("email",)


class ChangeForm(UserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class ReadOnlyMixin:
    """For records kept as evidence (consents, the audit log, what members were sent): staff
    may look, nobody adds, changes or deletes them here."""

    def has_add_permission(self, request, obj=None) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


class ConsentInline(ReadOnlyMixin, admin.TabularInline):
    """The member's consent record, as proof of what they agreed to; nobody edits it."""

    model = Consent
    extra = 0
    can_delete = False
    fields = ["purpose", "text_version", "wording", "given_at", "withdrawn_at"]
    readonly_fields = fields


@admin.register(User)
class UserAdmin(DjangoUserAdmin):
    add_form = UserCreationForm
    form = ChangeForm
    ordering = ["email"]
    list_display = ["email", "display_name", "country", "role", "is_staff", "date_joined"]
    list_filter = ["is_staff", "is_superuser", "is_active", "role", "groups"]
    search_fields = ["email", "display_name", "organisation"]
    filter_horizontal = ["groups", "user_permissions", "languages"]
    readonly_fields = ["last_login", "date_joined"]
    inlines = [ConsentInline]
    fieldsets = [
        (None, {"fields": ["email", "password"]}),
        (
            _("Profile"),
            {
                "fields": [
                    "display_name",
                    "country",
                    "role",
                    "organisation",
                    "languages",
                    "time_zone",
                    "language",
                ]
            },
        ),
        (
            _("Permissions"),
            {"fields": ["is_active", "is_staff", "is_superuser", "groups", "user_permissions"]},
        ),
        (_("Dates"), {"fields": ["last_login", "date_joined"]}),
    ]
    add_fieldsets = [
        (
            None,
            {"classes": ["wide"], "fields": ["email", "usable_password", "password1", "password2"]},
        ),
    ]


@admin.register(Language)
class LanguageAdmin(admin.ModelAdmin):
    list_display = ["code", "name"]
    search_fields = ["code", "name"]
