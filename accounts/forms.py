"""Forms a member fills in about themselves."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Purpose, User, time_zone_choices


class ProfileForm(forms.ModelForm):
    """What a member tells the network about themselves; every field is optional."""

    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        help_text=_("Event times are shown to you in this time zone."),
    )

    class Meta:
        model = User
        fields = [
            "display_name",
            "country",
            "role",
            "organisation",
            "languages",
            "language",
            "time_zone",
        ]
        widgets = {"languages": forms.CheckboxSelectMultiple}
        help_texts = {
            "organisation": _("Only if you want to say which network or service you are with."),
            "languages": _("Tick every language you are comfortable using."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [("", _("Not set")), *time_zone_choices()]
        self.fields["role"].choices = [("", _("Prefer not to say")), *User.Role.choices]
        self.fields["language"].choices = [
            ("", _("Not set: a language I speak, else English")),
            *self.fields["language"].choices[1:],
        ]


class DeleteAccountForm(forms.Form):
    """Erasing an account needs the password and a ticked box: it cannot be undone."""

    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    confirm = forms.BooleanField(
        label=_("I understand that my account and my registrations will be deleted for good."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


class ConsentForm(forms.Form):
    """The optional e-mails a member agrees to: ticking gives consent, unticking withdraws it."""

    purposes = forms.TypedMultipleChoiceField(
        label=_("E-mails I agree to receive"),
        required=False,
        coerce=Purpose,
        widget=forms.CheckboxSelectMultiple,
        help_text=_(
            "All optional. Messages about your own registrations and your account are sent "
            "either way."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["purposes"].choices = [(p.value, p.wording) for p in Purpose]
