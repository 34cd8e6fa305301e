from django.core.management.base import BaseCommand

from digests.services import send_digests
from digests.tasks import send_weekly_digests


class Command(BaseCommand):
    help = (
        "E-mail each member who is due one a digest of what is new in the countries, "
        "peer-support types and focus areas they follow. Safe to run often: nobody gets "
        "more than one digest a week, and nothing twice."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Only count who would get a digest (and print the first one); send nothing.",
        )
        parser.add_argument(
            "--enqueue",
            action="store_true",
            help="Hand the work to the task worker (manage.py db_worker) instead of doing it here.",
        )

    def handle(self, *args, dry_run: bool, enqueue: bool, **options):
        if enqueue and not dry_run:
            send_weekly_digests.enqueue()
            self.stdout.write("Digests queued for the task worker.")
            return
        outcome = send_digests(dry_run=dry_run)
        if dry_run:
            self.stdout.write(
                f"Would send {outcome.sent} digests "
                f"({outcome.checked} members due, {outcome.nothing_new} with nothing new)."
            )
            if outcome.messages and options["verbosity"] > 1:
                first = outcome.messages[0]
                self.stdout.write(f"\nSubject: {first.subject}\n\n{first.text}")
            return
        self.stdout.write(
            f"Sent {outcome.sent} digests "
            f"({outcome.checked} members due, {outcome.nothing_new} with nothing new)."
        )
