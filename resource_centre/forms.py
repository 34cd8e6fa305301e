"""Form rendering shared by every form of the site."""

from django.forms.renderers import TemplatesSetting


class FormRenderer(TemplatesSetting):
    """Render forms with our templates: an error summary first, then accessible fields."""

    form_template_name = "forms/form.html"
    field_template_name = "forms/field.html"
