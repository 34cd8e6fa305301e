from django.db import migrations

from accounts import reference


def forwards(apps, schema_editor):
    reference.name_site(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_languages_and_editors"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
