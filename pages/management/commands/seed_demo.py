"""Fill the database with demo content. Safe to run again: nothing is duplicated."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from accounts.demo import seed_editor
from countries.demo import seed_country_profiles
from practices.demo import seed_practices
from trainings.demo import seed_trainings
from workshops.demo import seed_workshops


class Command(BaseCommand):
    help = "Create demo content and a demo editor account (development only)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even though DEBUG is off. Never use this on a real deployment.",
        )

    def handle(self, *args, force: bool = False, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                "seed_demo adds demo accounts and content; it runs only with DEBUG on "
                "(or with --force on a throw-away database)."
            )
        with transaction.atomic():
            editor, password, secret = seed_editor()
            practices = seed_practices()
            trainings = seed_trainings()
            workshops = seed_workshops()
            profiles = seed_country_profiles()
        self.stdout.write(
            f"Demo content: {practices} practices, {trainings} training programmes, "
            f"{workshops} workshops and webinars, {profiles} country profiles."
        )
        self.stdout.write(f"Demo editor: {editor.email} / {password}")
        self.stdout.write(f"Demo editor TOTP secret: {secret}")
