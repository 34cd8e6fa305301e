"""The country profiles' reference data: the editors' permissions."""

from accounts.editors import grant


def grant_editors(apps) -> None:
    # Editors write and correct profiles; deleting one is left to administrators.
    grant(apps, "countries", ["countryprofile"], actions=("add", "change", "view"))
