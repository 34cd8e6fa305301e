"""The "At a glance" facts and the evidence section of a practice page, written in Python
(see ``practices.cards``).

The facts are a definition list of a dozen rows, most of them optional, some with a link per
term; the evidence section a ladder of five steps, each marked by a condition. In the
template engine, where each tag, condition and loop costs some ten microseconds, the two took
about a millisecond a page: a quarter of its rendering. Formatted here, with the same
escaping, a fifth of that; and the evidence section, the same for every practice of a level,
is written once per level and language.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from django.db.models import Model
from django.utils.safestring import SafeString
from django.utils.translation import get_language

from pages.templatetags.moments import moment

from .cards import address, display, formatted, joined

# gettext, read once per process and language (xgettext finds the messages as _()'s).
from .cards import translated as _


def fact_list(facts: Iterable[tuple[str, str]]) -> SafeString:
    """``<dl class="facts">`` of (label, value) pairs, each value escaped unless safe."""
    rows = [formatted("<dt>{}</dt>\n<dd>{}</dd>", label, value) for label, value in facts]
    return formatted('<dl class="facts">\n{}\n</dl>', joined("\n", rows))


def _filtered_links(rows: Iterable, list_url: str, parameter: str, key: str) -> SafeString:
    # Each term links to the list filtered by it.
    return joined(
        ", ",
        (
            formatted('<a href="{}?{}={}">{}</a>', list_url, parameter, getattr(row, key), row)
            for row in rows
        ),
    )


def _names(rows: Iterable) -> str:
    return ", ".join(map(str, rows))


def practice_facts(practice: Model, terms: dict[str, list]) -> SafeString:
    """Who runs the practice, where, for whom, in which languages, how to reach them, and
    when an editor last checked it; each country and term linked to the list filtered by it."""
    list_url = address("practices:list")
    organisation = practice.organisation
    facts = []
    if organisation:
        name = organisation.name
        if organisation.website:
            name = formatted('<a href="{}">{}</a>', organisation.website, name)
        facts.append((_("Organisation"), name))
    facts += [
        (_("Countries"), _filtered_links(terms["countries"], list_url, "country", "code")),
        (_("Type of peer support"), _filtered_links(terms["types"], list_url, "type", "slug")),
        (_("Focus"), _filtered_links(terms["focus_areas"], list_url, "focus", "slug")),
    ]
    for label, rows in (
        (_("For"), terms["target_groups"]),
        (_("Delivered in"), terms["languages"]),
        (_("Materials in"), terms["materials_languages"]),
    ):
        if rows:
            facts.append((label, _names(rows)))
    facts.append((_("Setting"), display(practice, "setting")))
    if practice.year_started:
        facts.append((_("Running since"), str(practice.year_started)))
    for label, rows in (
        (_("Why it works"), terms["mechanisms"]),
        (_("Outcomes reported"), terms["outcomes"]),
    ):
        if rows:
            facts.append((label, _names(rows)))
    email = practice.contact_email or (organisation.public_email if organisation else "")
    if practice.contact_name or email:
        contact = formatted("{}", practice.contact_name)
        if email:
            contact = formatted('{}<br><a href="mailto:{}">{}</a>', contact, email, email)
        facts.append((_("Contact"), contact))
    links = practice.links.all()
    if links:
        items = (formatted('<li><a href="{}">{}</a></li>', link.url, link.title) for link in links)
        facts.append((_("Links"), formatted('<ul class="plain">{}</ul>', joined("", items))))
    verified = practice.last_verified
    if verified:
        facts.append(
            (
                _("Last verified"),
                formatted(
                    '<time datetime="{}">{}</time>', verified.isoformat(), moment(verified, "date")
                ),
            )
        )
    else:
        facts.append((_("Last verified"), _("Not yet verified by an editor")))
    return fact_list(facts)


def evidence(level) -> SafeString:
    """How strong the evidence for a practice is: its level, its step on the ladder (the
    steps below it reached, its own current), and what the level means."""
    return _evidence(level, get_language())


@cache
def _evidence(level, language: str | None) -> SafeString:
    # The same for every practice of a level, in each language.
    return formatted(
        '<section class="evidence" aria-labelledby="evidence-title">\n'
        '<h2 id="evidence-title">{}</h2>\n'
        '<p class="evidence__level"><strong>{}</strong> · {}</p>\n'
        "{}\n"
        "<p>{}</p>\n"
        "</section>",
        _("How strong is the evidence?"),
        level.label,
        _("step %(rung)s of 5") % {"rung": level.rung},
        _ladder(level),
        level.explanation,
    )


def _ladder(level) -> SafeString:
    steps = []
    for step in level.ladder:
        if step.current:
            steps.append(
                formatted(
                    '<li class="ladder__step ladder__step--current" aria-current="step">{}</li>',
                    step.label,
                )
            )
        elif step.reached:
            steps.append(
                formatted('<li class="ladder__step ladder__step--reached">{}</li>', step.label)
            )
        else:
            steps.append(formatted('<li class="ladder__step">{}</li>', step.label))
    return formatted(
        '<ol class="ladder" aria-label="{}">\n{}\n</ol>', _("Evidence ladder"), joined("\n", steps)
    )
