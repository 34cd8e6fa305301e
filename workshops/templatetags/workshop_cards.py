"""The result card of an event, as a template tag (see ``workshops.cards``)."""

from django import template

from workshops import cards

register = template.Library()

register.simple_tag(cards.workshop_card, name="workshop_card")
