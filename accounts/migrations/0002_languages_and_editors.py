from django.db import migrations

from accounts.editors import grant
from accounts.languages import LANGUAGES


def add_languages(apps, schema_editor):
    Language = apps.get_model("accounts", "Language")
    for code, name in LANGUAGES.items():
        Language.objects.update_or_create(code=code, defaults={"name": name})


def create_editors(apps, schema_editor):
    # Editors curate content; they never manage members, groups or permissions.
    grant(apps, "accounts", ["language"], actions=("add", "change", "view"))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(add_languages, migrations.RunPython.noop),
        migrations.RunPython(create_editors, migrations.RunPython.noop),
    ]
