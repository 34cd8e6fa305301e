"""Demo catalogue: invented organisations and practices (see demo_content.py)."""

from datetime import timedelta

from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Country, Language

from .demo_content import ORGANISATIONS, PRACTICES
from .demo_translations import seed_translations
from .models import (
    FocusArea,
    Link,
    Mechanism,
    Organisation,
    Outcome,
    PeerSupportType,
    Practice,
    Reference,
    Status,
    TargetGroup,
)


def seed_practices() -> int:
    """Create or refresh the demo organisations and practices; return how many practices."""
    organisations = {}
    for data in ORGANISATIONS:
        organisations[data["key"]], _ = Organisation.objects.update_or_create(
            slug=slugify(data["name"]),
            defaults={
                "name": data["name"],
                "country": Country.objects.get(code=data["country"]),
                "website": data["website"],
                "description": data["description"],
                "contact_email": data["contact_email"],
                "contact_email_public": data["contact_email_public"],
            },
        )
    terms = {
        model: {term.slug: term for term in model.objects.all()}
        for model in (PeerSupportType, FocusArea, TargetGroup, Mechanism, Outcome)
    }
    now = timezone.now()
    for n, data in enumerate(PRACTICES):
        published = now - timedelta(days=3 * n + 1)
        practice, _ = Practice.objects.update_or_create(
            slug=slugify(data["title"])[:200],
            defaults={
                "title": data["title"],
                "summary": data["summary"],
                "description": data["description"],
                "organisation": organisations[data["organisation"]],
                "delivery_mode": data["mode"],
                "setting": data["setting"],
                "year_started": data["year_started"],
                "activity_status": data["activity_status"],
                "evidence_level": data["evidence"],
                "peer_led": data["peer_led"],
                "contact_name": data["contact_name"],
                "status": Status.PUBLISHED,
                "published_at": published,
                "last_verified": (published + timedelta(days=n % 5)).date(),
            },
        )
        practice.countries.set(data["countries"])
        practice.types.set([terms[PeerSupportType][slug] for slug in data["types"]])
        practice.focus_areas.set([terms[FocusArea][slug] for slug in data["focus"]])
        practice.target_groups.set([terms[TargetGroup][slug] for slug in data["groups"]])
        practice.mechanisms.set([terms[Mechanism][slug] for slug in data["mechanisms"]])
        practice.outcomes.set([terms[Outcome][slug] for slug in data["outcomes"]])
        practice.languages.set(Language.objects.filter(code__in=data["languages"]))
        practice.materials_languages.set(
            Language.objects.filter(code__in=data["materials_languages"])
        )
        practice.references.all().delete()
        Reference.objects.bulk_create(
            Reference(practice=practice, **reference) for reference in data["references"]
        )
        practice.links.all().delete()
        Link.objects.bulk_create(Link(practice=practice, **link) for link in data["links"])
    seed_translations()
    return len(PRACTICES)
