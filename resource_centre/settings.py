"""Settings for the Peer Support Resource Centre.

Every value that differs between machines comes from an environment variable, read through
the small helpers below, which refuse a malformed value instead of guessing. The defaults
are the safe production ones; development conveniences switch on only with ``DEBUG``.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str | None = None) -> str:
    """Return the variable, or the default; raise when neither exists."""
    value = os.environ.get(name, default)
    if value is None:
        raise ImproperlyConfigured(f"The environment variable {name} is required.")
    return value


def env_bool(name: str, default: bool) -> bool:
    """Read a yes/no variable; anything but a clear yes or no is an error."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {raw!r}.")


def env_int(name: str, default: int) -> int:
    """Read a whole number."""
    raw = os.environ.get(name)
    if raw is None:
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name: str, default: str = "") -> list[str]:
    """Read a comma-separated list, ignoring blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
# HTTPS-only cookies, the redirect to HTTPS and HSTS. On unless DEBUG is on; tests and a
# plain-HTTP staging box may turn it off explicitly.
HTTPS = env_bool("HTTPS", not DEBUG)

if DEBUG:
    SECRET_KEY = env_str("SECRET_KEY", "development-only-key-never-use-in-production")
else:
    SECRET_KEY = env_str("SECRET_KEY")
    if len(SECRET_KEY) < 50 and not env_bool("ALLOW_SHORT_SECRET_KEY", False):
        raise ImproperlyConfigured("SECRET_KEY must be at least 50 characters long.")

# The site's public address, for links in e-mails sent outside a request (reminders, offers).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000" if DEBUG else "https://localhost").rstrip(
    "/"
)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "django.forms",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "django_countries",
    "django_filters",
    "django_tasks_db",
    "rest_framework",
    "drf_spectacular",
    "parler",
    "accounts",
    "practices",
    "trainings",
    "workshops",
    "countries",
    "digests",
    "api",
    "pages",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A first visit to an English (unprefixed) page from a browser that prefers another
    # of the site's languages goes to that language's page. Before the page cache.
    "resource_centre.i18n.PreferredLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    # After the middleware above, so that each response gets its headers (CSP, Vary,
    # X-Frame-Options) afresh; before allauth's and ours, which anonymous visitors skip.
    "resource_centre.page_cache.PageCacheMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "accounts.middleware.MemberTimeZoneMiddleware",
    "accounts.middleware.StaffSecondFactorMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "accounts.middleware.StaffIdleTimeoutMiddleware",
]

ROOT_URLCONF = "resource_centre.urls"
# The benchmark's floor page (bench/views.py), served only when `make bench` asks for it.
BENCH_VIEWS = env_bool("BENCH_VIEWS", False)
WSGI_APPLICATION = "resource_centre.wsgi.application"
SITE_ID = 1

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "resource_centre.i18n.languages",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
            # Dates with the day of the week in every language: {{ start|moment:"weekday" }}.
            "builtins": ["pages.templatetags.moments"],
        },
    },
]
FORM_RENDERER = "resource_centre.forms.FormRenderer"

# Database: a SQLite file unless DATABASE_URL says otherwise. On PostgreSQL, psycopg's
# connection pool keeps connections open between requests.
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"]["CONN_MAX_AGE"] = 0  # the pool, not Django, keeps connections
    DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
        "min_size": env_int("DATABASE_POOL_MIN", 2),
        "max_size": env_int("DATABASE_POOL_MAX", 10),
        "timeout": 10,
    }
    # The same few dozen statements serve every page: sent with their parameters apart and
    # prepared on a connection after a few uses, the server parses and plans each once per
    # connection instead of once per request (a detail page's queries take half the time).
    # Off behind a pooler that cannot keep prepared statements (PgBouncer in transaction mode
    # before 1.21, or without max_prepared_statements).
    if env_bool("DATABASE_PREPARED_STATEMENTS", True):
        DATABASES["default"]["OPTIONS"].update(
            server_side_binding=True,
            prepare_threshold=env_int("DATABASE_PREPARE_THRESHOLD", 5),
        )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL and a busy timeout let the development server and a background task share the file.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {"init_command": "PRAGMA journal_mode=WAL;", "timeout": 20, "transaction_mode": "IMMEDIATE"}
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set (shared by every app server); otherwise a database
# table, which still works across processes (allauth's rate limits need a real cache).
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "resource_centre.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "psrc"),
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "cache_entries",
        }
    }

# Anonymous visitors' public pages are kept in the cache for up to a minute and dropped
# whenever content changes (resource_centre/page_cache.py).
PAGE_CACHE = env_bool("PAGE_CACHE", not DEBUG)

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"

# django-allauth: e-mail is the login, verified before first use; nobody can learn from
# the forms whether an address has an account.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
# Changing the e-mail address or password asks for the password again (within 5 minutes).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_REAUTHENTICATION_TIMEOUT = 300
# Members see their other sessions and can end them (/accounts/sessions/).
USERSESSIONS_TRACK_ACTIVITY = True
# Staff sessions end after an hour without activity (see accounts.middleware).
STAFF_IDLE_SECONDS = 60 * 60
ACCOUNT_SESSION_REMEMBER = None
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Peer Support Resource Centre] "
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if HTTPS else "http"
ACCOUNT_RATE_LIMITS = {
    # allauth's defaults, stated here so that they are visible and reviewed.
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
}

# Two-factor authentication (allauth.mfa): optional for members, required for editors and
# staff before they reach the admin (see accounts.middleware).
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Peer Support Resource Centre"

# E-mail through Django's MAILERS. Development prints every message to the console.
DEFAULT_FROM_EMAIL = env_str(
    "DEFAULT_FROM_EMAIL", "Peer Support Resource Centre <noreply@localhost>"
)
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# Where visitors write about privacy or an accessibility barrier (shown on those pages).
CONTACT_EMAIL = env_str("CONTACT_EMAIL", "")
if DEBUG and not os.environ.get("EMAIL_HOST"):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}
else:
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST", "localhost"),
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER", ""),
                "password": env_str("EMAIL_HOST_PASSWORD", ""),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": 20,
            },
        }
    }

# Background work (e-mails) through Django's tasks framework. In production the tasks wait
# in the database for a worker (`manage.py db_worker`); in development and tests they run at
# once, in-process.
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate" if DEBUG else "database")
if TASKS_BACKEND == "immediate":
    TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
elif TASKS_BACKEND == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
else:
    raise ImproperlyConfigured(
        f"TASKS_BACKEND must be immediate or database, not {TASKS_BACKEND!r}."
    )

# Internationalisation. English is the source language and stays at unprefixed URLs
# (/practices/); every other interface language lives under its code (/de/practices/). The
# catalogues are locale/<code>/LC_MESSAGES/django.po, compiled by `make` (compilemessages).
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("it", _("Italian")),
    ("nl", _("Dutch")),
    ("pl", _("Polish")),
    ("fi", _("Finnish")),
    ("hu", _("Hungarian")),
]
# The language switch remembers the choice in this cookie for a year: a preference the
# visitor asked for, read only by the server.
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
# Django's date and time formats for each language, except English's (European, not US).
FORMAT_MODULE_PATH = ["resource_centre.formats"]
TIME_ZONE = "Europe/Brussels"
USE_TZ = True

# Static files: compressed, with hashed names and far-future cache headers.
STATIC_URL = "static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# Security. Strict by default; see the README's production guide.
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31_536_000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
if env_bool("BEHIND_PROXY", False):
    # Only behind a reverse proxy that sets this header itself.
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# Rate limits count per client address. Behind proxies, the address is the proxy's unless
# allauth may read X-Forwarded-For: set the number of proxies you run (it reads that many
# hops from the right, which a client cannot forge), or the header your proxy sets.
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("TRUSTED_CLIENT_IP_HEADER", "") or None
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_AGE = 14 * 24 * 60 * 60
X_FRAME_OPTIONS = "DENY"
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}

# Retention (manage.py apply_retention, daily): how long personal data is kept.
RETENTION_ACCESS_NEEDS_DAYS = env_int("RETENTION_ACCESS_NEEDS_DAYS", 30)
RETENTION_UNVERIFIED_ACCOUNT_DAYS = env_int("RETENTION_UNVERIFIED_ACCOUNT_DAYS", 14)

# Logs go to standard error: JSON lines in production (for a log collector), plain text in
# development. Either way a filter masks e-mail and IP addresses and query strings.
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
if LOG_FORMAT not in ("json", "plain"):
    raise ImproperlyConfigured("LOG_FORMAT must be json or plain")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"personal_data": {"()": "resource_centre.logging.PersonalDataFilter"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "json": {"()": "resource_centre.logging.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["personal_data"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# The read-only open-data API (api/): JSON only, no browsable pages, no password sign-in
# (members are recognised by their session, for their own rate), throttled per client in
# the shared cache so that every app server counts the same requests. Rates are
# "<number>/<second|minute|hour|day>".
_PERIODS = {"s", "sec", "second", "m", "min", "minute", "h", "hour", "d", "day"}


def env_rate(name: str, default: str) -> str:
    """Read a rate limit such as 60/minute."""
    value = env_str(name, default).strip()
    count, __, period = value.partition("/")
    if not (count.isascii() and count.isdigit() and period in _PERIODS):
        raise ImproperlyConfigured(f"{name} must look like 60/minute, not {value!r}.")
    return value


REST_FRAMEWORK = {
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "DEFAULT_CONTENT_NEGOTIATION_CLASS": "api.negotiation.JsonOnly",
    "DEFAULT_AUTHENTICATION_CLASSES": ["rest_framework.authentication.SessionAuthentication"],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_THROTTLE_CLASSES": ["api.throttling.AnonThrottle", "api.throttling.MemberThrottle"],
    "DEFAULT_THROTTLE_RATES": {
        "anon": env_rate("API_RATE_ANONYMOUS", "60/minute"),
        "user": env_rate("API_RATE_MEMBER", "120/minute"),
    },
    # Client addresses are read like allauth's: REMOTE_ADDR, or that many proxies back in
    # X-Forwarded-For (never the client's own claim).
    "NUM_PROXIES": ALLAUTH_TRUSTED_PROXY_COUNT,
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "URL_FORMAT_OVERRIDE": None,
    "UNICODE_JSON": True,
}
OPEN_DATA_LICENCE_NAME = env_str("OPEN_DATA_LICENCE_NAME", "CC BY 4.0")
OPEN_DATA_LICENCE_URL = env_str(
    "OPEN_DATA_LICENCE_URL", "https://creativecommons.org/licenses/by/4.0/"
)
SPECTACULAR_SETTINGS = {
    "TITLE": "Peer Support Resource Centre open data",
    "DESCRIPTION": (
        "Read-only JSON for the resource centre's published practices, training programmes, "
        "workshops and webinars, and countries. Lists take the same parameters as the site's "
        "pages and answer the same rows in the same order."
    ),
    "VERSION": "1",
    "OAS_VERSION": "3.1.0",
    "LICENSE": {"name": OPEN_DATA_LICENCE_NAME, "url": OPEN_DATA_LICENCE_URL},
    "SERVE_INCLUDE_SCHEMA": False,
    "SERVE_PERMISSIONS": ["rest_framework.permissions.AllowAny"],
    "SCHEMA_PATH_PREFIX": "/api/",
    # The filters' allowed values come from the database, which `check --deploy` may run
    # without; the tests build and validate the document instead.
    "ENABLE_DJANGO_DEPLOY_CHECK": False,
    "ENUM_NAME_OVERRIDES": {
        "DeliveryModeEnum": "practices.models.DeliveryMode",
    },
}
