import django.contrib.postgres.search
from django.contrib.postgres.search import SearchVector
from django.db import migrations
from django.db.models import Value

# As countries.models.profile_vector() was when this migration was written.
WEIGHTED_FIELDS = [
    ("summary", "B"),
    ("occupation", "C"),
    ("certification", "C"),
    ("funding", "C"),
    ("networks", "C"),
]


def fill_search_vectors(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    from django.utils import translation
    from django_countries import countries

    CountryProfile = apps.get_model("countries", "CountryProfile")
    for profile in CountryProfile.objects.all():
        with translation.override("en"):
            name = countries.name(profile.country_id) or profile.country_id
        vector = SearchVector(Value(name), weight="A", config="english")
        for field, weight in WEIGHTED_FIELDS:
            vector += SearchVector(field, weight=weight, config="english")
        CountryProfile.objects.filter(pk=profile.pk).update(search_vector=vector)


def create_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            "CREATE INDEX IF NOT EXISTS countryprofile_search_gin ON countries_countryprofile "
            "USING gin (search_vector) WHERE status = 'published'"
        )


def drop_postgres_indexes(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("DROP INDEX IF EXISTS countryprofile_search_gin")


class Migration(migrations.Migration):
    dependencies = [("countries", "0002_editors")]

    operations = [
        migrations.AddField(
            model_name="countryprofile",
            name="search_vector",
            field=django.contrib.postgres.search.SearchVectorField(editable=False, null=True),
        ),
        migrations.RunPython(fill_search_vectors, migrations.RunPython.noop),
        migrations.RunPython(create_postgres_indexes, drop_postgres_indexes),
    ]
