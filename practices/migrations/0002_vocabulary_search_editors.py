from django.contrib.postgres.operations import TrigramExtension
from django.db import migrations

from practices import reference

POSTGRES_INDEXES = [
    # Full-text search over published practices (the vector is weighted title > summary > text).
    "CREATE INDEX IF NOT EXISTS practice_search_gin ON practices_practice "
    "USING gin (search_vector) WHERE status = 'published'",
    # Typo-tolerant matching of titles.
    "CREATE INDEX IF NOT EXISTS practice_title_trgm ON practices_practice "
    "USING gin (title gin_trgm_ops)",
]


def add_vocabulary(apps, schema_editor):
    reference.add_vocabulary(apps)


def grant_editors(apps, schema_editor):
    reference.grant_editors(apps)


def create_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for statement in POSTGRES_INDEXES:
        schema_editor.execute(statement)


def drop_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS practice_search_gin")
    schema_editor.execute("DROP INDEX IF EXISTS practice_title_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0001_initial"),
        ("accounts", "0004_country"),
    ]

    operations = [
        TrigramExtension(),
        migrations.RunPython(add_vocabulary, migrations.RunPython.noop),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
        migrations.RunPython(create_postgres_indexes, drop_postgres_indexes),
    ]
