from django.db import migrations

from countries import reference


def grant_editors(apps, schema_editor):
    reference.grant_editors(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("countries", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant_editors, migrations.RunPython.noop)]
