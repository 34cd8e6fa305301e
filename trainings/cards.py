"""The result card of a training programme: its list, the site-wide search (see
``practices.cards`` for why it is written in Python)."""

from __future__ import annotations

from django.db.models import Model
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop, ngettext

from practices.cards import (
    card,
    choice_tag,
    code_names,
    fixed_tag,
    formatted,
    language_names,
    tag,
)


def training_card(programme: Model, compare: bool = False) -> SafeString:
    """The card of a programme read with ``TrainingProgramme.objects.for_cards()``; with
    ``compare``, the box that picks it for the comparison."""
    meta = f"{code_names(programme.country_codes)} · {language_names(programme.language_codes)}"
    if programme.provider_id:
        meta = f"{programme.provider_name} · {meta}"
    tags = [choice_tag(programme, "format")]
    if programme.accredited:
        tags.append(fixed_tag(gettext_noop("Accredited"), "evidence"))
    hours = programme.hours
    tags += [
        choice_tag(programme, "delivery_mode"),
        tag(ngettext("%(hours)s hour", "%(hours)s hours", hours) % {"hours": hours}),
        fixed_tag(gettext_noop("Free")) if programme.is_free else tag(programme.cost_display),
    ]
    after = SafeString("")
    if compare:
        after = formatted(
            '\n  <p class="compare-pick">\n'
            '    <input type="checkbox" name="p" value="{slug}" id="compare-{slug}">\n'
            '    <label for="compare-{slug}">{label}</label>\n'
            "  </p>",
            slug=programme.slug,
            label=_("Compare “%(title)s”") % {"title": programme.title},
        )
    return card(programme, url_name="trainings:detail", meta=meta, tags=tags, after=after)
