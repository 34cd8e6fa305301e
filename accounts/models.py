"""Member accounts: e-mail is the login, and the profile a peer-support network needs."""

import zoneinfo
from functools import cache

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from django_countries import countries
from django_countries.fields import CountryField

from resource_centre.loading import QuickLoad

from .languages import language_label


@cache
def time_zone_choices() -> list[tuple[str, str]]:
    """Every IANA time zone, as (name, name), sorted."""
    return [(name, name.replace("_", " ")) for name in sorted(zoneinfo.available_timezones())]


def validate_time_zone(value: str) -> None:
    """Refuse a name that is not an IANA time zone."""
    if value and value not in zoneinfo.available_timezones():
        raise ValidationError(_("“%(value)s” is not a known time zone."), params={"value": value})


class Language(QuickLoad, models.Model):
    """A language by its ISO 639-1 code: spoken by members, used by practices and events."""

    code = models.CharField(_("ISO 639-1 code"), max_length=3, primary_key=True)
    name = models.CharField(_("name"), max_length=60)

    class Meta:
        ordering = ["name"]
        verbose_name = _("language")
        verbose_name_plural = _("languages")

    def __str__(self) -> str:
        return self.label

    @property
    def label(self) -> str:
        """The language's name in the active language."""
        return language_label(self.code, self.name)


@cache
def _country_names(language: str | None) -> dict[str, str]:
    return {code: str(name) for code, name in countries}


def country_name(code: str) -> str:
    """A country's name in the active language, by its code (the code itself if unknown).

    django-countries translates its whole list on each ``countries.name()``; the names are
    read here once per process and language.
    """
    name = _country_names(get_language()).get(code)
    if name is None:
        name = countries.name(code) or code
    return name


class Country(QuickLoad, models.Model):
    """A country by its ISO 3166-1 alpha-2 code; names come translated from django-countries."""

    code = models.CharField(_("ISO 3166-1 code"), max_length=2, primary_key=True)

    class Meta:
        ordering = ["code"]
        verbose_name = _("country")
        verbose_name_plural = _("countries")

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        """The country's name in the active language."""
        return country_name(self.code)


class UserManager(BaseUserManager):
    """Members are found and created by e-mail address; there are no usernames."""

    use_in_migrations = True

    def _create_user(self, email: str, password: str | None, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email: str, password: str | None = None, **extra_fields):
        """Create an ordinary member."""
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email: str, password: str | None = None, **extra_fields):
        """Create a site administrator."""
        extra_fields["is_staff"] = True
        extra_fields["is_superuser"] = True
        return self._create_user(email, password, **extra_fields)


class User(AbstractBaseUser, PermissionsMixin):
    """A member of the resource centre."""

    class Role(models.TextChoices):
        PEER_SUPPORT_WORKER = "peer-worker", _("Peer support worker")
        SEEKING_SUPPORT = "seeking-support", _("Person seeking support")
        CARER = "carer", _("Carer or family member")
        PROFESSIONAL = "professional", _("Professional or service")
        RESEARCHER = "researcher", _("Researcher")
        ORGANISATION = "organisation", _("Organisation representative")
        OTHER = "other", _("Other")

    email = models.EmailField(_("e-mail address"), unique=True)
    display_name = models.CharField(
        _("display name"),
        max_length=80,
        blank=True,
        help_text=_("How we address you. It can be a first name or a nickname."),
    )
    country = CountryField(_("country"), blank=True)
    role = models.CharField(_("role"), max_length=20, choices=Role, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    languages = models.ManyToManyField(
        Language, verbose_name=_("languages spoken"), blank=True, related_name="speakers"
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        blank=True,
        validators=[validate_time_zone],
        help_text=_("Event times are shown to you in this time zone."),
    )
    language = models.CharField(
        _("language of e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        blank=True,
        help_text=_(
            "The site writes to you in this language. Choosing a language at the top of any "
            "page while signed in changes it too."
        ),
    )
    is_staff = models.BooleanField(
        _("staff status"),
        default=False,
        help_text=_("Whether the member can log in to the editors' admin."),
    )
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects = UserManager()

    EMAIL_FIELD = "email"
    USERNAME_FIELD = "email"
    REQUIRED_FIELDS: list[str] = []

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")
        ordering = ["email"]
        constraints = [
            # Addresses differ only in case? Same mailbox, so the same member.
            models.UniqueConstraint(Lower("email"), name="accounts_user_email_ci_unique"),
        ]

    def __str__(self) -> str:
        return self.display_name or self.email

    def email_language(self) -> str:
        """The language to write to the member in: the one they chose, else the first
        language they speak that the site is offered in (in the site's order), else the
        site's own language."""
        if self.language:
            return self.language
        spoken = {language.code for language in self.languages.all()}
        for code, _name in settings.LANGUAGES:
            if code in spoken:
                return code
        return settings.LANGUAGE_CODE

    def clean(self) -> None:
        super().clean()
        self.email = type(self).objects.normalize_email(self.email)

    def get_short_name(self) -> str:
        """The name to greet the member with."""
        return self.display_name or self.email.split("@")[0]

    def get_full_name(self) -> str:
        """The member's display name, or their address when they have not chosen one."""
        return self.display_name or self.email


class Purpose(models.TextChoices):
    """The optional messages a member can agree to; none is needed to use the site."""

    WORKSHOP_NEWS = "workshop-news", _("News of upcoming workshops and webinars")
    DIGEST = "digest", _("A weekly digest of what is new in the countries and topics I follow")
    FEEDBACK = "feedback", _("Invitations to tell us how the resource centre could work better")

    @property
    def wording(self) -> str:
        """The sentence a member agrees to, in the current version."""
        return str(CONSENT_WORDING[self][1])

    @property
    def version(self) -> str:
        """The version of the wording; a new wording gets a new version."""
        return CONSENT_WORDING[self][0]


# Change a wording only together with its version: records keep the version they agreed to.
CONSENT_WORDING = {
    Purpose.WORKSHOP_NEWS: ("2026-11", _(
        "Send me an e-mail when a workshop or webinar is announced, at most once a week."
    )),
    Purpose.DIGEST: ("2026-11", _(
        "Send me a weekly e-mail listing new practices, training programmes and events in the "
        "countries and topics I follow."
    )),
    Purpose.FEEDBACK: ("2026-11", _(
        "Now and then, ask me to answer a short survey about the resource centre."
    )),
}  # fmt: skip


class ConsentQuerySet(models.QuerySet):
    def active(self) -> "ConsentQuerySet":
        """Consents given and not withdrawn."""
        return self.filter(withdrawn_at__isnull=True)


class Consent(models.Model):
    """A member's agreement to one kind of optional message: what they agreed to, and when.

    Withdrawing keeps the record (with the time of withdrawal) as proof of what was asked;
    giving consent again makes a new record.
    """

    member = models.ForeignKey(
        User, on_delete=models.CASCADE, related_name="consents", verbose_name=_("member")
    )
    purpose = models.CharField(_("purpose"), max_length=30, choices=Purpose)
    text_version = models.CharField(_("version of the wording"), max_length=20)
    wording = models.TextField(_("wording agreed to"))
    given_at = models.DateTimeField(_("given"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn"), null=True, blank=True)

    objects = ConsentQuerySet.as_manager()

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["member", "purpose", "-given_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["member", "purpose"],
                condition=models.Q(withdrawn_at__isnull=True),
                name="accounts_consent_one_active_per_purpose",
            ),
            models.CheckConstraint(
                condition=models.Q(withdrawn_at__isnull=True)
                | models.Q(withdrawn_at__gte=models.F("given_at")),
                name="accounts_consent_withdrawn_after_given",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_purpose_display()} ({self.text_version})"
