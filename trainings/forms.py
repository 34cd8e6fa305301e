"""The form a member fills in to share a training programme."""

from django import forms
from django.utils.translation import gettext_lazy as _

from accounts.models import Country
from practices.forms import WrittenInMixin, translation_formset
from practices.vocabulary import EUROPE

from .models import TrainingProgramme


class TrainingSubmissionForm(WrittenInMixin, forms.ModelForm):
    """What an editor needs to review a programme, in the directory's own terms."""

    class Meta:
        model = TrainingProgramme
        fields = [
            "written_in",
            "title",
            "summary",
            "description",
            "proposed_provider",
            "countries",
            "languages",
            "format",
            "accredited",
            "accrediting_body",
            "credits",
            "delivery_mode",
            "hours",
            "audiences",
            "prerequisites",
            "cost_amount",
            "cost_currency",
            "schedule",
            "enrol_url",
            "types",
            "focus_areas",
        ]
        labels = {"proposed_provider": _("Organisation that runs it")}
        widgets = {
            "countries": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
            "audiences": forms.CheckboxSelectMultiple,
            "types": forms.CheckboxSelectMultiple,
            "focus_areas": forms.CheckboxSelectMultiple,
            "format": forms.RadioSelect,
            "delivery_mode": forms.RadioSelect,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        countries = self.fields["countries"]
        countries.queryset = Country.objects.filter(code__in=EUROPE)
        countries.choices = sorted(
            ((country.code, country.name) for country in countries.queryset),
            key=lambda choice: choice[1],
        )
        self.fields["hours"].widget.attrs.update({"min": 1})
        self.set_up_written_in()

    def clean(self):
        data = super().clean()
        if data.get("cost_amount") and not (data.get("cost_currency") or "").strip():
            self.add_error("cost_currency", _("Say which currency the cost is in, such as EUR."))
        if data.get("accredited") and not (data.get("accrediting_body") or "").strip():
            self.add_error("accrediting_body", _("Name the body that accredits the programme."))
        if data.get("cost_currency"):
            data["cost_currency"] = data["cost_currency"].strip().upper()
        return data


TranslationFormSet = translation_formset(TrainingProgramme)
