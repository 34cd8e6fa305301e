"""A strict reading of a page: does anything in it run script?"""

from __future__ import annotations

import json
from html.parser import HTMLParser

# What a stored payload tries to become: script, event handlers, script URLs, templates.
PAYLOADS = [
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    '"><svg onload=alert(1)>',
    "'><iframe src=javascript:alert(1)>",
    "</script><script>alert(1)</script>",
    "{{ 7*7 }}{% debug %}",
]
MARKDOWN_PAYLOADS = [
    "[x](javascript:alert(1))",
    "[x](JaVaScRiPt:alert(1))",
    "[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    '<a href="javascript:alert(1)">x</a>',
    "![x](x onerror=alert(1))",
    '<div style="background:url(javascript:alert(1))">x</div>',
    "<details open ontoggle=alert(1)>",
]
SCRIPT_SCHEMES = ("javascript:", "vbscript:", "data:")
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "poster", "srcdoc"}
NEVER = {"iframe", "object", "embed", "svg", "math", "base", "frame", "frameset", "applet"}


class Checker(HTMLParser):
    """Collects every way the page could run script that it did not write itself."""

    def __init__(self, *, allowed_tags=frozenset(), script_prefixes=("/static/",)):
        super().__init__(convert_charrefs=True)
        self.allowed_tags = allowed_tags
        self.script_prefixes = script_prefixes
        self.problems: list[str] = []
        self.json_blocks: list[str] = []
        self._in_json = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…>")
            if name in URL_ATTRIBUTES and value:
                squashed = "".join(value.split()).lower()
                if squashed.startswith(SCRIPT_SCHEMES):
                    self.problems.append(f"<{tag} {name}={value!r}>")
        if tag in NEVER - self.allowed_tags:
            self.problems.append(f"<{tag}>")
        if tag == "script":
            if attributes.get("type") == "application/ld+json":
                self._in_json = True
                self.json_blocks.append("")
            elif not (attributes.get("src") or "").startswith(self.script_prefixes):
                self.problems.append(f"<script {attributes}>")
        if tag == "meta" and (attributes.get("http-equiv") or "").lower() == "refresh":
            self.problems.append("<meta http-equiv=refresh>")

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_json = False

    def handle_data(self, data):
        if self._in_json:
            self.json_blocks[-1] += data


def problems_in(html: str, **allowances) -> list[str]:
    """Executable markup the site did not mean to write, and JSON-LD that does not parse."""
    checker = Checker(**allowances)
    checker.feed(html)
    checker.close()
    problems = list(checker.problems)
    for block in checker.json_blocks:
        try:
            json.loads(block)
        except ValueError:
            problems.append(f"JSON-LD broken: {block[:80]!r}")
    return problems


def assert_inert(html: str, **allowances) -> None:
    """Fail with the list of problems when the page could run script it did not write."""
    __tracebackhide__ = True
    problems = problems_in(html, **allowances)
    assert not problems, problems
