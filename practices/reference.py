"""The catalogue's reference data: first vocabularies and the editors' permissions."""

from accounts.editors import grant

from .vocabulary import TAXONOMIES

EDITED_MODELS = [
    "peersupporttype",
    "focusarea",
    "targetgroup",
    "mechanism",
    "outcome",
    "organisation",
    "practice",
    "reference",
    "link",
    "resource",
]


def add_vocabulary(apps) -> None:
    for model_name, terms in TAXONOMIES.items():
        model = apps.get_model("practices", model_name)
        for position, (slug, name, description) in enumerate(terms):
            model.objects.update_or_create(
                slug=slug, defaults={"name": name, "description": description, "position": position}
            )


def grant_editors(apps) -> None:
    grant(apps, "practices", EDITED_MODELS)
