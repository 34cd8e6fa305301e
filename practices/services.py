"""Writes that touch several rows: member submissions and the editors' decisions on them."""

from __future__ import annotations

import logging

from django.contrib.auth import get_user_model
from django.db import transaction
from django.urls import reverse
from django.utils import translation
from django.utils.text import slugify

from accounts.editors import EDITORS_GROUP
from accounts.mail import send_templated_email

from .facet_index import mark_changed
from .models import Status

log = logging.getLogger(__name__)


class WorkflowError(Exception):
    """A workflow step that is not allowed from the entry's current state."""


def unique_slug(model, title: str, *, exclude_pk=None) -> str:
    """A slug made from the title, with a number added when it is taken."""
    base = slugify(title)[:200] or "entry"
    slug, n = base, 2
    taken = model.objects.exclude(pk=exclude_pk).filter
    while taken(slug=slug).exists():
        slug, n = f"{base}-{n}", n + 1
    return slug


def editor_addresses() -> list[str]:
    """Where to tell editors that something waits for review."""
    User = get_user_model()
    return list(
        User.objects.filter(groups__name=EDITORS_GROUP, is_active=True, is_staff=True)
        .values_list("email", flat=True)
        .distinct()
    )


def submit(*, form, user, request, kind: str, translations=None):
    """Save a member's new or edited submission (and the translations formset given) and put
    it in review; tell the editors."""
    entry = form.instance
    if entry.pk and entry.status not in (Status.DRAFT, Status.REVIEW):
        raise WorkflowError("Only a draft or an entry in review can be changed by its author.")
    with transaction.atomic():
        entry = form.save(commit=False)
        if not entry.slug:
            entry.slug = unique_slug(type(entry), entry.title)
        entry.submitted_by = user
        entry.status = Status.REVIEW
        entry.save()
        form.save_m2m()
        if translations is not None:
            translations.instance = entry
            translations.save()
    mark_changed(entry.facet_index)
    log.info("%s %s submitted for review", kind, entry.pk)
    admin_url = request.build_absolute_uri(
        reverse(f"admin:{entry._meta.app_label}_{entry._meta.model_name}_change", args=[entry.pk])
    )
    send_templated_email(
        to=editor_addresses(),
        template="practices/email/submitted_to_editors",
        context={
            "entry": entry,
            "is_practice": entry._meta.model_name == "practice",
            "admin_url": admin_url,
        },
    )
    return entry


def publish(*, entries, request=None) -> list:
    """Publish entries; tell each submitting member. Returns the entries that changed."""
    changed = []
    pks = list(entries.values_list("pk", flat=True))
    with transaction.atomic():
        # Lock the rows themselves (the caller's queryset may carry joins or DISTINCT).
        locked = entries.model.objects.select_for_update().filter(pk__in=pks)
        for entry in locked.exclude(status=Status.PUBLISHED):
            entry.publish()
            entry.save()
            changed.append(entry)
    for entry in changed:
        notify_published(entry=entry, request=request)
    log.info("published %d entries", len(changed))
    return changed


def send_back(*, entry, comment: str, request=None) -> None:
    """Return a submission to its author as a draft, with the editor's comment."""
    if not comment.strip():
        raise WorkflowError("Say what should change before sending an entry back.")
    with transaction.atomic():
        entry.status = Status.DRAFT
        entry.editor_comment = comment.strip()
        entry.save(update_fields=["status", "editor_comment", "updated"])
    notify_sent_back(entry=entry, request=request)


def archive(*, entries) -> int:
    """Take entries off the public site without deleting them."""
    changed = entries.exclude(status=Status.ARCHIVED).update(status=Status.ARCHIVED)
    mark_changed(entries.model.facet_index)
    return changed


def notify_published(*, entry, request=None) -> None:
    """Tell the member who submitted the entry that it is public now."""
    _tell_submitter(entry, "practices/email/published", request)


def notify_sent_back(*, entry, request=None) -> None:
    """Tell the member who submitted the entry what the editors would like changed."""
    _tell_submitter(entry, "practices/email/sent_back", request)


def _tell_submitter(entry, template: str, request) -> None:
    """Write to the submitting member in their language, linking to the page in it."""
    member = entry.submitted_by
    if not member or not member.is_active:
        return
    with translation.override(member.email_language()):
        path = entry.get_absolute_url() if entry.is_public else reverse("accounts:submissions")
        url = request.build_absolute_uri(path) if request else path
        send_templated_email(
            to=[member.email],
            template=template,
            context={"entry": entry, "url": url, "member": member},
        )
