"""The member's page of what they follow, and following from the country pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from resource_centre.redirects import redirect_back

from .forms import FollowForm
from .models import FollowKind
from .services import digest_consent_active, follow, unfollow


@login_required
def following(request: HttpRequest) -> HttpResponse:
    """What the member follows, a form to follow more, and whether the digest is on."""
    member = request.user
    consent = digest_consent_active(member)
    data = request.POST if request.method == "POST" else None
    form = FollowForm(data, ask_consent=not consent)
    if request.method == "POST" and form.is_valid():
        targets = form.targets()
        added = follow(
            member=member, targets=targets, consent=form.cleaned_data.get("digest_consent", False)
        )
        names = ", ".join(str(target) for target in targets)
        if added:
            messages.success(request, _("You now follow %(names)s.") % {"names": names})
        else:
            messages.info(request, _("You already follow %(names)s.") % {"names": names})
        if not digest_consent_active(member):
            messages.info(
                request,
                _("You will not get the weekly digest until you agree to receive it."),
            )
        return _back(request)
    follows = list(member.follows.for_display())
    follows.sort(key=lambda f: (list(FollowKind).index(f.kind), str(f.target).casefold()))
    return render(
        request,
        "digests/following.html",
        {"form": form, "follows": follows, "digest_consent": consent},
    )


@login_required
@require_POST
def stop_following(request: HttpRequest) -> HttpResponse:
    """Stop following what the posted form names."""
    form = FollowForm(request.POST)
    if form.is_valid() and unfollow(member=request.user, targets=form.targets()):
        names = ", ".join(str(target) for target in form.targets())
        messages.success(request, _("You no longer follow %(names)s.") % {"names": names})
    return _back(request)


def _back(request: HttpRequest) -> HttpResponse:
    # Forms on other pages (a country's) send the member back there.
    return redirect_back(request, "digests:following")
