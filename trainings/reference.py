"""The training directory's reference data: audiences and the editors' permissions."""

from accounts.editors import grant

AUDIENCES = [
    ("aspiring-peer-workers", "Aspiring peer workers",
     "People with lived experience who want to work or volunteer as peer supporters."),
    ("practising-peer-workers", "Practising peer workers",
     "Peer workers who want to deepen or renew their skills."),
    ("supervisors", "Supervisors of peer workers",
     "People who supervise, coach or manage peer workers."),
    ("services-employers", "Services and employers",
     "Teams and organisations that employ, or plan to employ, peer workers."),
    ("carers", "Carers", "Family members and friends who support someone."),
]  # fmt: skip

EDITED_MODELS = ["audience", "trainingprogramme", "module"]


def add_audiences(apps) -> None:
    Audience = apps.get_model("trainings", "Audience")
    for position, (slug, name, description) in enumerate(AUDIENCES):
        Audience.objects.update_or_create(
            slug=slug, defaults={"name": name, "description": description, "position": position}
        )


def grant_editors(apps) -> None:
    grant(apps, "trainings", EDITED_MODELS)
