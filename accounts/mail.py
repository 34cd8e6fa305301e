"""E-mail from the site: rendered from templates, sent through Django's tasks framework."""

from django.core.mail import EmailMessage
from django.tasks import task
from django.template.loader import render_to_string


@task
def send_email(*, to: list[str], subject: str, body: str) -> None:
    """Send one plain-text message (run by the task backend, maybe in another process)."""
    EmailMessage(subject=subject, body=body, to=to).send()


def send_templated_email(*, to: list[str], template: str, context: dict) -> None:
    """Render ``<template>_subject.txt`` and ``<template>.txt`` and queue the message."""
    if not to:
        return
    subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
    body = render_to_string(f"{template}.txt", context)
    send_email.enqueue(to=list(to), subject=subject, body=body)
