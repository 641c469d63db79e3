"""The workbench's settings made into an LMS with event-routing-backends installed, as far as a
study-group event's way to an xAPI statement goes.

As ``lms/envs/common.py`` does it (openedx-platform, 2026)::

    INSTALLED_APPS.extend(get_plugin_apps(ProjectType.LMS))
    add_plugins(__name__, ProjectType.LMS, SettingsType.COMMON)

so event-routing-backends and this block apply their own plugin settings, in the order the
entry points are found, and nothing here names an event or a backend. The platform's own
backends (``tracking_logs``, ``segmentio``) need the platform's code and are not on the xAPI
path: eventtracking hands each backend its own copy of the event.
"""

from edx_django_utils.plugins import add_plugins, get_plugin_apps

from demo.settings import *  # noqa: F403
from demo.settings import INSTALLED_APPS
from tests.xapi import platform

platform.install()  # before event-routing-backends imports the platform's modules

INSTALLED_APPS = [app for app in INSTALLED_APPS if not app.startswith("studygroup_xblock")]
# Two of the LMS's own apps event-routing-backends builds on, then the plugins.
INSTALLED_APPS += ["eventtracking.django.apps.EventTrackingConfig", "celery_utils", *get_plugin_apps("lms.djangoapp")]
LMS_ROOT_URL = "https://lms.example.org"
EVENT_TRACKING_ENABLED = True
EVENT_TRACKING_PROCESSORS: list = []
EVENT_TRACKING_BACKENDS: dict = {}

add_plugins(__name__, "lms.djangoapp", "common")
