"""The form a member fills in to share a practice."""

from django import forms
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.languages import language_choices
from accounts.models import Country

from .models import EvidenceLevel, Practice, Resource
from .translations import Review, translated_columns
from .uploads import validate_upload
from .vocabulary import EUROPE


class WrittenInMixin:
    """The submission form's "Language you are writing in": names in the reader's language,
    the page's language chosen for a new entry."""

    def set_up_written_in(self) -> None:
        written_in = self.fields["written_in"]
        written_in.label = _("Language you are writing in")
        written_in.choices = language_choices(written_in.queryset.values_list("code", "name"))
        if not self.instance.pk and not self.is_bound:
            written_in.initial = get_language()


class PracticeSubmissionForm(WrittenInMixin, forms.ModelForm):
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
            "written_in",
            "title",
            "summary",
            "description",
            "easy_read",
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
        self.set_up_written_in()

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


class TranslationForm(forms.ModelForm):
    """A submitter's translation of their entry into one of the site's languages."""

    language_code = forms.ChoiceField(label=_("Language"))
    review = forms.ChoiceField(
        label=_("Who translated it?"),
        choices=[
            (Review.REVIEWED, _("I wrote or checked this translation myself")),
            (Review.MACHINE, _("A machine translated it and nobody has checked it yet")),
        ],
        initial=Review.MACHINE,
        widget=forms.RadioSelect,
        help_text=_(
            "Visitors see a translation a person wrote or checked, once an editor has "
            "published your entry. An unchecked machine translation waits for an editor."
        ),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language_code"].choices = [
            ("", _("Choose a language")),
            *language_choices((code, "") for code, _name in settings.LANGUAGES),
        ]


class BaseTranslationFormSet(forms.BaseInlineFormSet):
    def add_fields(self, form, index):
        super().add_fields(form, index)
        if "DELETE" in form.fields:
            form.fields["DELETE"].label = _("Remove this translation")

    def check_languages(self, written_in: str | None) -> bool:
        """Refuse a translation into the language the practice is written in; True if none."""
        fine = True
        for form in self.forms:
            if self._should_delete_form(form) or not form.has_changed():
                continue
            if form.cleaned_data.get("language_code") == written_in:
                form.add_error(
                    "language_code",
                    _("The texts above are in this language already: choose another one."),
                )
                fine = False
        return fine


def translation_formset(model) -> type[BaseTranslationFormSet]:
    """The formset of a submitter's translations of an entry of ``model``, one per language."""
    translations = model._parler_meta.root_model
    form = forms.modelform_factory(
        translations,
        form=TranslationForm,
        fields=["language_code", "review", *translated_columns(model)],
        widgets={"translated_summary": forms.Textarea(attrs={"rows": 3})},
    )
    return forms.inlineformset_factory(
        model,
        translations,
        form=form,
        formset=BaseTranslationFormSet,
        extra=1,
        max_num=len(settings.LANGUAGES) - 1,
        can_delete=True,
        can_delete_extra=False,
    )


TranslationFormSet = translation_formset(Practice)
