"""
Who is looking at a block, in which language, and whether they can take part, read from the runtime in one place.

The LMS and Studio describe the current user with ``edx-platform.*`` attributes; the
xblock-sdk workbench only with ``xblock-workbench.user_id``. This adapter hides that
difference (and the workbench's lack of a course) from the rest of the package.
"""

from dataclasses import dataclass
from functools import cached_property

import crum
from django.contrib.auth import get_user_model
from django.db import DatabaseError
from django.utils import translation
from opaque_keys.edx.keys import CourseKey

from . import api, i18n, validation
from .data import Actor

# The workbench has no courses: every block there shares this one.
WORKBENCH_COURSE_KEY = CourseKey.from_string("course-v1:StudyGroup+Workbench+Demo")
STAFF_ROLES = ("staff", "instructor")

# Why a viewer cannot take part here.
SIGNED_OUT = "signed_out"
NOT_ENROLLED = "not_enrolled"
PREVIEW = "preview"
OUTSIDE_COURSE = "outside_course"
# The browser's time zone, which the learner view's requests carry: e-mails use it when the LMS has none.
BROWSER_ZONE_HEADER = "X-StudyGroup-Time-Zone"


@dataclass(frozen=True)
class Viewer:
    """The current user; ``barrier`` says why they cannot take part here, if they cannot."""

    actor: Actor | None
    is_staff: bool
    barrier: str | None
    automatic_language: str = i18n.SOURCE_LANGUAGE  # what the LMS gives, whatever the learner chose
    time_zone: str | None = None  # the learner's chosen zone in the LMS; else the browser's is used
    pulled_catalogues: str | None = None  # where the platform pulled the block's translations, if it did

    @property
    def can_take_part(self):
        return self.barrier is None

    @property
    def read_only(self):
        """Staff viewing the course as this learner (the platform's masquerade): they may look, not act."""
        return bool(self.actor and self.actor.read_only)

    @cached_property
    def chosen_language(self):
        """The language the learner chose for the block ("": what the LMS gives), the platform offering only
        those its operator released (dark-lang); read only when text is written (pages, refusals). Where the
        database cannot say, what the LMS gives: a refusal that it is unreachable must still be written."""
        if self.actor is None:
            return ""
        try:
            return api.chosen_language(self.actor.user_id)
        except DatabaseError:
            return ""

    @cached_property
    def language(self):
        """What the block speaks to the viewer: their own choice, else what the LMS gives."""
        return i18n.best_language([self.chosen_language, self.automatic_language], self.pulled_catalogues)


def course_key_of(block):
    """The block's course; the shared workbench course in the workbench; None outside courses (libraries)."""
    usage_id = block.scope_ids.usage_id
    if isinstance(usage_id, str):  # the workbench's usage ids are plain strings
        return WORKBENCH_COURSE_KEY
    context_key = getattr(usage_id, "context_key", None)
    return context_key if isinstance(context_key, CourseKey) else None


def viewer_of(block):
    """The current user of ``block``'s runtime as a :class:`Viewer`."""
    service = block.runtime.service(block, "user")
    user = service.get_current_user() if service else None
    attrs = user.opt_attrs if user else {}
    request = crum.get_current_request()
    preferences = attrs.get("edx-platform.user_preferences") or {}
    pulled = i18n.pulled_folder(block)
    requested = [preferences.get("pref-lang"), *i18n.requested_languages(request, translation.get_language())]
    automatic = i18n.best_language(requested, pulled)
    platform_id = attrs.get("edx-platform.user_id") or attrs.get("xblock-workbench.user_id")
    if platform_id is None or not attrs.get("edx-platform.is_authenticated", True):
        return Viewer(
            actor=None, is_staff=False, barrier=SIGNED_OUT, automatic_language=automatic, pulled_catalogues=pulled
        )
    user_id = str(platform_id)
    time_zone = preferences.get("time_zone") or None
    actor = Actor(
        user_id=user_id,
        username=attrs.get("edx-platform.username") or user_id,
        full_name=(user.full_name or "").strip(),
        language=automatic,
        time_zone=time_zone or _browser_zone(request),
        read_only=_viewed_by_someone_else(request, user_id),
    )
    # Studio's preview sets the role but not user_is_staff.
    is_staff = bool(attrs.get("edx-platform.user_is_staff")) or attrs.get("edx-platform.user_role") in STAFF_ROLES
    return Viewer(
        actor=actor,
        is_staff=is_staff,
        barrier=_barrier(block, platform_id, is_staff),
        automatic_language=automatic,
        time_zone=time_zone,
        pulled_catalogues=pulled,
    )


def unit_url(block):
    """Where the block's unit opens, as a link for e-mails: the LMS's ``jump_to`` link to it, or the
    workbench scenario that holds it; absolute, from the current request."""
    usage_id = block.scope_ids.usage_id
    if isinstance(usage_id, str):
        path = _workbench_scenario(usage_id)
    else:
        path = f"/courses/{usage_id.context_key}/jump_to/{usage_id}"
    return absolute(path)


def absolute(url):
    """``url`` with the current request's scheme and host, unless it has its own."""
    request = crum.get_current_request()
    return request.build_absolute_uri(url) if request is not None else url


def _workbench_scenario(usage_id):
    from workbench.scenarios import SCENARIOS

    found = (name for name, scenario in SCENARIOS.items() if usage_id.startswith(scenario.usage_id))
    return f"/scenario/{next(found, '')}/"


def _browser_zone(request):
    zone = request.headers.get(BROWSER_ZONE_HEADER, "") if request is not None else ""
    return zone if validation.known_zone(zone) else ""


def _viewed_by_someone_else(request, user_id):
    """Whether the person behind the request is not the learner the runtime serves: course staff viewing
    the course as a specific learner (the platform's masquerade).

    The LMS tells it two ways (lms/djangoapps/courseware/masquerade.py, ``setup_masquerade``): the
    unit page's views (``render_xblock``) make the learner the request's user, the staff member on
    its ``real_user``; a handler call (``get_block_by_usage_id``) leaves the staff member as the
    request's user and binds the block to the learner.
    """
    sender = getattr(request, "user", None)
    sender = getattr(sender, "real_user", sender)
    return bool(sender is not None and sender.is_authenticated and str(sender.pk) != user_id)


def _barrier(block, platform_id, is_staff):
    course_key = course_key_of(block)
    if course_key is None:
        return OUTSIDE_COURSE
    if getattr(block.runtime, "is_author_mode", False):
        return PREVIEW  # Studio's preview must not change the live course's groups
    if not is_staff and not _is_enrolled(platform_id, course_key):
        return NOT_ENROLLED
    return None


def _is_enrolled(platform_id, course_key):
    """Whether the LMS has the user enrolled; outside the LMS every signed-in user is.

    ``CourseEnrollment.is_enrolled`` answers from the request's cache when the page has
    asked already (keyed by the user's id as the LMS gives it); of the user it reads the
    id alone, so an unsaved ``User(pk=...)`` serves.
    """
    try:
        from common.djangoapps.student.models import CourseEnrollment
    except ImportError:
        return True
    return CourseEnrollment.is_enrolled(get_user_model()(pk=platform_id), course_key)
