"""A runtime that gives the block what the LMS and Studio give it, point by point.

Each piece names the platform code it mirrors, as read in openedx/openedx-platform (2026):

- the user service: ``DjangoXBlockUserService`` (common/djangoapps/xblock_django/user_service.py),
  reproduced in ``demo/platform.py`` with the kwargs ``prepare_runtime_for_user``
  (lms/djangoapps/courseware/block_render.py) passes;
- the i18n service: ``XBlockI18nService`` (xmodule/modulestore/django.py), made per block;
- a handler call: ``handle_xblock_callback`` turns the Django request into a webob one
  (``django_to_webob_request``) and the block's answer back (``webob_to_django_response``,
  no streaming), with django-crum's middleware (lms/envs/common.py) holding the request;
- handler URLs: ``handler_url`` (lms/djangoapps/courseware/block_render.py); a third-party one names
  ``xblock_handler_noauth`` (``handle_xblock_callback_noauth``: no sign-in, no CSRF check) and is
  absolute, ``{scheme}://{SITE_NAME}{path}``;
- Studio's preview: ``_prepare_runtime_for_preview`` (cms/djangoapps/contentstore/views/preview.py)
  sets ``runtime.is_author_mode``;
- the courseware's way to a block, masquerade included (:class:`Courseware`): ``render_xblock``
  (lms/djangoapps/courseware/views/views.py), ``handle_xblock_callback`` and ``get_block_by_usage_id``,
  ``prepare_runtime_for_user`` (block_render.py), ``setup_masquerade`` and ``filter_displayed_blocks``
  (masquerade.py, reproduced in ``demo/platform.py``), ``get_user_role`` and the staff check of
  ``has_access`` (lms/djangoapps/courseware/access.py).
"""

import json
import sys
import types
from urllib.parse import urlencode

import pytest
from crum import CurrentRequestUserMiddleware
from django.contrib.auth import get_user_model
from django.http import HttpResponse
from django.test import RequestFactory
from django.utils import translation
from opaque_keys.edx.locator import BlockUsageLocator, CourseLocator
from xblock.django.request import django_to_webob_request, webob_to_django_response
from xblock.fields import ScopeIds
from xblock.runtime import DictKeyValueStore, KvsFieldData, MemoryIdManager, Runtime

from demo.platform import (
    PlatformI18nService,
    PlatformUserService,
    filter_displayed_blocks,
    get_course_masquerade,
    is_masquerading_as_specific_student,
    setup_masquerade,
)
from studygroup_xblock.block import StudyGroupXBlock

COURSE = CourseLocator("Pilot", "TeacherAcademy", "2026")
SITE_NAME = "lms.example.org"


class LmsRuntime(Runtime):
    """The LMS's runtime as a block sees it: services, handler and resource URLs, events."""

    def __init__(self, user_service, *, is_author_mode=False, wrappers=()):
        ids = MemoryIdManager()
        super().__init__(ids, ids, services={"user": user_service, "field-data": KvsFieldData(DictKeyValueStore())})
        if is_author_mode:
            self.is_author_mode = True  # _prepare_runtime_for_preview
        self.wrappers = list(wrappers)
        self.events = []

    def wrap_xblock(self, block, view, frag, context):
        """``ModuleStoreRuntime.wrap_xblock`` (xmodule/x_module.py): the LMS's wrappers, in order."""
        for wrapper in self.wrappers:
            frag = wrapper(block, view, frag, context)
        return super().wrap_xblock(block, view, frag, context)

    def service(self, block, service_name):
        if service_name == "i18n":
            return PlatformI18nService(block)
        return super().service(block, service_name)

    def handler_url(self, block, handler_name, suffix="", query="", thirdparty=False):
        kind = "handler_noauth" if thirdparty else "handler"
        url = f"/courses/{COURSE}/xblock/{block.scope_ids.usage_id}/{kind}/{handler_name}"
        url = f"{url}?{query}" if query else url
        return f"https://{SITE_NAME}{url}" if thirdparty else url

    def local_resource_url(self, block, uri):
        return f"/xblock/resource/studygroup/{uri}"

    def resource_url(self, resource):
        return f"/static/{resource}"

    def publish(self, block, event_type, event_data):
        self.events.append((event_type, event_data))


def place_block(runtime, usage_key=None, **fields):
    """A Study Group block in a unit of the course (or wherever ``usage_key`` puts it)."""
    usage_key = usage_key or BlockUsageLocator(COURSE, "studygroup", "unit1")
    block = runtime.construct_xblock_from_class(StudyGroupXBlock, ScopeIds(None, "studygroup", usage_key, usage_key))
    for name, value in fields.items():
        setattr(block, name, value)
    return block


def in_request(
    sender,
    work,
    *,
    method="GET",
    body=None,
    language="en",
    accept_language="",
    cookies=None,
    path="/",
    session=None,
    **headers,
):
    """Run ``work(django_request)`` as the LMS does inside a request sent by ``sender``.

    django-crum's middleware holds the request; Django's LocaleMiddleware has activated
    the language the site chose (``language``) before the view runs.
    """
    content_type = headers.pop("content_type", "application/json")
    request = RequestFactory().generic(
        method, path, data=body or "", content_type=content_type, HTTP_ACCEPT_LANGUAGE=accept_language, **headers
    )
    request.user = sender
    request.session = Session() if session is None else session
    request.COOKIES.update(cookies or {})
    answer = {}

    def view(django_request):
        with translation.override(language):
            answer["value"] = work(django_request)
        return HttpResponse()

    CurrentRequestUserMiddleware(view)(request)
    return answer["value"]


def render(block, sender, view="student_view", **request_options):
    return in_request(sender, lambda _request: block.runtime.render(block, view).body_html(), **request_options)


def call_handler(block, sender, handler, payload=None, **request_options):
    """A handler call as ``handle_xblock_callback`` makes it: webob in, a buffered Django response out."""

    def handle(django_request):
        answer = block.runtime.handle(block, handler, django_to_webob_request(django_request))
        return webob_to_django_response(answer)

    return in_request(sender, handle, method="POST", body=json.dumps(payload or {}), **request_options)


class Session(dict):
    """A Django session as the LMS's views use it (``setup_masquerade`` marks it modified)."""

    modified = False


class Courseware:
    """The LMS's way from a request to the block in a unit, masquerade included, for the people of a course.

    ``staff`` hold a staff role in the course; ``enrolled`` are the learners
    ``CourseEnrollment.objects.users_enrolled_in`` gives.
    """

    def __init__(self, *, staff=(), enrolled=(), **fields):
        self.staff = set(staff)
        self.enrolled = list(enrolled)
        self.fields = fields
        self.runtimes = []

    def unit_page(self, sender, session):
        """``render_xblock``: the page the MFE's iframe shows, for ``sender`` signed in with ``session``::

        staff_access = bool(has_access(request.user, 'staff', course_key))
        ...
            _course_masquerade, request.user = setup_masquerade(
                request,
                course_key,
                staff_access,
            )
        ...
            block, _ = get_block_by_usage_id(
        ...
            fragment = block.render(requested_view, context=student_view_context)
        """

        def view(request):
            staff_access = self.has_staff_access(request.user)
            _course_masquerade, request.user = setup_masquerade(
                request, COURSE, staff_access, users_enrolled_in=self.users_enrolled_in
            )
            return self.block_by_usage_id(request).render("student_view", context={}).body_html()

        return in_request(self.signed_in(sender), view, session=session)

    def handler(self, sender, session, handler, payload=None, method="POST"):
        """``handle_xblock_callback`` → ``_invoke_xblock_handler``: the block ``get_block_by_usage_id``
        gives handles the webob request (``handler_instance.handle(handler, req, suffix)``), its answer
        comes back through ``webob_to_django_response``; ``request.user`` stays ``sender``."""

        def handle(request):
            instance = self.block_by_usage_id(request)
            return webob_to_django_response(instance.handle(handler, django_to_webob_request(request), ""))

        if method == "POST":
            return in_request(
                self.signed_in(sender), handle, body=json.dumps(payload or {}), session=session, method=method
            )
        path = f"/?{urlencode(payload or {})}"
        return in_request(self.signed_in(sender), handle, path=path, session=session, method=method)

    @staticmethod
    def signed_in(user):
        """The user as the authentication middleware loads it for each request: a new object every time."""
        return get_user_model().objects.get(pk=user.pk)

    def block_by_usage_id(self, request):
        """``get_block_by_usage_id``::

        _, user = setup_masquerade(request, course_key, has_access(request.user, 'staff', block, course_key))
        ...
        instance = get_block_for_descriptor(
            user,
        """
        _, user = setup_masquerade(
            request, COURSE, self.has_staff_access(request.user), users_enrolled_in=self.users_enrolled_in
        )
        return place_block(self.runtime_for_user(user), **self.fields)

    def runtime_for_user(self, user):
        """``prepare_runtime_for_user``: its wrappers and the user service it binds::

        if is_masquerading_as_specific_student(user, course_id):
            block_wrappers.append(filter_displayed_blocks)
        ...
        user_is_staff = bool(has_access(user, 'staff', course_id))
        ...
            'user': DjangoXBlockUserService(
                user,
                ...
                user_is_staff=user_is_staff,
                ...
                user_role=get_user_role(user, course_id),
        """
        wrappers = [filter_displayed_blocks] if is_masquerading_as_specific_student(user, COURSE) else []
        service = PlatformUserService(
            user,
            full_name=user.get_full_name(),
            user_is_staff=self.has_staff_access(user),
            user_role=self.user_role(user),
        )
        runtime = LmsRuntime(service, wrappers=wrappers)
        self.runtimes.append(runtime)
        return runtime

    def users_enrolled_in(self, course_key):
        return get_user_model().objects.filter(pk__in=[user.pk for user in self.enrolled])

    def has_staff_access(self, user):
        """``has_access(user, 'staff', course_key)``, as ``_has_access_to_course`` decides it::

        if user is None or (not user.is_authenticated):
            ...
            return ACCESS_DENIED

        if is_masquerading_as_student(user, course_key):
            return ACCESS_DENIED
        """
        if user is None or not user.is_authenticated:
            return False
        if self.masquerade_role(user) == "student":
            return False
        return user in self.staff

    def user_role(self, user):
        """``get_user_role``::

        role = get_masquerade_role(user, course_key)
        if role:
            return role
        ...
        elif has_access(user, 'staff', course_key):
            return 'staff'
        else:
            return 'student'
        """
        role = self.masquerade_role(user)
        if role:
            return role
        return "staff" if self.has_staff_access(user) else "student"

    @staticmethod
    def masquerade_role(user):
        """``get_masquerade_role``."""
        course_masquerade = get_course_masquerade(user, COURSE)
        return course_masquerade.role if course_masquerade else None


def json_of(response):
    return json.loads(response.content.decode("utf-8"))


def learner_service(user, *, full_name=None, preferences=None, **kwargs):
    """``prepare_runtime_for_user``'s user service for a learner: role "student", not staff."""
    return PlatformUserService(user, full_name=full_name, preferences=preferences, **kwargs)


@pytest.fixture
def people(db):
    """Django users as the LMS has them: integer ids, usernames."""
    users = get_user_model().objects
    return types.SimpleNamespace(
        ana=users.create(username="ana", email="ana@example.org"),
        ivan=users.create(username="ivan", email="ivan@example.org"),
        staff=users.create(username="sam_staff", email="sam@example.org"),
    )


@pytest.fixture
def enrolments(monkeypatch):
    """The LMS's ``CourseEnrollment.is_enrolled`` (common/djangoapps/student/models/course_enrollment.py).

    The one LMS model the block asks; mirrored in what it reads of the user
    (``is_anonymous``, ``id``, its per-request cache key) and in its answers.
    """
    enrolled, asked = set(), []

    class CourseEnrollment:
        @classmethod
        def is_enrolled(cls, user, course_key):
            assert user
            if user.is_anonymous:
                return False
            asked.append((user.id, course_key))
            return (user.id, course_key) in enrolled

    models = types.ModuleType("common.djangoapps.student.models")
    models.CourseEnrollment = CourseEnrollment
    for name in ("common", "common.djangoapps", "common.djangoapps.student"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "common.djangoapps.student.models", models)
    return types.SimpleNamespace(enrolled=enrolled, asked=asked)
