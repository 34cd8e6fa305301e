"""Remove personal data past its retention period. Run it daily from cron:

40 3 * * *  cd /srv/resource-centre && .venv/bin/python manage.py apply_retention
"""

from django.conf import settings
from django.core.management.base import BaseCommand

from pages.services import apply_retention


class Command(BaseCommand):
    help = (
        "Delete expired sessions and their records, accounts never verified within "
        "RETENTION_UNVERIFIED_ACCOUNT_DAYS, and access needs RETENTION_ACCESS_NEEDS_DAYS "
        "after their event."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="count what would go, delete nothing"
        )

    def handle(self, *args, dry_run: bool = False, **options):
        pruned = apply_retention(dry_run=dry_run)
        verb = "Would remove" if dry_run else "Removed"
        self.stdout.write(
            f"{verb}: {pruned.sessions} expired sessions, {pruned.session_records} session "
            f"records, {pruned.unverified_accounts} accounts unverified after "
            f"{settings.RETENTION_UNVERIFIED_ACCOUNT_DAYS} days, access needs of "
            f"{pruned.access_needs} registrations {settings.RETENTION_ACCESS_NEEDS_DAYS} days "
            "after their event."
        )
