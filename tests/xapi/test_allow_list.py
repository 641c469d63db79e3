"""The block's events pass event-routing-backends' allow-list by the plugin settings alone, whichever
plugin's settings the platform applies first (it takes entry points in the order it finds them:
edx-django-utils' ``add_plugins``), and a site without that library keeps its settings as they were."""

import copy
import os
import subprocess
import sys
import types
from unittest import mock

import pytest
from event_routing_backends.settings import common as routing_settings
from eventtracking.processors.exceptions import EventEmissionExit
from eventtracking.processors.whitelist import NameWhitelistProcessor

from studygroup_xblock.xapi import settings as block_settings
from tests.unit.test_public_contracts import EVENTS

ORDERS = {
    "event-routing-backends first": (routing_settings.plugin_settings, block_settings.plugin_settings),
    "the block first": (block_settings.plugin_settings, routing_settings.plugin_settings),
}


def lms_settings():
    """What lms/envs/common.py has set when it applies the plugins' settings, as far as they read it."""
    return types.SimpleNamespace(LMS_ROOT_URL="https://lms.example.org", EVENT_TRACKING_BACKENDS={})


def whitelists(settings):
    """The whitelists on an event's way to the xAPI processor: the ``event_transformer`` backend's, then its
    ``xapi`` backend's, as eventtracking builds them from the settings."""
    transformer = settings.EVENT_TRACKING_BACKENDS["event_transformer"]["OPTIONS"]
    xapi = transformer["backends"]["xapi"]["OPTIONS"]
    return [
        NameWhitelistProcessor(**processor["OPTIONS"])
        for processor in [*transformer["processors"], *xapi["processors"]]
        if processor["ENGINE"] == block_settings.WHITELIST
    ]


@pytest.mark.parametrize("order", ORDERS)
def test_every_event_passes_every_whitelist_on_the_way(order):
    settings = lms_settings()
    for plugin_settings in ORDERS[order]:
        plugin_settings(settings)

    filters = whitelists(settings)
    assert len(filters) == 2
    for name in sorted(EVENTS):
        for allowed in filters:
            assert allowed({"name": name}) == {"name": name}
    assert EVENTS <= settings.EVENT_BUS_TRACKING_LOGS


@pytest.mark.parametrize("order", ORDERS)
def test_the_librarys_own_events_still_pass_and_others_still_do_not(order):
    settings = lms_settings()
    for plugin_settings in ORDERS[order]:
        plugin_settings(settings)

    for allowed in whitelists(settings):
        assert allowed({"name": "edx.course.enrollment.activated"})
        with pytest.raises(EventEmissionExit):
            allowed({"name": "edx.studygroup.group.renamed"})


def test_applying_the_settings_twice_lists_each_event_once():
    settings = lms_settings()
    for plugin_settings in (*ORDERS["event-routing-backends first"], block_settings.plugin_settings):
        plugin_settings(settings)

    allowed = settings.EVENT_TRACKING_BACKENDS_ALLOWED_XAPI_EVENTS
    assert sorted(name for name in allowed if name in EVENTS) == sorted(EVENTS)


def test_without_event_routing_backends_the_settings_stay_as_they_were():
    settings = lms_settings()
    before = copy.deepcopy(vars(settings))

    with mock.patch.object(block_settings, "find_spec", return_value=None):
        block_settings.plugin_settings(settings)

    assert vars(settings) == before


def test_without_event_routing_backends_the_block_works_and_registers_nothing():
    """A site without the library: it cannot be imported at all, and the block's app and api still work."""
    script = """
import sys

# As Python has a module that is not installed: importing it fails, find_spec finds nothing.
sys.modules["event_routing_backends"] = sys.modules["tincan"] = None
import django
from django.conf import settings

django.setup()
from django.apps import apps
from django.core.management import call_command

from studygroup_xblock import api
from studygroup_xblock.data import Actor
from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY
from studygroup_xblock.xapi import settings as plugin

assert not apps.is_installed("event_routing_backends")
assert "studygroup_xblock.xapi.transformers" not in sys.modules
namespace = type("Settings", (), {})()
plugin.plugin_settings(namespace)
assert vars(namespace) == {}
call_command("migrate", verbosity=0, run_syncdb=True)
published = []
api.create_group(
    WORKBENCH_COURSE_KEY,
    Actor(user_id="ana", username="ana", full_name="Ana"),
    {"school_name": "OŠ Trnsko", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True},
    size_limit=12,
    publish=lambda name, data: published.append(name),
)
assert published == ["edx.studygroup.group.created", "edx.studygroup.membership.joined"], published
print("nothing changed")
"""
    memory = '{"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}'
    environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "demo.settings", "WORKBENCH_DATABASES": memory}
    ran = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=environment)

    assert ran.returncode == 0, ran.stderr
    assert ran.stdout.strip() == "nothing changed"
