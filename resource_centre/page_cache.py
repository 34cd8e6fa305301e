"""Whole public pages for anonymous visitors, kept in the shared cache for up to a minute.

Why not Django's UpdateCacheMiddleware/FetchFromCacheMiddleware: they key on the headers a
response varies on, and every page here varies on Cookie (the header reads the session to
know whether someone is signed in), so each visitor's cookies would make a key of its own.
This middleware decides who may share a page before the page is built:

* Only a GET or HEAD without a session cookie (and without a pending-messages cookie) is
  looked up or stored. A signed-in member always carries the session cookie, so a member is
  never served a stored page and their pages are never stored. An anonymous visitor who
  happens to have a session (a half-finished sign-in, say) is simply served fresh pages.
* Only a 200 HTML page or Atom/RSS feed is stored (never a streamed response such as an
  export: it would have to be held in memory whole), and only when building it did not use
  the CSRF token (a form) or the CSP nonce, did not touch messages, the session or a
  signed-in user, set no cookie, vary on nothing but Cookie and Accept-Language, and is not
  private or ``never_cache``. (JSON-LD blocks are data, which CSP does not check: they need
  no nonce.)
* The key holds the scheme, host, full path with query string and the active language.
* Each entry carries the site-wide content version (``practices.facet_index``) it was built
  under; every change of curated content, workshops, organisations or registrations renews
  that version, so the next visitor gets a fresh page. Entries expire after ``TIMEOUT``
  seconds in any case, so a change made behind the code's back shows within a minute.

A hit costs one round trip to the cache (the version and the page in one ``get_many``) and
no template: with Redis no SQL at all, with the database-table cache one read of that
table. A stored feed keeps its ETag and Last-Modified, so a feed reader that already has
it is answered 304 Not Modified from the cache too. The middleware sits after the CSP,
clickjacking, session and CSRF middleware, which therefore add their headers to every
response afresh (a stored page holds no Content-Security-Policy header and no nonce).
"""

from __future__ import annotations

import hashlib
import logging

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.http import HttpRequest, HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import parse_http_date_safe
from django.utils.translation import get_language

from practices.facet_index import CONTENT_VERSION, new_token

log = logging.getLogger(__name__)
TIMEOUT = 60
# Vary values that the key (language) or the rules above (no cookies at all) already cover.
SHARED_VARY = {"cookie", "accept-language"}
PRIVATE = {"private", "no-cache", "no-store"}
# What may be shared: pages, and the feeds that feed readers poll over and over.
SHARED_TYPES = ("text/html", "application/atom+xml", "application/rss+xml")


class PageCacheMiddleware:
    """Serve and store anonymous visitors' public pages (see the module's docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        key = page_key(request) if settings.PAGE_CACHE else None
        if key is None:
            return self.get_response(request)
        try:
            found = cache.get_many([CONTENT_VERSION, key])
        except Exception:
            log.warning("page cache unavailable", exc_info=True)
            return self.get_response(request)
        version = found.get(CONTENT_VERSION)
        entry = found.get(key)
        if version is not None and entry is not None and entry[0] == version:
            return from_entry(request, entry)
        response = self.get_response(request)
        if request.method == "GET" and storable(request, response):
            store(key, version, response)
        return response


def page_key(request: HttpRequest) -> str | None:
    """The cache key of the page this request asks for, or None when it must not be shared."""
    if request.method not in ("GET", "HEAD"):
        return None
    cookies = request.COOKIES
    if cookies.get(settings.SESSION_COOKIE_NAME) or cookies.get(CookieStorage.cookie_name):
        return None
    if "HTTP_AUTHORIZATION" in request.META:
        return None
    try:
        host = request.get_host()
    except DisallowedHost:
        return None  # the normal path answers 400
    address = f"{request.scheme}://{host}{request.get_full_path()}|{get_language()}"
    return "page:" + hashlib.sha256(address.encode()).hexdigest()


def storable(request: HttpRequest, response: HttpResponse) -> bool:
    """Whether any anonymous visitor may be given this response to this request."""
    if response.status_code != 200 or response.streaming or response.cookies:
        return False
    if not response.get("Content-Type", "").startswith(SHARED_TYPES):
        return False
    cache_control = {
        part.split("=", 1)[0].strip().lower()
        for part in response.get("Cache-Control", "").split(",")
    }
    if cache_control & PRIVATE:
        return False
    vary = {value.strip().lower() for value in response.get("Vary", "").split(",")}
    if vary - SHARED_VARY - {""}:
        return False
    # The page holds a CSRF token or a CSP nonce: it belongs to this response only.
    if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or getattr(request, "_csp_nonce", None):
        return False
    session = getattr(request, "session", None)
    if session is not None and (session.modified or not session.is_empty()):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    messages = getattr(request, "_messages", None)
    return not (messages is not None and len(messages))


def store(key: str, version: str | None, response: HttpResponse) -> None:
    """Keep the page under the content version read before it was built."""
    try:
        if version is None:
            # A new or emptied cache: start a version. Pages are kept from the next request
            # on, once the version they are built under is known before they are built.
            cache.add(CONTENT_VERSION, new_token(), timeout=None)
            return
        cache.set(key, (version, response.content, dict(response.items())), timeout=TIMEOUT)
    except Exception:
        log.warning("could not store a page", exc_info=True)


def from_entry(request: HttpRequest, entry: tuple) -> HttpResponse:
    """A fresh response from a stored page (304 Not Modified if the visitor has it already)."""
    _version, content, headers = entry
    response = HttpResponse(content, headers=headers)
    # A rendered page varies on Cookie because it read the session; say so here too, so
    # that no shared cache downstream hands it to a signed-in member.
    patch_vary_headers(response, ("Cookie",))
    last_modified = response.get("Last-Modified")
    return get_conditional_response(
        request,
        etag=response.get("ETag"),
        last_modified=parse_http_date_safe(last_modified) if last_modified else None,
        response=response,
    )
