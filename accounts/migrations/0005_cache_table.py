from django.core.management import call_command
from django.db import migrations


def create_cache_table(apps, schema_editor):
    # Without Redis the cache (rate limits, the lists' facet index tokens) is a table;
    # creating it here means no deployment can forget it. It does nothing with Redis.
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = [("accounts", "0004_country")]

    operations = [migrations.RunPython(create_cache_table, migrations.RunPython.noop)]
