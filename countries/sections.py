"""A country page's profile, its four lists (a few of its practices, programmes, upcoming
and past events, each with a link to the full list) and its aside (its organisations, its
open data), written in Python as the cards are (see ``practices.cards``).

In the template engine, these parts without their cards cost as much as the twenty cards:
each "All 12 practices in Hungary" was a ``blocktranslate`` tag, each heading, count,
condition and link a tag or a variable, some 4.5 M instructions a page. Formatted here, with
the same escaping and the same messages, a fraction of that.

The sentences follow ``blocktranslate``: the translated text is taken as it is written and
only the values put into it (a country's name, a count) are escaped.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from django.utils.safestring import SafeString
from django.utils.translation import ngettext

from pages.templatetags.moments import moment
from practices.cards import address, formatted, joined, practice_card
from practices.cards import translated as _
from practices.templatetags.catalogue import markdown
from trainings.cards import training_card
from workshops.cards import workshop_card


def sentence(message: str, **values) -> SafeString:
    """A translated message with ``values`` (escaped) put in, as ``blocktranslate`` does."""
    return SafeString(message % {key: escape(str(value)) for key, value in values.items()})


def country_profile(name: str, profile) -> SafeString:
    """A country's published profile (or None): its summary, whether peer work is an
    occupation there, its certification, funding and networks, when it was last verified;
    without one, the sentence that says none is written yet."""
    if profile is None:
        message = _(
            "Our editors have not yet written a profile of peer support in %(name)s. What "
            "the resource centre holds about it is listed below."
        )
        return formatted('<p class="lead">{}</p>', sentence(message, name=name))
    occupation = profile.occupation_enum
    parts = [
        formatted('<h2 id="profile-title" class="visually-hidden">{}</h2>', _("Profile")),
        formatted('<p class="lead">{}</p>', profile.summary),
        formatted("<h3>{}</h3>", _("Peer work as an occupation")),
        formatted(
            '<p class="country-profile__status"><strong>{}</strong>. {}</p>',
            occupation.label,
            occupation.explanation,
        ),
    ]
    if profile.occupation:
        parts.append(formatted('<div class="prose">{}</div>', markdown(profile.occupation)))
    for label, text in (
        (_("Certification"), profile.certification),
        (_("Funding"), profile.funding),
        (_("National networks and organisations"), profile.networks),
    ):
        if text:
            parts.append(formatted('<h3>{}</h3><div class="prose">{}</div>', label, markdown(text)))
    verified = profile.last_verified
    if verified:
        parts.append(
            formatted(
                '<p class="country-profile__verified">{} <time datetime="{}">{}</time></p>',
                _("Last verified:"),
                verified.isoformat(),
                moment(verified, "date"),
            )
        )
    return formatted(
        '<section class="country-profile" aria-labelledby="profile-title">\n{}\n</section>',
        joined("\n", parts),
    )


def listed(name: str, key: str, heading: str, section: dict, card: Callable, more, none):
    """A list's section: the heading with its count, the first cards and the link to the
    full list (``more``), or the sentence that says there is nothing yet in the country
    (``none``); both messages with ``%(name)s``, ``more`` also with ``%(counter)s``."""
    count = section["count"]
    if section["items"]:
        body = formatted(
            '<ul class="results">\n{}</ul>\n<p><a href="{}">{}</a></p>',
            joined("", map(card, section["items"])),
            section["url"],
            sentence(more, counter=count, name=name),
        )
    else:
        body = formatted("<p>{}</p>", sentence(none, name=name))
    return formatted(
        '<section aria-labelledby="{key}-title">\n'
        '<h2 id="{key}-title">{heading} <span class="count">({count})</span></h2>\n'
        "{body}\n"
        "</section>",
        key=key,
        heading=heading,
        count=count,
        body=body,
    )


def country_lists(name: str, practices: dict, trainings: dict, upcoming: dict, past: dict):
    """The four lists of a country page (``name`` is the country's, in the reader's
    language; each list a dict of its ``items``, ``count`` and ``url``)."""
    return joined(
        "\n\n",
        [
            listed(
                name,
                "practices",
                _("Practices"),
                practices,
                practice_card,
                ngettext(
                    "The practice in %(name)s",
                    "All %(counter)s practices in %(name)s",
                    practices["count"],
                ),
                _("No practices from %(name)s have been published yet."),
            ),
            listed(
                name,
                "trainings",
                _("Training programmes"),
                trainings,
                training_card,
                ngettext(
                    "The training programme in %(name)s",
                    "All %(counter)s training programmes in %(name)s",
                    trainings["count"],
                ),
                _("No training programmes in %(name)s have been published yet."),
            ),
            listed(
                name,
                "upcoming",
                _("Upcoming workshops and webinars"),
                upcoming,
                workshop_card,
                ngettext(
                    "The upcoming event in %(name)s",
                    "All %(counter)s upcoming events in %(name)s",
                    upcoming["count"],
                ),
                _("No workshops or webinars are announced in %(name)s at the moment."),
            ),
            listed(
                name,
                "past",
                _("Past workshops and webinars"),
                past,
                workshop_card,
                ngettext(
                    "The past event in %(name)s",
                    "All %(counter)s past events in %(name)s",
                    past["count"],
                ),
                _("No past workshops or webinars in %(name)s."),
            ),
        ],
    )


def country_aside(name: str, organisations: dict, exports: dict[str, dict[str, str]]):
    """The aside of a country page: its first organisations and how many it has, the open
    data of its lists (``exports``: each list's CSV and JSON addresses, for the lists that
    have rows), the way back to the map."""
    count = organisations["count"]
    parts = [
        formatted(
            '<h2 id="organisations-title">{} <span class="count">({})</span></h2>',
            _("Organisations"),
            count,
        )
    ]
    items = organisations["items"]
    if items:
        parts.append(
            formatted("<ul>\n{}\n</ul>", joined("\n", (_organisation(item) for item in items)))
        )
        if count > len(items):
            message = ngettext(
                "%(counter)s organisation in all: find them through their practices, "
                "programmes and events.",
                "%(counter)s organisations in all: find them through their practices, "
                "programmes and events.",
                count,
            )
            parts.append(formatted("<p>{}</p>", sentence(message, counter=count)))
    else:
        message = _("No organisation from %(name)s has published anything here yet.")
        parts.append(formatted("<p>{}</p>", sentence(message, name=name)))
    if exports:
        downloads = [
            formatted(
                '<li>{}: <a href="{}" download>{}</a>, <a href="{}" download>{}</a></li>',
                sentence(label, name=name),
                exports[kind]["csv"],
                _("CSV file"),
                exports[kind]["json"],
                _("JSON file"),
            )
            for kind, label in (
                ("practices", _("Practices in %(name)s")),
                ("trainings", _("Training programmes in %(name)s")),
            )
            if kind in exports
        ]
        parts.append(
            formatted(
                '<h2 id="downloads-title">{}</h2>\n<ul>\n{}\n</ul>',
                _("Open data"),
                joined("\n", downloads),
            )
        )
    parts.append(
        formatted(
            '<p><a href="{}">{}</a></p>', address("countries:map"), _("Back to the map of Europe")
        )
    )
    return joined("\n", parts)


def _organisation(organisation) -> SafeString:
    if organisation.website:
        return formatted(
            '<li><a href="{}" rel="noopener">{}</a></li>', organisation.website, organisation.name
        )
    return formatted("<li>{}</li>", organisation.name)
