"""The translation catalogues are complete, and every text in the templates is translatable.

No database: these read the source tree and the .po files (with polib). The catalogues are
made with `manage.py makemessages -a` and translated in full before a change lands.
"""

import ast
import re
import tokenize
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.template.base import Lexer, TokenType
from django.utils.translation.template import templatize

ROOT = Path(settings.BASE_DIR)
SKIP_DIRS = {".venv", ".tools", "staticfiles", "node_modules", ".git", "bench", "tests"}
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLACEHOLDER = re.compile(r"%\([a-z_0-9]+\)[sd]|%[sd]")
GETTEXT = {
    "_": 0,
    "gettext": 0,
    "gettext_lazy": 0,
    "ngettext": 0,
    "ngettext_lazy": 0,
    "pgettext": 1,
    "pgettext_lazy": 1,
    "npgettext": 1,
    "npgettext_lazy": 1,
}


def project_files(*suffixes: str) -> list[Path]:
    return sorted(
        path
        for path in ROOT.rglob("*")
        if path.suffix in suffixes
        and not SKIP_DIRS & set(path.relative_to(ROOT).parts)
        and path.is_file()
    )


def templates() -> list[Path]:
    return [path for path in project_files(".html", ".txt") if "templates" in path.parts]


def catalogue(code: str) -> polib.POFile:
    path = ROOT / "locale" / code / "LC_MESSAGES" / "django.po"
    assert path.exists(), f"no catalogue for {code}: run manage.py makemessages -l {code}"
    return polib.pofile(str(path))


def calls_in_python(source: str):
    """(context, msgid) of each gettext call with literal arguments in Python source."""
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
        if name not in GETTEXT or len(node.args) <= GETTEXT[name]:
            continue
        args = node.args
        if not all(isinstance(arg, ast.Constant) for arg in args[: GETTEXT[name] + 1]):
            continue
        context = args[0].value if GETTEXT[name] else None
        yield context, args[GETTEXT[name]].value


def calls_in_template(source: str):
    """(context, msgid) of each translatable string in a template, as makemessages sees it."""
    # Filler letters stand for everything else; indentation means nothing here.
    flat = "\n".join(line.strip() for line in templatize(source).splitlines())
    tokens = list(tokenize.generate_tokens(StringIO(flat).readline))
    for index, token in enumerate(tokens):
        if token.type != tokenize.NAME or token.string not in GETTEXT:
            continue
        if index + 2 >= len(tokens) or tokens[index + 1].string != "(":
            continue
        strings = []
        for following in tokens[index + 2 :]:
            if following.type == tokenize.STRING:
                strings.append(ast.literal_eval(following.string))
            elif following.string != ",":
                break
        offset = GETTEXT[token.string]
        if len(strings) > offset:
            yield (strings[0] if offset else None), strings[offset]


def source_messages() -> set[tuple[str | None, str]]:
    messages = set()
    for path in project_files(".py"):
        if "migrations" not in path.parts:
            messages.update(calls_in_python(path.read_text()))
    for path in templates():
        messages.update(calls_in_template(path.read_text()))
    return messages


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_catalogue_is_complete_and_nothing_is_fuzzy(code):
    po = catalogue(code)
    live = [entry for entry in po if not entry.obsolete]
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, f"{code}: {len(untranslated)} untranslated, e.g. {untranslated[:5]}"
    assert not fuzzy, f"{code}: {len(fuzzy)} fuzzy, e.g. {fuzzy[:5]}"
    forms = int(re.search(r"nplurals=(\d+)", po.metadata["Plural-Forms"]).group(1))
    for entry in live:
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if entry.msgid_plural:
            assert len(texts) == forms, f"{code}: {entry.msgid!r} needs {forms} plural forms"
        wanted = set(PLACEHOLDER.findall(entry.msgid + (entry.msgid_plural or "")))
        for text in texts:
            assert set(PLACEHOLDER.findall(text)) <= wanted, f"{code}: {entry.msgid!r}"


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_string_in_the_source_is_in_the_catalogue(code):
    known = {(entry.msgctxt, entry.msgid) for entry in catalogue(code) if not entry.obsolete}
    missing = sorted(source_messages() - known, key=str)
    assert not missing, (
        f"{len(missing)} strings are not in the {code} catalogue (run manage.py makemessages "
        f"-a and translate them): {missing[:8]}"
    )


# Text that is not prose: blocks that hold CSS classes, and acronyms the same in every language.
NOT_PROSE_BLOCKS = {"layout_class"}
ACRONYMS = {"CSV", "JSON", "DOI", "API", "ISO", "RSS", "Atom", "iCal"}
ATTRIBUTE = re.compile(r'\b(?:alt|title|placeholder|aria-label|aria-description)="([^"]*)"')
ELEMENTS_NOT_PROSE = re.compile(r"<(script|style|code|pre)\b.*?</\1>", re.S)


def untranslated_text(source: str) -> list[str]:
    """Words a visitor would read that no translate tag covers."""
    pieces, depth, blocks = [], 0, []
    for token in Lexer(source).tokenize():
        if token.token_type == TokenType.BLOCK:
            bits = token.split_contents()
            name = bits[0] if bits else ""
            if name in ("blocktranslate", "blocktrans", "comment"):
                depth += 1
            elif name in ("endblocktranslate", "endblocktrans", "endcomment"):
                depth -= 1
            elif name == "block":
                blocks.append(bits[1])
            elif name == "endblock":
                blocks.pop()
            pieces.append("\x00")
        elif token.token_type == TokenType.VAR:
            pieces.append("\x00")
        elif token.token_type == TokenType.TEXT:
            prose = depth == 0 and not (set(blocks) & NOT_PROSE_BLOCKS)
            pieces.append(token.contents if prose else "\x00")
    html = ELEMENTS_NOT_PROSE.sub(" ", "".join(pieces))
    found = [value for value in ATTRIBUTE.findall(html) if re.search(r"[A-Za-z]{2}", value)]
    text = re.sub(r"<[^>]*>|&[a-z#0-9]+;", " ", html)
    found += [word for word in re.findall(r"[A-Za-z][A-Za-z’'-]+", text) if word not in ACRONYMS]
    return found


def test_every_text_in_the_templates_is_marked_for_translation():
    problems = {}
    for path in templates():
        if path.suffix == ".html" and (found := untranslated_text(path.read_text())):
            problems[str(path.relative_to(ROOT))] = found[:5]
    assert not problems, f"text outside translate tags: {problems}"


def test_the_check_finds_unmarked_text():
    assert untranslated_text('<p>Hello</p><img alt="A map">') == ["A map", "Hello"]
    assert untranslated_text('{% load i18n %}<p>{% translate "Hello" %}</p>') == []
    assert untranslated_text("{% blocktranslate %}Hi {{ name }}{% endblocktranslate %}") == []
