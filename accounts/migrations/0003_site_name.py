from django.db import migrations


def name_site(apps, schema_editor):
    # allauth greets members by the site's name in every e-mail.
    Site = apps.get_model("sites", "Site")
    Site.objects.update_or_create(
        id=1, defaults={"name": "Peer Support Resource Centre", "domain": "localhost:8000"}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("accounts", "0002_languages_and_editors"),
        ("sites", "0002_alter_domain_unique"),
    ]

    operations = [migrations.RunPython(name_site, migrations.RunPython.noop)]
