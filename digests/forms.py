from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Country, Purpose
from practices.filters import country_choices
from practices.models import FocusArea, PeerSupportType


class FollowForm(forms.Form):
    """Pick a country, a peer-support type or a focus area (or several) to follow."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    peer_support_type = forms.ModelChoiceField(
        PeerSupportType.objects.all(),
        label=_("Peer-support type"),
        to_field_name="slug",
        required=False,
        empty_label=_("Choose a type"),
    )
    focus_area = forms.ModelChoiceField(
        FocusArea.objects.all(),
        label=_("Focus area"),
        to_field_name="slug",
        required=False,
        empty_label=_("Choose a focus area"),
    )
    digest_consent = forms.BooleanField(required=False)

    def __init__(self, *args, ask_consent: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Choose a country")), *country_choices()]
        if ask_consent:
            # The exact sentence the consent record keeps.
            self.fields["digest_consent"].label = Purpose.DIGEST.wording
        else:
            del self.fields["digest_consent"]

    def clean_country(self) -> Country | None:
        code = self.cleaned_data["country"]
        return Country.objects.get(pk=code) if code else None

    def clean(self):
        cleaned = super().clean()
        if not self.errors and not self.targets():
            raise forms.ValidationError(
                _("Choose a country, a peer-support type or a focus area."), code="empty"
            )
        return cleaned

    def targets(self) -> list:
        """The things picked, countries first."""
        fields = ["country", "peer_support_type", "focus_area"]
        return [self.cleaned_data[name] for name in fields if self.cleaned_data.get(name)]
