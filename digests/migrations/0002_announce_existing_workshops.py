from django.db import migrations
from django.utils import timezone


def announce_existing(apps, schema_editor):
    # Events scheduled before the digests existed count as announced when they were created,
    # so the first digests do not list every upcoming event as new.
    Workshop = apps.get_model("workshops", "Workshop")
    WorkshopAnnouncement = apps.get_model("digests", "WorkshopAnnouncement")
    scheduled = Workshop.objects.filter(status="scheduled", end__gte=timezone.now())
    WorkshopAnnouncement.objects.bulk_create(
        [
            WorkshopAnnouncement(workshop_id=pk, announced_at=created)
            for pk, created in scheduled.values_list("pk", "created")
        ],
        ignore_conflicts=True,
    )


class Migration(migrations.Migration):
    dependencies = [("digests", "0001_initial")]

    operations = [migrations.RunPython(announce_existing, migrations.RunPython.noop)]
