"""WSGI entry point, used by gunicorn: ``gunicorn resource_centre.wsgi``."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resource_centre.settings")

application = get_wsgi_application()
