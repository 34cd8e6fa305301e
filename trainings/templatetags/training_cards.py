"""The result card of a training programme, as a template tag (see ``trainings.cards``)."""

from django import template

from trainings import cards

register = template.Library()

register.simple_tag(cards.training_card, name="training_card")
