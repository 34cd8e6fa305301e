from django.db import migrations

from accounts.editors import grant


def grant_editors(apps, schema_editor):
    grant(apps, "workshops", ["workshop", "registration"])


def create_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS workshop_search_gin ON workshops_workshop "
            "USING gin (search_vector)"
        )


def drop_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS workshop_search_gin")


class Migration(migrations.Migration):
    dependencies = [("workshops", "0002_search")]

    operations = [
        migrations.RunPython(grant_editors, migrations.RunPython.noop),
        migrations.RunPython(create_postgres_indexes, drop_postgres_indexes),
    ]
