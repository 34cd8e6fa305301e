"""Demo training directory: invented programmes by the demo organisations (demo_content.py)."""

from datetime import timedelta
from decimal import Decimal

from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Language
from practices.demo_content import ORGANISATIONS
from practices.models import FocusArea, Organisation, PeerSupportType, Practice, Status

from .demo_content import PROGRAMMES
from .models import Audience, Module, TrainingProgramme


def seed_trainings() -> int:
    """Create or refresh the demo programmes (after the demo practices); return how many."""
    providers = {
        data["key"]: Organisation.objects.get(slug=slugify(data["name"])) for data in ORGANISATIONS
    }
    audiences = {a.slug: a for a in Audience.objects.all()}
    types = {t.slug: t for t in PeerSupportType.objects.all()}
    focus = {f.slug: f for f in FocusArea.objects.all()}
    now = timezone.now()
    for n, data in enumerate(PROGRAMMES):
        published = now - timedelta(days=5 * n + 2)
        amount = data["cost_amount"]
        programme, _ = TrainingProgramme.objects.update_or_create(
            slug=slugify(data["title"])[:200],
            defaults={
                "title": data["title"],
                "provider": providers[data["provider"]],
                "summary": data["summary"],
                "description": data["description"],
                "format": data["format"],
                "accredited": data["accredited"],
                "accrediting_body": data["accrediting_body"],
                "credits": data["credits"],
                "delivery_mode": data["mode"],
                "hours": data["hours"],
                "prerequisites": data["prerequisites"],
                "cost_amount": Decimal(str(amount)) if amount is not None else None,
                "cost_currency": data["cost_currency"],
                "schedule": data["schedule"],
                "enrol_url": data["enrol_url"],
                "status": Status.PUBLISHED,
                "published_at": published,
                "last_verified": (published + timedelta(days=n % 4)).date(),
            },
        )
        programme.countries.set(data["countries"])
        programme.languages.set(Language.objects.filter(code__in=data["languages"]))
        programme.audiences.set([audiences[slug] for slug in data["audiences"]])
        programme.types.set([types[slug] for slug in data["types"]])
        programme.focus_areas.set([focus[slug] for slug in data["focus"]])
        programme.related_practices.set(
            Practice.objects.filter(title__in=data["related_practices"])
        )
        programme.modules.all().delete()
        Module.objects.bulk_create(
            Module(programme=programme, position=position, **module)
            for position, module in enumerate(data["modules"], start=1)
        )
    return len(PROGRAMMES)
