"""The digests' background work: the weekly run, and each e-mail it sends."""

from django.core.mail import EmailMultiAlternatives
from django.tasks import task


@task
def send_digest_email(*, to: list[str], subject: str, text: str, html: str, unsubscribe_url: str):
    """Send one digest, in text and HTML, with the one-click unsubscribe headers (RFC 8058)."""
    message = EmailMultiAlternatives(
        subject=subject,
        body=text,
        to=to,
        headers={
            "List-Unsubscribe": f"<{unsubscribe_url}>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        },
    )
    message.attach_alternative(html, "text/html")
    message.send()


@task
def send_weekly_digests() -> int:
    """Send the digests that are due (what ``manage.py send_digests`` does); returns how many."""
    from .services import send_digests

    return send_digests().sent
