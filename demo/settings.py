"""Workbench settings for the demo and the tests: the workbench's own, plus our app.

``make demo`` and the tests use these; ``WORKBENCH_DATABASES`` (JSON) swaps the database,
as in the workbench itself.
"""

import os
from pathlib import Path

from workbench.settings import *  # noqa: F403
from workbench.settings import DATABASES, INSTALLED_APPS, MIDDLEWARE, WORKBENCH

VAR = Path("var").resolve()
ROOT_URLCONF = "demo.urls"

INSTALLED_APPS = [*INSTALLED_APPS, "django_countries", "studygroup_xblock.apps.StudyGroupConfig"]

# Serve each visitor in their browser's language, like the LMS does.
MIDDLEWARE = [*MIDDLEWARE]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.common.CommonMiddleware"), "django.middleware.locale.LocaleMiddleware"
)
# The LMS's language gate (dark-lang), off unless DEMO_RELEASED_LANGUAGES names the languages released:
# `DEMO_RELEASED_LANGUAGES=en make demo` shows a Maltese browser English until its teacher chooses Malti.
MIDDLEWARE.insert(MIDDLEWARE.index("django.middleware.locale.LocaleMiddleware"), "demo.platform.DarkLangMiddleware")
DEMO_RELEASED_LANGUAGES = os.environ.get("DEMO_RELEASED_LANGUAGES", "")
# As in the LMS: the current request for code that has none passed in (django-crum),
# and staff viewing the course as a learner (see demo/masquerade.py).
MIDDLEWARE += ["crum.CurrentRequestUserMiddleware", "demo.masquerade.MasqueradeMiddleware"]
ENABLE_MASQUERADE = True
SESSION_SERIALIZER = "demo.platform.PickleSerializer"
LANGUAGES = [
    ("en", "English"),
    ("de", "Deutsch"),
    ("es", "Español"),
    ("hr", "Hrvatski"),
    ("it", "Italiano"),
    ("mt", "Malti"),
    ("nl", "Nederlands"),
    ("pt", "Português"),
    ("ro", "Română"),
]
LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
EXCLUDED_XBLOCKS = {
    "allscopes_demo",
    "attempts_scoreboard_demo",
    "equality_demo",
    "filethumbs",
    "helloworld_demo",
    "html_demo",
    "problem_demo",
    "sidebar_demo",
    "slider_demo",
    "textinput_demo",
    "thumbs",
    "view_counter_demo",
}

# The LMS's user and i18n services, and Studio's permissions, as far as the block uses them.
WORKBENCH = {
    **WORKBENCH,
    "services": {
        **WORKBENCH["services"],
        "user": "demo.services.DemoUserService",
        "i18n": "demo.platform.PlatformI18nService",
        "studio_user_permissions": "demo.services.DemoStudioPermissions",
    },
}
# Where the LMS keeps the catalogues atlas pulls for XBlocks (conf/plugins-locale/xblock.v1)
# and the browser catalogues compile_xblock_translations builds from them. Absent here
# unless a test or a person makes them: Tutor's build leaves studygroup_xblock/ empty.
STUDYGROUP_XBLOCK_LOCALE_ROOT = str(VAR / "plugins-locale" / "xblock.v1")
STATICI18N_ROOT = str(VAR / "static-i18n")
LOGGING = {"version": 1, "disable_existing_loggers": False}
# Background work (large exports, e-mails, the sweep that sends reminders): the LMS runs it in its
# Celery workers. Here it runs at once, inside the request, unless DEMO_CELERY_BROKER names a broker
# (Tutor's is Redis: redis://127.0.0.1:6379/0) for `make worker` to take it from, as the LMS's do.
CELERY_BROKER_URL = os.environ.get("DEMO_CELERY_BROKER", "memory://")  # memory: nothing is queued
CELERY_TASK_ALWAYS_EAGER = CELERY_BROKER_URL == "memory://"
STUDYGROUP_MAIL_SWEEP_SECONDS = float(os.environ.get("DEMO_MAIL_SWEEP_SECONDS", "60"))
if os.environ.get("DEMO_CACHE"):  # the LMS's cache, shared by its processes (Tutor's: Redis)
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": os.environ["DEMO_CACHE"]}
    }
# Large exports: the LMS keeps the file in its default storage; here it lands in var/media.
MEDIA_ROOT = str(VAR / "media")
# Meeting e-mails: the LMS sends them through its EMAIL_BACKEND, to the addresses of its
# user records; here each lands as a file in var/mail, addressed as the demo roster says.
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = str(VAR / "mail")
DEFAULT_FROM_EMAIL = "Study groups <studygroups@demo.example>"
STUDYGROUP_XBLOCK_ADDRESS_BOOK = "demo.roster.addresses"

# PyMySQL stands in for mysqlclient, so MariaDB tests need no C client library.
if "mysql" in DATABASES["default"]["ENGINE"]:
    try:
        import MySQLdb  # noqa: F401
    except ImportError:
        import pymysql

        pymysql.install_as_MySQLdb()
