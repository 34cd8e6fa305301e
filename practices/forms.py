"""The form a member fills in to share a practice."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Country

from .models import EvidenceLevel, Practice, Resource
from .uploads import validate_upload
from .vocabulary import EUROPE


class PracticeSubmissionForm(forms.ModelForm):
    """Everything an editor needs to review a practice, in the catalogue's own terms."""

    resource_title = forms.CharField(
        label=_("Title of the file"),
        max_length=200,
        required=False,
        help_text=_("For example “Facilitator handbook”."),
    )
    resource_file = forms.FileField(
        label=_("A manual, toolkit or handout"),
        required=False,
        validators=[validate_upload],
        help_text=_("PDF, ODT, DOCX, PNG or JPEG, up to 10 MB."),
    )

    class Meta:
        model = Practice
        fields = [
            "title",
            "summary",
            "description",
            "proposed_organisation",
            "countries",
            "types",
            "focus_areas",
            "target_groups",
            "languages",
            "delivery_mode",
            "setting",
            "year_started",
            "evidence_level",
            "peer_led",
            "contact_name",
            "contact_email",
        ]
        labels = {"proposed_organisation": _("Organisation that runs it")}
        help_texts = {
            "description": _(
                "What happens, who runs it, how peers are trained and supported, and what "
                "participants say. You can use Markdown (## for a heading, * for a list)."
            ),
            "contact_email": _("Shown publicly, so that others can ask about the practice."),
            "evidence_level": _("Choose the highest step your practice has reached."),
        }
        widgets = {
            "countries": forms.CheckboxSelectMultiple,
            "types": forms.CheckboxSelectMultiple,
            "focus_areas": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "delivery_mode": forms.RadioSelect,
            "setting": forms.RadioSelect,
            "evidence_level": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = self.fields["countries"]
        countries.queryset = Country.objects.filter(code__in=EUROPE)
        # Offered in alphabetical order of the name in the reader's language.
        countries.choices = sorted(
            ((country.code, country.name) for country in countries.queryset),
            key=lambda choice: choice[1],
        )
        self.fields["evidence_level"].choices = [
            (level.value, f"{level.label}: {level.explanation}") for level in EvidenceLevel
        ]
        self.fields["year_started"].widget.attrs.update({"min": 1900, "max": 2100})

    def clean(self):
        data = super().clean()
        if data.get("resource_file") and not data.get("resource_title"):
            self.add_error("resource_title", _("Give the file a title so that readers know it."))
        return data

    def _save_m2m(self):
        super()._save_m2m()
        upload = self.cleaned_data.get("resource_file")
        if upload:
            resource = Resource(
                practice=self.instance, title=self.cleaned_data["resource_title"], file=upload
            )
            resource.clean()
            resource.save()
