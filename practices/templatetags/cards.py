"""The filters and tags of the result cards (written in ``practices.cards``)."""

from django import template

from practices import cards

register = template.Library()

register.filter("display", cards.display)
register.filter("country_names", cards.country_names)
register.filter("code_names", cards.code_names)
register.filter("language_names", cards.language_names)
register.filter("detail_url", cards.detail_url)
register.simple_tag(cards.practice_card, name="practice_card")
register.simple_tag(cards.event_link, name="event_link")
register.simple_tag(cards.practice_page_sections, name="practice_page_sections")
