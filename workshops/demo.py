"""Demo events: upcoming and past, in several countries and languages, one of them full,
each linked to the demo practices it is about and the programmes that teach them."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.text import slugify

from accounts.models import Language
from practices.demo_content import ORGANISATIONS
from practices.models import Organisation, Practice
from trainings.models import TrainingProgramme

from .models import AttendanceMode, Kind, Registration, RegistrationStatus, Workshop, WorkshopStatus

EVENTS = [
    {
        "title": "Boundaries without walls: a webinar for new peer workers",
        "kind": Kind.WEBINAR,
        "days": 9,
        "hour": 17,
        "zone": "Europe/Amsterdam",
        "organiser": "lantaarn",
        "capacity_online": 8,
        "registered": 3,
        "languages": ["en"],
        "interpretation": ["nl"],
        "summary": "Peer workers from three countries talk about staying close to people "
        "without carrying everything home, with time for your own questions.",
        "practices": [
            "Ward-based peer support workers at a Budapest psychiatric hospital",
            "Peer workers in municipal alcohol and drug treatment in Aarhus",
            "First Thirty Days: peer support after leaving psychiatric hospital in Glasgow",
        ],
        "trainings": [
            "Peer Support Worker Certificate for hospital and community teams in Budapest",
            "Ervaringswerker in de wijk: a vocational programme for experts by experience in "
            "community mental health",
            "Certificate in Peer Support after Hospital Discharge, Glasgow",
        ],
    },
    {
        "title": "Recovery colleges across borders: a hybrid day in Gent",
        "kind": Kind.HYBRID,
        "days": 24,
        "hour": 10,
        "zone": "Europe/Brussels",
        "organiser": "brugwerk",
        "city": "Gent",
        "country": "BE",
        "venue": "Learning house, second floor (step-free entrance on the side street)",
        "capacity_in_person": 25,
        "capacity_online": 60,
        "registered": 6,
        "languages": ["en", "nl"],
        "interpretation": ["fr"],
        "summary": "Co-trainers and students from four recovery colleges share how they write "
        "courses together, in the room and online.",
        "practices": [
            "A learning house on recovery in Gent",
            "Riverside Recovery College: co-produced courses in Bristol",
            "Leerhuis 16-25: a recovery college run by and for young Rotterdammers",
            "Učimo se skupaj: a pilot recovery college in Ljubljana and Maribor",
        ],
        "trainings": [
            "Peer Tutor Development Programme at Riverside Recovery College",
            "Teaching together: a course for peer co-trainers in recovery education in Ljubljana",
        ],
    },
    {
        "title": "Peer listening on the night line: an evening with Finnish volunteers",
        "kind": Kind.WEBINAR,
        "days": 5,
        "hour": 18,
        "zone": "Europe/Helsinki",
        "organiser": "kivijalka",
        "capacity_online": 4,
        "registered": 6,
        "languages": ["en", "fi"],
        "interpretation": [],
        "summary": "Volunteers who answer a peer-run evening line describe how they prepare, "
        "debrief and look after themselves.",
        "practices": [
            "Iltalinja: a bilingual peer warmline for adults in Finland",
            "Harbour Lines warmline: evening calls with a peer in the west of Scotland",
            "Kvällsrösten: a warmline answered by older volunteers in western Sweden",
        ],
        "trainings": [
            "Iltalinja volunteer course: answering a peer warmline in Finnish or Swedish"
        ],
    },
    {
        "title": "Trialogue in practice: a workshop in Pécs",
        "kind": Kind.WORKSHOP,
        "days": 40,
        "hour": 9,
        "zone": "Europe/Budapest",
        "organiser": "mecsek-circle",
        "city": "Pécs",
        "country": "HU",
        "venue": "Community hall of the recovery circle",
        "capacity_in_person": 30,
        "registered": 4,
        "languages": ["hu", "en"],
        "interpretation": ["de"],
        "summary": "People with experience of psychosis, relatives and clinicians run a "
        "trialogue together and reflect on what makes it work.",
        "practices": [
            "Trialogue evenings for families, service users and clinicians in Pécs",
            "Open trialogue seminars in Graz",
        ],
        "trainings": [
            "Moderating trialogue: a practice course for people with psychosis experience, "
            "relatives and professionals",
            "Sharing the facilitator's chair: a course for recovery group members in Pécs",
        ],
    },
    {
        "title": "Starting a peer group for young people: what we learned",
        "kind": Kind.WEBINAR,
        "days": -20,
        "hour": 16,
        "zone": "Europe/Lisbon",
        "organiser": "caminho",
        "capacity_online": 80,
        "registered": 12,
        "languages": ["en", "pt"],
        "interpretation": [],
        "summary": "Three youth peer groups share their first year: finding members, keeping "
        "it safe and handing over to the next facilitators.",
        "practices": [
            "Saari: small online groups for isolated young people in northern Finland",
            "Leerhuis 16-25: a recovery college run by and for young Rotterdammers",
        ],
        "trainings": [
            "Hosting small online groups: a course for young peer hosts in northern Finland"
        ],
        "materials": "* Slides from the three groups\n* A one-page checklist for a first meeting",
    },
]


def seed_workshops() -> int:
    """Create or refresh the demo events (after the demo practices and programmes) and some
    demo registrations; return how many events."""
    keys = {data["key"]: data["name"] for data in ORGANISATIONS}
    User = get_user_model()
    today = timezone.localdate()
    for data in EVENTS:
        zone = ZoneInfo(data["zone"])
        start = datetime.combine(today + timedelta(days=data["days"]), time(data["hour"]), zone)
        organiser = Organisation.objects.filter(
            slug=slugify(keys.get(data["organiser"], ""))
        ).first()
        workshop, _ = Workshop.objects.update_or_create(
            slug=slugify(data["title"])[:200],
            defaults={
                "title": data["title"],
                "kind": data["kind"],
                "status": WorkshopStatus.SCHEDULED
                if data["days"] > 0
                else WorkshopStatus.COMPLETED,
                "organiser": organiser,
                "summary": data["summary"],
                "description": data["summary"],
                "start": start,
                "end": start + timedelta(hours=2 if data["kind"] == Kind.WEBINAR else 6),
                "time_zone": data["zone"],
                "venue_name": data.get("venue", ""),
                "city": data.get("city", ""),
                "country_id": data.get("country"),
                "join_url": "https://meet.example.org/" + slugify(data["title"])[:40]
                if data["kind"] != Kind.WORKSHOP
                else "",
                "capacity_in_person": data.get("capacity_in_person", 0),
                "capacity_online": data.get("capacity_online", 0),
                "materials": data.get("materials", ""),
            },
        )
        workshop.languages.set(Language.objects.filter(code__in=data["languages"]))
        workshop.interpretation.set(Language.objects.filter(code__in=data["interpretation"]))
        workshop.related_practices.set(Practice.objects.filter(title__in=data["practices"]))
        workshop.related_trainings.set(
            TrainingProgramme.objects.filter(title__in=data["trainings"])
        )
        _demo_registrations(User, workshop, data["registered"])
    return len(EVENTS)


def _demo_registrations(User, workshop: Workshop, count: int) -> None:
    # Demo participants fill seats in order: confirmed while seats last, then the waitlist.
    mode = workshop.modes()[0] if workshop.modes() else AttendanceMode.ONLINE
    capacity = workshop.capacity(mode)
    for n in range(count):
        member, _ = User.objects.get_or_create(
            email=f"participant{n + 1}@example.org",
            defaults={"display_name": f"Demo participant {n + 1}"},
        )
        confirmed = n < capacity
        Registration.objects.get_or_create(
            workshop=workshop,
            member=member,
            status__in=RegistrationStatus.active(),
            defaults={
                "attendance_mode": mode,
                "status": RegistrationStatus.CONFIRMED
                if confirmed
                else RegistrationStatus.WAITLISTED,
                "code_of_conduct": True,
                "created": timezone.now() - timedelta(hours=count - n),
            },
        )
