"""A study-group block in an LMS that runs event-routing-backends: the block publishes through the
runtime, the LMS's way (``platform.py``) takes the event to eventtracking, and the statements
event-routing-backends makes are read where Aspects reads them, the ``xapi_tracking`` log.

These tests run with their own settings (``tests/xapi/settings.py``): ``pytest --ds=tests.xapi.settings``.
"""

import json
import logging
import types

import pytest
from django.contrib.auth import get_user_model
from django.contrib.sessions.backends.db import SessionStore
from django.test import RequestFactory
from event_routing_backends import helpers
from opaque_keys.edx.keys import CourseKey
from opaque_keys.edx.locator import BlockUsageLocator

import demo.celery  # noqa: F401 (the default Celery app: eventtracking's and event-routing-backends' tasks run eagerly)
from tests.contract.conftest import COURSE, LmsRuntime, learner_service, place_block

from . import platform

COURSE_NAME = "Teacher Academy: Formative Assessment"


class Completion:
    """The LMS's completion service, as far as ``EventPublishingService`` asks it."""

    def __init__(self):
        self.submitted = []

    def completion_tracking_enabled(self):
        return True

    def submit_completion(self, usage_key, completion):
        self.submitted.append((usage_key, completion))


class TrackingRuntime(LmsRuntime):
    """The LMS's runtime with its ``publish`` service: ``ModuleStoreRuntime.publish`` (xmodule/x_module.py)::

    if publish_service := self._services.get("publish"):
        publish_service.publish(block, event_type, event_data)
    """

    def __init__(self, user, course_key, request):
        super().__init__(learner_service(user, full_name=user.get_full_name()))
        self.completion = Completion()
        track_function = platform.make_track_function(request)
        self._services["publish"] = platform.EventPublishingService(user, course_key, track_function)

    def service(self, block, service_name):
        if service_name == "completion":
            return self.completion
        return super().service(block, service_name)

    def publish(self, block, event_type, event_data):
        if publish_service := self._services.get("publish"):
            publish_service.publish(block, event_type, event_data)


def handler_request(user, usage_key):
    """A handler call of ``user``'s to the block, as it reaches the LMS: signed in, with a session."""
    session = SessionStore()
    session.create()
    course_key = usage_key.course_key
    path = f"/courses/{course_key}/xblock/{usage_key}/handler/plan_meeting"
    request = RequestFactory().post(
        path,
        SERVER_NAME="lms.example.org",
        HTTP_USER_AGENT="Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0",
        HTTP_REFERER=f"https://lms.example.org/courses/{course_key}/courseware/",
        HTTP_ACCEPT_LANGUAGE="hr-HR,hr;q=0.9,en;q=0.8",
        REMOTE_ADDR="192.0.2.10",
    )
    request.user = user
    request.session = session
    return request


@pytest.fixture(autouse=True)
def anonymous_ids():
    """Each test issues its own anonymous ids; event-routing-backends keeps those it read for the process."""
    helpers.get_anonymous_user_id.cache_clear()
    helpers.get_course_from_id.cache_clear()
    platform.ExternalId.issued.clear()


@pytest.fixture
def lms(db):
    """``publish_as(user)``: the ``publish`` a block gives the api when ``user`` calls its handler in
    the LMS (``block._publish``: ``runtime.publish(block, name, data)``), inside the request; the block
    is in a unit of the event's course."""
    platform.COURSE_NAMES[str(COURSE)] = COURSE_NAME

    def publish_as(user):
        def publish(name, data):
            usage_key = BlockUsageLocator(CourseKey.from_string(data["course_id"]), "studygroup", "unit1")
            request = handler_request(user, usage_key)
            platform.enter_request_context(request)
            try:
                block = place_block(TrackingRuntime(user, usage_key.course_key, request), usage_key)
                block.runtime.publish(block, name, data)
            finally:
                platform.exit_request_context()

        return publish

    return publish_as


class Statements(logging.Handler):
    """The statements event-routing-backends logs to ``xapi_tracking`` (what Aspects' Vector ships)."""

    def __init__(self):
        super().__init__()
        self.made = []

    def emit(self, record):
        self.made.append(json.loads(record.getMessage()))

    def of(self, verb_or_event):
        return [s for s in self.made if s["context"]["extensions"].get(EVENT) == verb_or_event]


EVENT = "https://w3id.org/studygroup-xblock/xapi/extensions/event"


@pytest.fixture
def statements():
    handler = Statements()
    logger = logging.getLogger("xapi_tracking")
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    yield handler
    logger.removeHandler(handler)


@pytest.fixture
def people(db):
    users = get_user_model().objects
    return types.SimpleNamespace(
        ana=users.create(username="ana.kovac", first_name="Ana", last_name="Kovač", email="ana@os-trnsko.hr"),
        ivan=users.create(username="ivan.horvat", first_name="Ivan", last_name="Horvat", email="ivan@os-trnsko.hr"),
        marko=users.create(username="marko.babic", first_name="Marko", last_name="Babić", email="marko@os-trnsko.hr"),
        petra=users.create(username="petra.novak", first_name="Petra", last_name="Novak", email="petra@os-trnsko.hr"),
        staff=users.create(username="sam.staff", first_name="Sam", last_name="Staff", email="sam@academy.example"),
    )
