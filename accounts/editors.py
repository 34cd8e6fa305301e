"""The "Editors" group: who curates content in the admin, and with which permissions.

Each app's data migration calls :func:`grant` for its own models, so the group gains the
permissions of a model in the same migration run that creates the model.
"""

EDITORS_GROUP = "Editors"
ACTIONS = ("add", "change", "delete", "view")


def grant(apps, app_label: str, model_names: list[str], actions=ACTIONS) -> None:
    """Give the Editors group the given permissions on models of one app (for migrations)."""
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations ran; create them now. A
    # migration state's app config has no models module, which create_permissions needs.
    app_config = apps.get_app_config(app_label)
    models_module = getattr(app_config, "models_module", None)
    app_config.models_module = models_module or True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = models_module
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=EDITORS_GROUP)
    codenames = [f"{action}_{model}" for model in model_names for action in actions]
    group.permissions.add(
        *Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    )
