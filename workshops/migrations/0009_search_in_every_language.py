"""Search in every language: entries stemmed in the language they are written in, with their
reviewed translations each stemmed in its own."""

from django.db import migrations

# The configurations as practices.search.SEARCH_CONFIGS had them when this was written.
CONFIGS = {
    "ar": "arabic", "ca": "catalan", "da": "danish", "de": "german", "el": "greek",
    "en": "english", "es": "spanish", "eu": "basque", "fi": "finnish", "fr": "french",
    "ga": "irish", "hu": "hungarian", "hy": "armenian", "it": "italian", "lt": "lithuanian",
    "nl": "dutch", "no": "norwegian", "pt": "portuguese", "ro": "romanian", "ru": "russian",
    "sr": "serbian", "sv": "swedish", "tr": "turkish",
}  # fmt: skip
TABLES = ["practices_practice", "trainings_trainingprogramme", "workshops_workshop"]


def config(column: str) -> str:
    whens = " ".join(f"WHEN '{code}' THEN '{name}'" for code, name in CONFIGS.items())
    return f"(CASE {column} {whens} ELSE 'simple' END)::regconfig"


def document(alias: str, prefix: str, language: str) -> str:
    parts = [
        f"setweight(to_tsvector({config(language)}, COALESCE({alias}.{prefix}{name}, '')), "
        f"'{weight}')"
        for name, weight in (("title", "A"), ("summary", "B"), ("description", "C"))
    ]
    return " || ".join(parts)


def search_in_every_language(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE OR REPLACE AGGREGATE tsvector_agg (tsvector) "
        "(SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '')"
    )
    for table in TABLES:
        schema_editor.execute(
            f"UPDATE {table} AS e SET search_vector = "  # noqa: S608 (constant names)
            f"{document('e', '', 'e.written_in_id')} || COALESCE(("
            f"SELECT tsvector_agg({document('t', 'translated_', 't.language_code')}) "
            f"FROM {table}_translation AS t WHERE t.master_id = e.id AND t.review = 'reviewed'"
            "), '')"
        )


class Migration(migrations.Migration):
    dependencies = [
        ("workshops", "0008_languages_and_translations"),
        ("practices", "0004_term_translations"),
        ("trainings", "0004_term_translations"),
    ]

    operations = [
        migrations.RunPython(search_in_every_language, migrations.RunPython.noop),
    ]
