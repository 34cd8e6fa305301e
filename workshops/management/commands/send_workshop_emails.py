"""Send reminders before events and materials after them; each member gets each once.

Run it every hour from cron (or the task worker):
    0 * * * *  cd /srv/resource-centre && .venv/bin/python manage.py send_workshop_emails
"""

from django.core.management.base import BaseCommand

from workshops.services import send_follow_ups, send_reminders


class Command(BaseCommand):
    help = "Send 24-hour reminders and after-event messages that are due."

    def handle(self, *args, **options):
        reminded, followed_up = send_reminders(), send_follow_ups()
        self.stdout.write(f"{reminded} reminders and {followed_up} after-event messages sent.")
