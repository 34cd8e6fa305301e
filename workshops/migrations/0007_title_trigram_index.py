from django.db import migrations


def create_postgres_indexes(apps, schema_editor):
    # The site-wide search falls back to similar titles when no word matches as typed; without
    # this index that fallback reads every event's title.
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS workshop_title_trgm ON workshops_workshop "
            "USING gin (title gin_trgm_ops)"
        )


def drop_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS workshop_title_trgm")


class Migration(migrations.Migration):
    dependencies = [("workshops", "0006_facilitators")]

    operations = [migrations.RunPython(create_postgres_indexes, drop_postgres_indexes)]
