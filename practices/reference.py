"""The catalogue's reference data: first vocabularies, their translations and the editors'
permissions."""

import json
from pathlib import Path

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
# locale/<code>/vocabulary.json: {"app_label.Model": {slug: [name, description]}} for the
# taxonomies as first seeded (editors curate the translations in the admin afterwards).
LOCALE = Path(__file__).resolve().parent.parent / "locale"


def add_vocabulary(apps) -> None:
    for model_name, terms in TAXONOMIES.items():
        model = apps.get_model("practices", model_name)
        for position, (slug, name, description) in enumerate(terms):
            model.objects.update_or_create(
                slug=slug, defaults={"name": name, "description": description, "position": position}
            )


def vocabulary_translations() -> dict[str, dict[str, dict[str, list[str]]]]:
    """The seeded translations of the taxonomies, by language code."""
    return {
        path.parent.name: json.loads(path.read_text(encoding="utf-8"))
        for path in sorted(LOCALE.glob("*/vocabulary.json"))
    }


def add_term_translations(apps, app_label: str) -> None:
    """Give the seeded terms of ``app_label``'s taxonomies their seeded translations."""
    for code, taxonomies in vocabulary_translations().items():
        for label, terms in taxonomies.items():
            app, model_name = label.split(".")
            if app != app_label:
                continue
            model = apps.get_model(app, model_name)
            translations = apps.get_model(app, f"{model_name}Translation")
            for pk, slug in model.objects.filter(slug__in=terms).values_list("pk", "slug"):
                name, description = terms[slug]
                translations.objects.update_or_create(
                    master_id=pk,
                    language_code=code,
                    defaults={"translated_name": name, "translated_description": description},
                )


def grant_editors(apps) -> None:
    grant(apps, "practices", EDITED_MODELS)
