from django.apps import AppConfig
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = _("Members")

    def ready(self) -> None:
        from allauth.account.signals import user_signed_up

        user_signed_up.connect(remember_signup_language, dispatch_uid="remember-signup-language")


def remember_signup_language(sender, request, user, **kwargs) -> None:
    """A new member is written to in the language they signed up in."""
    language = get_language()
    if not user.language and language:
        user.language = language
        user.save(update_fields=["language"])
