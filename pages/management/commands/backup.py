"""Write one archive with the database, the uploaded files and a manifest."""

from django.core.management.base import BaseCommand, CommandError

from pages.backup import BackupError, create_backup, resolve_output


class Command(BaseCommand):
    help = (
        "Back up the database and the uploaded files into one .tar.gz archive, readable by "
        "its owner only (it holds personal data)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--output",
            metavar="PATH",
            help=(
                "Archive file to write, or an existing folder to write "
                "backup-<UTC timestamp>.tar.gz into (default: the current folder)."
            ),
        )

    def handle(self, *args, output: str | None = None, **options):
        try:
            result = create_backup(resolve_output(output))
        except BackupError as error:
            raise CommandError(str(error)) from None
        for note in result.notes:
            self.stderr.write(self.style.WARNING(note))
        self.stdout.write(result.summary())
