"""The member's own pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_safe

from .forms import ConsentForm, ProfileForm
from .services import (
    export_member_data,
    read_unsubscribe_token,
    set_consents,
    withdraw_consent,
)


@login_required
def profile(request: HttpRequest) -> HttpResponse:
    """Show and update the signed-in member's profile."""
    form = ProfileForm(request.POST or None, instance=request.user)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, _("Your profile has been saved."))
        return redirect("accounts:profile")
    return render(request, "accounts/profile.html", {"form": form})


@login_required
def submissions(request: HttpRequest) -> HttpResponse:
    """Everything the member has shared, with where each stands in review."""
    fields = ["title", "slug", "status", "editor_comment", "updated", "submitted_by"]
    user = request.user
    return render(
        request,
        "accounts/submissions.html",
        {
            "practices": user.submitted_practices.order_by("-updated").only(*fields),
            "trainings": user.submitted_trainingprogrammes.order_by("-updated").only(*fields),
        },
    )


@login_required
@require_safe
def data_export(request: HttpRequest) -> HttpResponse:
    """Everything we hold about the member, as a JSON download."""
    data = export_member_data(request.user)
    response = JsonResponse(data, json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = 'attachment; filename="my-data.json"'
    response["Cache-Control"] = "no-store"
    return response


@login_required
def privacy_settings(request: HttpRequest) -> HttpResponse:
    """Where a member downloads their data or deletes their account."""
    return render(request, "accounts/privacy.html")


@login_required
def communications(request: HttpRequest) -> HttpResponse:
    """The optional e-mails the member agrees to, and their record of past consents."""
    member = request.user
    active = list(member.consents.active().values_list("purpose", flat=True))
    data = request.POST if request.method == "POST" else None  # unticking all posts nothing
    form = ConsentForm(data, initial={"purposes": active})
    if request.method == "POST" and form.is_valid():
        given, withdrawn = set_consents(member=member, purposes=set(form.cleaned_data["purposes"]))
        if given or withdrawn:
            messages.success(request, _("Your choices have been saved."))
        else:
            messages.info(request, _("Nothing changed."))
        return redirect("accounts:communications")
    history = member.consents.order_by("-given_at", "-pk")
    return render(request, "accounts/communications.html", {"form": form, "history": history})


# Mail programs send one-click unsubscribe requests (RFC 8058) without a CSRF token; the
# signed token in the address is what authorises the request.
@csrf_exempt
@require_http_methods(["GET", "HEAD", "POST"])
def unsubscribe(request: HttpRequest, token: str) -> HttpResponse:
    """Withdraw one consent from the link in an e-mail, without signing in."""
    found = read_unsubscribe_token(token)
    if found is None:
        return render(request, "accounts/unsubscribe_invalid.html", status=404)
    member, purpose = found
    if request.method == "POST":
        withdraw_consent(member=member, purpose=purpose)
        return render(request, "accounts/unsubscribed.html", {"purpose": purpose})
    return render(request, "accounts/unsubscribe.html", {"purpose": purpose, "token": token})
