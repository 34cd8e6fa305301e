"""Demo accounts for trying the site locally."""

import secrets

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group

from .editors import EDITORS_GROUP
from .models import User

DEMO_EDITOR_EMAIL = "editor@example.org"


def seed_editor() -> tuple[User, str, str]:
    """Create or refresh the demo editor; return it with a fresh password and TOTP secret."""
    editor, _ = User.objects.update_or_create(
        email=DEMO_EDITOR_EMAIL,
        defaults={"display_name": "Demo Editor", "is_staff": True, "is_active": True},
    )
    password = secrets.token_urlsafe(12)
    editor.set_password(password)
    editor.save(update_fields=["password"])
    editor.groups.add(Group.objects.get(name=EDITORS_GROUP))
    EmailAddress.objects.update_or_create(
        user=editor, email=DEMO_EDITOR_EMAIL, defaults={"verified": True, "primary": True}
    )
    # Editors need a second factor for the admin: give the demo editor one to try it with.
    Authenticator.objects.filter(user=editor).delete()
    secret = generate_totp_secret()
    TOTP.activate(editor, secret)
    return editor, password, secret
