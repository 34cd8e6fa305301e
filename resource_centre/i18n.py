"""The interface languages: the first-visit redirect, the language switch and the alternates.

English is the source language and is served at unprefixed URLs; every other language of
``settings.LANGUAGES`` lives under its code (``/de/practices/``), through ``i18n_patterns``.
Because each language has its own URLs, a page in any language can be shared and cached
like any other page: the language is in the path, not in a cookie.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.http import HttpRequest, HttpResponse, HttpResponseForbidden, HttpResponseRedirect
from django.urls import is_valid_path
from django.utils.cache import patch_vary_headers
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language_from_path, get_supported_language_variant
from django.utils.translation import override as language_override
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from django.views.i18n import set_language as django_set_language

CODES = {code for code, _name in settings.LANGUAGES}


def preferred_language(request: HttpRequest) -> str:
    """The visitor's language: the one they chose (cookie), else their browser's first match.

    A malformed or unknown Accept-Language header is ignored (English).
    """
    chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if chosen in CODES:
        return chosen
    for code, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        if code == "*":
            break
        try:
            return get_supported_language_variant(code)
        except LookupError:
            continue
    return settings.LANGUAGE_CODE


def unprefixed(path: str) -> tuple[str | None, str]:
    """The language code in a path, if any, and the path without it."""
    code = get_language_from_path(path)
    if code is None:
        return None, path
    return code, path[len(code) + 1 :]


def in_every_language(path: str) -> bool:
    """Whether this (unprefixed) path is one of the pages that exist in every language."""
    other = settings.LANGUAGES[1][0]
    with language_override(other):
        return is_valid_path(f"/{other}{path}")


def localised_path(path: str, code: str) -> str:
    """The same (unprefixed) path in another language."""
    return path if code == settings.LANGUAGE_CODE else f"/{code}{path}"


class PreferredLanguageMiddleware:
    """Send a visitor who prefers another language from an English page to their language's.

    Only a GET or HEAD for an unprefixed page that exists in every language is redirected
    (302, the query string kept), and only when the visitor's preference (the switch's
    cookie, else the browser's Accept-Language) is one of the site's other languages. A
    visitor who chose English with the switch stays on English pages. The API, the admin,
    feeds outside the lists, static files and the sitemap have no language prefix and are
    left alone. Responses to unprefixed pages vary on Accept-Language (LocaleMiddleware
    says so) and on Cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        path = request.path_info
        if request.method in ("GET", "HEAD") and get_language_from_path(path) is None:
            wanted = preferred_language(request)
            if wanted != settings.LANGUAGE_CODE and in_every_language(path):
                response = HttpResponseRedirect(address(request, path, wanted))
                patch_vary_headers(response, ("Accept-Language", "Cookie"))
                return response
        return self.get_response(request)


def same_site_post(request: HttpRequest) -> bool:
    """Whether a POST comes from one of this site's own pages (Fetch metadata, else Origin).

    Browsers send ``Sec-Fetch-Site`` with every request (and ``Origin`` with every POST);
    a request that sends neither is not a cross-site browser request.
    """
    fetch_site = request.META.get("HTTP_SEC_FETCH_SITE")
    if fetch_site is not None:
        return fetch_site in ("same-origin", "none")
    origin = request.META.get("HTTP_ORIGIN")
    return origin is None or origin == f"{request.scheme}://{request.get_host()}"


@csrf_exempt
@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Django's set_language, behind a same-site check instead of a CSRF token.

    The switch sits on every page, and pages are shared between anonymous visitors by the
    page cache, so it cannot carry a per-visitor CSRF token; a cross-site POST is refused
    by its Fetch-metadata or Origin header instead (all the switch changes is a display
    preference). The ``next`` page is translated from its own language, so a visitor on
    ``/de/practices/?country=FI`` who picks Hungarian lands on ``/hu/practices/?country=FI``.
    A signed-in member's choice is also kept on their account: e-mails are written in it.
    """
    if not same_site_post(request):
        return HttpResponseForbidden("Cross-site requests cannot change the language.")
    next_url = request.POST.get("next") or ""
    code, _path = unprefixed(urlsplit(next_url).path)
    with language_override(code or settings.LANGUAGE_CODE):
        response = django_set_language(request)
    chosen = request.POST.get("language")
    user = getattr(request, "user", None)
    if chosen in CODES and user is not None and user.is_authenticated and user.language != chosen:
        user.language = chosen
        user.save(update_fields=["language"])
    return response


def languages(request: HttpRequest) -> dict:
    """Template context: the page in each language (for the switch and hreflang links)."""
    return {"language_alternates": SimpleLazyObject(lambda: alternates(request))}


def alternates(request: HttpRequest) -> list[dict]:
    """The absolute address of this page in each language, or [] for a page in one only."""
    _code, path = unprefixed(request.path_info)
    if not in_every_language(path):
        return []
    return [
        {"code": code, "href": request.build_absolute_uri(address(request, path, code))}
        for code, _name in settings.LANGUAGES
    ]


def address(request: HttpRequest, path: str, code: str, *, query: bool = True) -> str:
    """This request's page (unprefixed ``path``, with the same query string unless ``query``
    is false) in language ``code``."""
    script = request.path.removesuffix(request.path_info)
    string = request.META.get("QUERY_STRING", "") if query else ""
    return script + localised_path(path, code) + (f"?{string}" if string else "")
