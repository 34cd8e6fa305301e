"""E-mail from the site: rendered from templates, sent through Django's tasks framework."""

from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string
from django.utils import translation


@task
def send_email(
    *, to: list[str], subject: str, body: str, attachments: list[list[str]] | None = None
) -> None:
    """Send one plain-text message (run by the task backend, maybe in another process).

    ``attachments`` holds [filename, text content, mimetype] triples (task arguments must be
    plain JSON).
    """
    message = EmailMessage(subject=subject, body=body, to=to)
    for filename, content, mimetype in attachments or []:
        message.attach(filename, content, mimetype)
    message.send()


def send_templated_email(
    *,
    to: list[str],
    template: str,
    context: dict,
    attachments: list[list[str]] | None = None,
    language: str | None = None,
) -> None:
    """Render ``<template>_subject.txt`` and ``<template>.txt`` in ``language`` (by default
    the active one) and queue the message."""
    if not to:
        return
    subject, body = render_templated_email(template, context, language=language)
    send_email.enqueue(to=list(to), subject=subject, body=body, attachments=attachments or [])


def render_templated_email(
    template: str, context: dict, *, language: str | None = None
) -> tuple[str, str]:
    """The subject (one line) and body of ``template`` in ``language`` (by default the
    active one)."""
    with translation.override(language or translation.get_language()):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        body = render_to_string(f"{template}.txt", context)
    return subject, body
