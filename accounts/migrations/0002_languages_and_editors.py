from django.db import migrations

from accounts import reference


def forwards(apps, schema_editor):
    reference.add_languages(apps)
    # The country permissions come with 0004, where the model is created.
    from accounts.editors import grant

    grant(apps, "accounts", ["language"], actions=("add", "change", "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
