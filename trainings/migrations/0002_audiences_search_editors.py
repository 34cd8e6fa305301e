from django.db import migrations

from trainings import reference


def add_audiences(apps, schema_editor):
    reference.add_audiences(apps)


def grant_editors(apps, schema_editor):
    reference.grant_editors(apps)


def create_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS training_search_gin ON trainings_trainingprogramme "
        "USING gin (search_vector) WHERE status = 'published'"
    )
    schema_editor.execute(
        "CREATE INDEX IF NOT EXISTS training_title_trgm ON trainings_trainingprogramme "
        "USING gin (title gin_trgm_ops)"
    )


def drop_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("DROP INDEX IF EXISTS training_search_gin")
    schema_editor.execute("DROP INDEX IF EXISTS training_title_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("trainings", "0001_initial"),
        ("practices", "0002_vocabulary_search_editors"),
    ]

    operations = [
        migrations.RunPython(add_audiences, migrations.RunPython.noop),
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
        migrations.RunPython(create_postgres_indexes, drop_postgres_indexes),
    ]
