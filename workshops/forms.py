"""What a member tells the organisers when registering."""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from accounts.models import Language, validate_time_zone

from .models import AccessNeed, AttendanceMode, Workshop


class RegistrationForm(forms.Form):
    mode = forms.ChoiceField(
        label=_("How will you take part?"), widget=forms.RadioSelect, choices=AttendanceMode.choices
    )
    access_needs = forms.MultipleChoiceField(
        label=_("Access needs"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=AccessNeed.choices,
        help_text=_("Only the organisers and you can see these. They are deleted after the event."),
    )
    access_needs_other = forms.CharField(
        label=_("Anything else that would help you take part"), required=False, max_length=500
    )
    languages = forms.ModelMultipleChoiceField(
        label=_("Languages you need"),
        required=False,
        queryset=Language.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    # Filled in by the browser (static/js/site.js) when scripts run: used as the member's
    # time zone if their profile has none yet.
    browser_time_zone = forms.CharField(required=False, widget=forms.HiddenInput, max_length=64)
    code_of_conduct = forms.BooleanField(
        label=_("I agree to the code of conduct: respect, confidentiality and no recording."),
    )

    def clean_browser_time_zone(self) -> str:
        value = self.cleaned_data["browser_time_zone"]
        try:
            validate_time_zone(value)
        except forms.ValidationError:
            return ""  # a wrong hint is simply ignored
        return value

    def __init__(self, *args, workshop: Workshop, **kwargs):
        super().__init__(*args, **kwargs)
        modes = workshop.modes()
        self.fields["mode"].choices = [(m.value, m.label) for m in modes]
        if len(modes) == 1:
            self.fields["mode"].initial = modes[0].value
            self.fields["mode"].widget = forms.HiddenInput()
        # Read only when the list is shown or a choice is checked (a sign-up without any
        # language needs costs no query).
        self.fields["languages"].queryset = Language.objects.filter(
            Q(workshops=workshop) | Q(interpreted_workshops=workshop)
        ).distinct()
