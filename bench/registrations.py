"""A registration rush over two app servers: concurrent sign-ups for the same few seats.

Many synthetic members, each signed in through a session stored where every app server
reads it (the database), send their registration forms at once for a handful of small
webinars (``bench-rush-*``), alternating between two gunicorn instances; some send theirs
twice, as a double click does. Afterwards the database must show exactly the capacity
confirmed, everybody else on the waitlist, no member twice, and no request must have failed.
"""

from __future__ import annotations

import http.client
import random
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from importlib import import_module
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
from django.db.models import Count
from django.middleware.csrf import CSRF_ALLOWED_CHARS, CSRF_SECRET_LENGTH
from django.utils.crypto import get_random_string

from accounts.models import User
from workshops.models import Registration, RegistrationStatus, Workshop

from .data import MEMBER_EMAIL, RUSH_PREFIX

# The backend a real sign-in through allauth records in the session.
SIGN_IN_BACKEND = "allauth.account.auth_backends.AuthenticationBackend"


@dataclass(frozen=True)
class Post:
    """One registration form as a signed-in member's browser sends it."""

    slug: str
    session_key: str
    csrf: str


def signed_in_session(user: User) -> str:
    """Store a session in which ``user`` is signed in, as after a sign-in; its key."""
    store = import_module(settings.SESSION_ENGINE).SessionStore()
    store[SESSION_KEY] = str(user.pk)
    store[BACKEND_SESSION_KEY] = SIGN_IN_BACKEND
    store[HASH_SESSION_KEY] = user.get_session_auth_hash()
    store.create()
    return store.session_key


def prepare(*, members: int, per_workshop: int, doubles: float, seed: int = 11) -> list[Post]:
    """Empty the rush webinars, sign members in, and shuffle their registration forms."""
    rng = random.Random(seed)
    workshops = list(Workshop.objects.filter(slug__startswith=RUSH_PREFIX).order_by("slug"))
    if not workshops:
        raise RuntimeError(
            "No rush webinars in the data: generate it again (without --reuse-data)."
        )
    Registration.objects.filter(workshop__in=workshops).delete()
    users = list(User.objects.filter(email__in=[MEMBER_EMAIL.format(n=n) for n in range(members)]))
    sessions = {user.pk: signed_in_session(user) for user in users}
    csrf = {user.pk: get_random_string(CSRF_SECRET_LENGTH, CSRF_ALLOWED_CHARS) for user in users}
    posts = []
    for workshop in workshops:
        for user in rng.sample(users, min(per_workshop, len(users))):
            post = Post(workshop.slug, sessions[user.pk], csrf[user.pk])
            posts.append(post)
            if rng.random() < doubles:
                posts.append(post)
    rng.shuffle(posts)
    return posts


def send(port: int, post: Post) -> str:
    """POST one form; "ok" for the redirect back to the event page, else what came instead."""
    body = urlencode({"csrfmiddlewaretoken": post.csrf, "mode": "online", "code_of_conduct": "on"})
    headers = {
        "Content-Type": "application/x-www-form-urlencoded",
        "Cookie": (
            f"{settings.SESSION_COOKIE_NAME}={post.session_key}; "
            f"{settings.CSRF_COOKIE_NAME}={post.csrf}"
        ),
    }
    path = f"/workshops/{post.slug}/"
    try:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", f"{path}register/", body, headers)
        response = conn.getresponse()
        response.read()
        conn.close()
    except OSError as error:
        return type(error).__name__
    if response.status == 302 and response.getheader("Location") == path:
        return "ok"
    return str(response.status)


def rush(posts: list[Post], ports: list[int], *, concurrency: int = 16) -> dict:
    """Send every form at once over the instances (in turn); outcomes, time and what it left."""
    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        outcomes = Counter(
            pool.map(lambda item: send(ports[item[0] % len(ports)], item[1]), enumerate(posts))
        )
    elapsed = time.perf_counter() - start
    workshops = Workshop.objects.filter(slug__startswith=RUSH_PREFIX)
    rows = Registration.objects.filter(workshop__in=workshops)
    by_status = Counter(rows.values_list("status", flat=True))
    duplicates = (
        rows.filter(status__in=RegistrationStatus.active())
        .values("workshop", "member")
        .annotate(n=Count("pk"))
        .filter(n__gt=1)
        .count()
    )
    members = {(post.slug, post.session_key) for post in posts}
    capacity = sum(workshop.capacity_online for workshop in workshops)
    overbooked = [
        workshop.slug
        for workshop in workshops
        if rows.filter(workshop=workshop, status=RegistrationStatus.CONFIRMED).count()
        != workshop.capacity_online
    ]
    return {
        "posts": len(posts),
        "members": len(members),
        "seconds": elapsed,
        "rps": len(posts) / elapsed,
        "capacity": capacity,
        "confirmed": by_status[RegistrationStatus.CONFIRMED],
        "waitlisted": by_status[RegistrationStatus.WAITLISTED],
        "expected_waitlisted": len(members) - capacity,
        "wrong_count": overbooked,
        "duplicates": duplicates,
        "errors": sum(n for outcome, n in outcomes.items() if outcome != "ok"),
        "outcomes": dict(outcomes),
    }
