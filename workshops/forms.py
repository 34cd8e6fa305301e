"""What a member tells the organisers when registering."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Language

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
    code_of_conduct = forms.BooleanField(
        label=_("I agree to the code of conduct: respect, confidentiality and no recording."),
    )

    def __init__(self, *args, workshop: Workshop, **kwargs):
        super().__init__(*args, **kwargs)
        modes = workshop.modes()
        self.fields["mode"].choices = [(m.value, m.label) for m in modes]
        if len(modes) == 1:
            self.fields["mode"].initial = modes[0].value
            self.fields["mode"].widget = forms.HiddenInput()
        self.fields["languages"].queryset = Language.objects.filter(
            pk__in=[language.pk for language in workshop.languages.all()]
            + [language.pk for language in workshop.interpretation.all()]
        )
