"""Reference data every installation needs, written so that data migrations and tests that
empty the database can both (re)create it. Each function takes an app registry."""

from .editors import grant
from .languages import LANGUAGES


def add_languages(apps) -> None:
    Language = apps.get_model("accounts", "Language")
    for code, name in LANGUAGES.items():
        Language.objects.update_or_create(code=code, defaults={"name": name})


def add_countries(apps) -> None:
    from django_countries import countries

    Country = apps.get_model("accounts", "Country")
    Country.objects.bulk_create(
        [Country(code=code) for code, _ in countries], ignore_conflicts=True
    )


def name_site(apps) -> None:
    # allauth greets members by the site's name in every e-mail.
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        id=1, defaults={"name": "Peer Support Resource Centre", "domain": "localhost:8000"}
    )


def create_editors(apps) -> None:
    # Editors curate content; they never manage members, groups or permissions.
    grant(apps, "accounts", ["language"], actions=("add", "change", "view"))
    grant(apps, "accounts", ["country"], actions=("view",))
