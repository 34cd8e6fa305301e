"""The member's own pages."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from .forms import ProfileForm
from .services import export_member_data


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
