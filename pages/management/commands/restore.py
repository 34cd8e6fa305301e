"""Replace the database and put back the uploaded files from a backup archive."""

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError

from pages.backup import BackupError, database_label, restore_backup


class Command(BaseCommand):
    help = (
        "Restore a backup made by `manage.py backup`: the database is replaced by the "
        "archive's, and its uploaded files are written back. Stop the site and the task "
        "worker first."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The .tar.gz archive written by `manage.py backup`.")
        parser.add_argument(
            "--yes",
            action="store_true",
            help="Do not ask for confirmation (for scripts).",
        )

    def handle(self, *args, archive: str, yes: bool = False, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"{path} is not a file.")
        try:
            result = restore_backup(path, confirm=None if yes else self.confirm)
        except BackupError as error:
            raise CommandError(str(error)) from None
        for note in result.notes:
            self.stderr.write(self.style.WARNING(note))
        self.stdout.write(result.summary())

    def confirm(self, manifest: dict[str, Any]) -> None:
        """Ask an operator at a terminal to type the database name; refuse anyone else."""
        name = database_label()
        if not sys.stdin.isatty():
            raise CommandError(
                f"Restoring replaces everything in the database {name} and writes the "
                "archive's media files. Run again with --yes to go ahead."
            )
        created = manifest.get("created_at", "an unknown date")
        files = manifest.get("media", {}).get("file_count", 0)
        self.stdout.write(
            f"This replaces everything in the {manifest['database']['vendor']} database "
            f"{name} with the backup of {created}, and writes back {files} media files."
        )
        if input(f"Type the database name ({name}) to confirm: ").strip() != name:
            raise CommandError("Not confirmed; nothing was restored.")
