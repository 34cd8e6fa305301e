"""Site-wide pages: home, health check and error pages."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.db import connection
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from accounts.forms import DeleteAccountForm
from practices.models import Practice
from trainings.models import TrainingProgramme
from workshops.models import Workshop

from . import services


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    """The front door: the three aims and the way into each."""
    context = {
        "practice_count": Practice.objects.published().count(),
        "training_count": TrainingProgramme.objects.published().count(),
        "workshop_count": Workshop.objects.public().upcoming().count(),
    }
    return render(request, "pages/home.html", context)


@never_cache
@require_safe
def healthz(request: HttpRequest) -> HttpResponse:
    """Answer 200 when the database answers, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        return JsonResponse({"status": "unavailable", "database": "unreachable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


def page_not_found(request: HttpRequest, exception: Exception) -> HttpResponse:
    """A calm 404 with a way home."""
    return render(request, "404.html", status=404)


def server_error(request: HttpRequest) -> HttpResponse:
    """A 500 page that needs no database and no context processors."""
    from django.template import loader

    return HttpResponse(loader.get_template("500.html").render(), status=500)


@require_safe
def robots_txt(request: HttpRequest) -> HttpResponse:
    """Let search engines read the public catalogue, not members' or editors' pages."""
    lines = [
        "User-agent: *",
        "Disallow: /accounts/",
        "Disallow: /admin/",
        "Disallow: /practices/submit/",
        "Disallow: /trainings/submit/",
        "Allow: /",
        f"Sitemap: {request.build_absolute_uri('/sitemap.xml')}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@login_required
def delete_account(request: HttpRequest) -> HttpResponse:
    """Erase the member's account after they re-enter their password and tick a box."""
    form = DeleteAccountForm(request.POST or None, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.delete_member(request.user)
        logout(request)
        messages.success(request, _("Your account and your data have been deleted. Take care."))
        return redirect("home")
    return render(request, "pages/delete_account.html", {"form": form})


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    """The privacy notice, in plain language."""
    return render(
        request,
        "pages/privacy.html",
        {
            "access_needs_days": settings.RETENTION_ACCESS_NEEDS_DAYS,
            "unverified_days": settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS,
            "session_days": settings.SESSION_COOKIE_AGE // 86400,
            "contact_email": settings.CONTACT_EMAIL,
        },
    )


@require_safe
def accessibility(request: HttpRequest) -> HttpResponse:
    """The accessibility statement: what we aim for, what we know falls short, whom to tell."""
    return render(request, "pages/accessibility.html", {"contact_email": settings.CONTACT_EMAIL})
