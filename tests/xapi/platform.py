"""The LMS's way from a block's ``runtime.publish`` to eventtracking, and the three platform modules
event-routing-backends reads, as read in openedx/openedx-platform (2026, commit e57a655d77b6 unless
said): each function below reproduces the one it names, its lines quoted where they decide anything.

The way of an event (``xmodule/x_module.py``, ``xmodule/services.py``,
``lms/djangoapps/courseware/block_render.py``, ``common/djangoapps/track/views/__init__.py``,
``common/djangoapps/track/middleware.py``, ``common/djangoapps/track/contexts.py``)::

    ModuleStoreRuntime.publish(block, event_type, event_data)
      -> EventPublishingService(user, course_id, make_track_function(request)).publish(...)
         with tracker.get_tracker().context(event_type, context): self.track_function(event_type, event)
      -> server_track(request, event_type, event, page='x_module')
         with event_tracker.context('edx.course.server', context_override):
             eventtracker.emit(name=event_type, data=event)

eventtracking itself (the release each platform pins) does the rest: ``emit`` makes
``{'name', 'timestamp', 'data', 'context'}`` from the contexts entered, and its backends, here
event-routing-backends' ``event_transformer`` as its plugin settings configure it, take it on.
"""

import contextlib
import hashlib
import re
import sys
import types
import uuid

from django.conf import settings
from django.contrib.auth import get_user_model
from eventtracking import tracker
from eventtracking import tracker as eventtracker
from opaque_keys import InvalidKeyError
from opaque_keys.edx.keys import CourseKey, LearningContextKey

# openedx/envs/common.py and openedx/core/lib/request_utils.py:
#     COURSE_KEY_PATTERN = r'(?P<course_key_string>[^/+]+(/|\+)[^/+]+(/|\+)[^/?]+)'
#     COURSE_ID_PATTERN = COURSE_KEY_PATTERN.replace('course_key_string', 'course_id')
#     COURSE_REGEX = re.compile(r'^(.*?/courses/)(?!v[0-9]+/[^/]+){}'.format(settings.COURSE_ID_PATTERN))
COURSE_KEY_PATTERN = r"(?P<course_key_string>[^/+]+(/|\+)[^/+]+(/|\+)[^/?]+)"
COURSE_ID_PATTERN = COURSE_KEY_PATTERN.replace("course_key_string", "course_id")
COURSE_REGEX = re.compile(rf"^(.*?/courses/)(?!v[0-9]+/[^/]+){COURSE_ID_PATTERN}")

CONTEXT_NAME = "edx.request"
META_KEY_TO_CONTEXT_KEY = {
    "SERVER_NAME": "host",
    "HTTP_USER_AGENT": "agent",
    "PATH_INFO": "path",
    "HTTP_REFERER": "referer",
    "HTTP_ACCEPT_LANGUAGE": "accept_language",
}


class EventPublishingService:
    """``xmodule/services.py``: what the runtime's ``publish`` hands every event to."""

    def __init__(self, user, course_id, track_function):
        self.user = user
        self.course_id = course_id
        self.track_function = track_function
        self.completion_service = None

    def publish(self, block, event_type, event):
        """::

        handle_event = self._get_event_handler(event_type)
        if handle_event and not is_masquerading_as_specific_student(self.user, self.course_id):
            handle_event(block, event)
        else:
            context = contexts.course_context_from_course_id(self.course_id)
            if not self.user.is_anonymous:
                context['user_id'] = self.user.id

            context['asides'] = {}
            for aside in block.runtime.get_asides(block):
                ...
            with tracker.get_tracker().context(event_type, context):
                self.track_function(event_type, event)

        ``_get_event_handler`` handles only ``grade``, ``completion`` and ``progress``: none of the
        study-group events, so every one of them takes the ``else``.
        """
        self.completion_service = block.runtime.service(block, "completion")
        handle_event = self._get_event_handler(event_type)
        if handle_event:
            handle_event(block, event)
        else:
            context = course_context_from_course_id(self.course_id)
            if not self.user.is_anonymous:
                context["user_id"] = self.user.id

            context["asides"] = {}
            for aside in block.runtime.get_asides(block):
                if hasattr(aside, "get_event_context"):
                    aside_event_info = aside.get_event_context(event_type, event)
                    if aside_event_info is not None:
                        context["asides"][aside.scope_ids.block_type] = aside_event_info
            with tracker.get_tracker().context(event_type, context):
                self.track_function(event_type, event)

    def _get_event_handler(self, event_type):
        handlers = {"grade": self._handle_grade_event}
        if self.completion_service and self.completion_service.completion_tracking_enabled():
            handlers["completion"] = lambda block, event: self.completion_service.submit_completion(
                block.scope_ids.usage_id, event["completion"]
            )
        return handlers.get(event_type)

    @staticmethod
    def _handle_grade_event(block, event):
        raise AssertionError("the block publishes no grades")


def make_track_function(request):
    """``block_render.py``: ``track_views.server_track(request, event_type, event, page='x_module')``."""

    def function(event_type, event):
        return server_track(request, event_type, event, page="x_module")

    return function


def server_track(request, event_type, event, page=None):
    """``track/views/__init__.py``::

    context_override = _get_course_context(page)
    context_override.update({
        'username': username,
        'event_source': 'server',
        'page': page
    })

    event_tracker = eventtracker.get_tracker()
    with event_tracker.context('edx.course.server', context_override):
        eventtracker.emit(name=event_type, data=event)
    """
    try:
        username = request.user.username
    except AttributeError:
        username = "anonymous"

    context_override = _get_course_context(page)
    context_override.update({"username": username, "event_source": "server", "page": page})

    event_tracker = eventtracker.get_tracker()
    with event_tracker.context("edx.course.server", context_override):
        eventtracker.emit(name=event_type, data=event)


def _get_course_context(page):
    course_context = course_context_from_url(page)
    if course_context.get("course_id", "") == "":
        course_context = {}
    return course_context


def enter_request_context(request):
    """``TrackMiddleware.enter_request_context``: what every event of a request carries of it."""
    context = {
        "session": substitute_session_key(request.session.session_key),
        "user_id": request.user.pk,
        "username": request.user.username,
        "ip": request.META.get("REMOTE_ADDR", ""),  # ipware's get_client_ip, for a direct connection
    }
    for header_name, context_key in META_KEY_TO_CONTEXT_KEY.items():
        context[context_key] = request.META.get(header_name, "")
    google_analytics_cookie = request.COOKIES.get("_ga")
    if google_analytics_cookie is None:
        context["client_id"] = request.META.get("HTTP_X_EDX_GA_CLIENT_ID")
    else:
        context["client_id"] = ".".join(google_analytics_cookie.split(".")[2:])

    context.update(course_context_from_url(request.build_absolute_uri()))

    tracker.get_tracker().enter_context(CONTEXT_NAME, context)


def exit_request_context():
    """``TrackMiddleware.process_response``."""
    tracker.get_tracker().exit_context(CONTEXT_NAME)


def substitute_session_key(session_key):
    """``TrackMiddleware.substitute_session_key``: SHAKE-128 of SECRET_KEY and the session key, 32 hex digits."""
    if not session_key:
        return ""
    hasher = hashlib.shake_128()
    hasher.update(settings.SECRET_KEY.encode())
    hasher.update(session_key.encode())
    return hasher.hexdigest(16)


def course_context_from_url(url, course_id_string=None):
    """``track/contexts.py``."""
    url = url or ""
    course_id = None
    if not course_id_string:
        match = COURSE_REGEX.match(url)
        if match:
            course_id_string = match.group("course_id")
    if course_id_string:
        with contextlib.suppress(InvalidKeyError):  # the platform logs a warning
            course_id = CourseKey.from_string(course_id_string)
    return course_context_from_course_id(course_id)


def course_context_from_course_id(course_id):
    """``track/contexts.py``: the dict of ``context_dict_for_learning_context`` without ``context_id``."""
    context_dict = context_dict_for_learning_context(course_id)
    del context_dict["context_id"]
    return context_dict


def context_dict_for_learning_context(context_key):
    context_dict = {
        "context_id": str(context_key) if context_key else "",
        "course_id": "",
        "org_id": "",
        "enterprise_uuid": "",
    }
    if context_key is not None:
        assert isinstance(context_key, LearningContextKey)
        if context_key.is_course:
            context_dict["course_id"] = str(context_key)
        if hasattr(context_key, "org"):
            context_dict["org_id"] = context_key.org
        if hasattr(context_key, "enterprise_uuid"):
            context_dict["enterprise_uuid"] = context_key.enterprise_uuid
    return context_dict


class ExternalIdType:
    """``openedx/core/djangoapps/external_user_ids/models.py``: the types a site has rows for."""

    CALIPER = "caliper"
    XAPI = "xapi"
    LTI = "lti"


class ExternalId:
    """``ExternalId``: one random UUID per user and type, made the first time it is asked for
    (``external_user_id = models.UUIDField(default=uuid_tools.uuid4, ...)``, unique per user and type)."""

    issued: dict = {}

    def __init__(self, user, type_name):
        self.user = user
        self.external_user_id = uuid.uuid4()

    @classmethod
    def add_new_user_id(cls, user, type_name):
        """``add_new_user_id``: ``(None, False)`` for a type without a row, else ``get_or_create``'s answer."""
        if type_name not in (ExternalIdType.CALIPER, ExternalIdType.XAPI, ExternalIdType.LTI):
            return None, False
        key = (user.pk, type_name)
        created = key not in cls.issued
        if created:
            cls.issued[key] = cls(user, type_name)
        return cls.issued[key], created


# The display names ``CourseOverviewBaseSerializer`` would give: tests name their course here.
COURSE_NAMES: dict[str, str] = {}


def get_course_overviews(course_ids):
    """``course_overviews/api.py``: the serialized overviews (dicts) of the courses that exist."""
    return [{"id": str(key), "display_name": COURSE_NAMES[str(key)]} for key in course_ids if str(key) in COURSE_NAMES]


def get_potentially_retired_user_by_username(username):
    """``student/models/user.py``, for a site with no retired users: the user, or ``User.DoesNotExist``."""
    user_model = get_user_model()
    potential_users = user_model.objects.filter(username=username)
    if len(potential_users) == 1:
        return potential_users[0]
    raise user_model.DoesNotExist()


def install():
    """Put the three modules where event-routing-backends imports them from (``helpers.py``)."""
    modules = {
        "openedx.core.djangoapps.external_user_ids.models": {
            "ExternalId": ExternalId,
            "ExternalIdType": ExternalIdType,
        },
        "openedx.core.djangoapps.content.course_overviews.api": {"get_course_overviews": get_course_overviews},
        "common.djangoapps.student.models": {
            "get_potentially_retired_user_by_username": get_potentially_retired_user_by_username
        },
    }
    for path, names in modules.items():
        parts = path.split(".")
        for depth in range(1, len(parts)):
            sys.modules.setdefault(".".join(parts[:depth]), types.ModuleType(".".join(parts[:depth])))
        module = types.ModuleType(path)
        module.__dict__.update(names)
        sys.modules[path] = module
