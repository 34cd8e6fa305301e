"""Forms a member fills in about themselves."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import User, time_zone_choices


class ProfileForm(forms.ModelForm):
    """What a member tells the network about themselves; every field is optional."""

    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        required=False,
        help_text=_("Event times are shown to you in this time zone."),
    )

    class Meta:
        model = User
        fields = ["display_name", "country", "role", "organisation", "languages", "time_zone"]
        widgets = {"languages": forms.CheckboxSelectMultiple}
        help_texts = {
            "organisation": _("Only if you want to say which network or service you are with."),
            "languages": _("Tick every language you are comfortable using."),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["time_zone"].choices = [("", _("Not set")), *time_zone_choices()]
        self.fields["role"].choices = [("", _("Prefer not to say")), *User.Role.choices]
