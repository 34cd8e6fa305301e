"""Withdraw seat offers that were not answered in time and offer them on.

Run it every few minutes from cron (or the task worker), for example:
    */5 * * * *  cd /srv/resource-centre && .venv/bin/python manage.py expire_offers
"""

from django.core.management.base import BaseCommand

from workshops.services import expire_offers


class Command(BaseCommand):
    help = "Withdraw unanswered seat offers and offer the seats to the next people waiting."

    def handle(self, *args, **options):
        outcomes = expire_offers()
        moved = sum(len(outcome.offered) for outcome in outcomes)
        self.stdout.write(f"{len(outcomes)} offers expired; {moved} seats offered on.")
