from django.db import migrations

from accounts.editors import grant


def let_editors_read_the_audit_log(apps, schema_editor):
    grant(apps, "admin", ["logentry"], actions=("view",))


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_languages_and_editors"),
        ("admin", "0003_logentry_add_action_flag_choices"),
    ]

    operations = [migrations.RunPython(let_editors_read_the_audit_log, migrations.RunPython.noop)]
