"""Delete members' access needs once an event is well over (privacy: keep them no longer).

Run it daily from cron:
    30 3 * * *  cd /srv/resource-centre && .venv/bin/python manage.py erase_access_needs
"""

from datetime import timedelta

from django.core.management.base import BaseCommand

from workshops.services import erase_access_needs


class Command(BaseCommand):
    help = "Erase access needs of registrations for events that ended more than N days ago."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, help="days after the event (30)")

    def handle(self, *args, days: int = 30, **options):
        erased = erase_access_needs(older_than=timedelta(days=days))
        self.stdout.write(f"Access needs erased from {erased} registrations.")
