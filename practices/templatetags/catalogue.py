"""Template filters and tags for catalogue pages: safe Markdown, JSON-LD, a practice's facts
and evidence ladder."""

import json
import threading
from functools import lru_cache

import markdown as markdown_lib
import nh3
from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.safestring import mark_safe

from practices.facts import evidence, practice_facts

register = template.Library()
register.simple_tag(practice_facts, name="practice_facts")
register.simple_tag(evidence, name="evidence")

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4",
    "blockquote", "code", "pre", "hr", "table", "thead", "tbody", "tr", "th", "td",
}  # fmt: skip
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "th": {"scope"}}
JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}

# A Markdown converter costs more to build (its extensions and parsers) than a description
# costs to convert; one per thread is kept and reset before each use.
_converters = threading.local()


def _converter() -> markdown_lib.Markdown:
    converter = getattr(_converters, "markdown", None)
    if converter is None:
        converter = _converters.markdown = markdown_lib.Markdown(
            extensions=["sane_lists", "tables"]
        )
    return converter


# The same text always gives the same HTML, and converting it costs more than a page's
# queries: the most recent conversions are kept (a few megabytes at most), so a page read
# again converts nothing. An edited text is a new key; nothing needs to be forgotten.
@lru_cache(maxsize=512)
def render_markdown(text: str) -> str:
    """Markdown to HTML with everything but plain formatting and links removed."""
    html = _converter().reset().convert(text or "")
    # Headings inside a description start at h2: the page's h1 is the title.
    html = html.replace("<h1>", "<h2>").replace("</h1>", "</h2>")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer nofollow",
    )


@register.filter
def markdown(text: str) -> str:
    return mark_safe(render_markdown(text))  # noqa: S308 (sanitised by nh3 just above)


@register.filter
def ld_json(data: dict) -> str:
    """JSON for a <script type="application/ld+json"> block, safe inside HTML."""
    return mark_safe(  # noqa: S308 (<, > and & are escaped)
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(JSON_ESCAPES)
    )
