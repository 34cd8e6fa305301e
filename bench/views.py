"""The benchmark's floor: the site's own layout around a constant body, and nothing else.

Every page's throughput is reported as a ratio of this one's, measured in the same run, so
that the figures say what the database and each page's code cost on top of Django, the
middleware and ``base.html``. Served only when the ``BENCH_VIEWS`` setting is on.
"""

from django.http import HttpRequest, HttpResponse
from django.template import engines
from django.views.decorators.http import require_safe

# Compiled once: the floor must not pay for template loading, which real pages cache too.
FLOOR = engines["django"].from_string(
    '{% extends "base.html" %}'
    "{% block title %}Floor{% endblock title %}"
    "{% block content %}<h1>Floor</h1><p>A constant body, no queries.</p>{% endblock content %}"
)


@require_safe
def floor(request: HttpRequest) -> HttpResponse:
    """The base layout around a constant body: no SQL for an anonymous visitor."""
    return HttpResponse(FLOOR.render({}, request))
