"""
Who is looking at a block, and whether they can take part, read from the runtime in one place.

The LMS and Studio describe the current user with ``edx-platform.*`` attributes; the
xblock-sdk workbench only with ``xblock-workbench.user_id``. This adapter hides that
difference (and the workbench's lack of a course) from the rest of the package.
"""

from dataclasses import dataclass

from opaque_keys.edx.keys import CourseKey

from .data import Actor

# The workbench has no courses: every block there shares this one.
WORKBENCH_COURSE_KEY = CourseKey.from_string("course-v1:StudyGroup+Workbench+Demo")
STAFF_ROLES = ("staff", "instructor")

# Why a viewer cannot take part here.
SIGNED_OUT = "signed_out"
NOT_ENROLLED = "not_enrolled"
PREVIEW = "preview"
OUTSIDE_COURSE = "outside_course"


@dataclass(frozen=True)
class Viewer:
    """The current user; ``barrier`` says why they cannot take part here, if they cannot."""

    actor: Actor | None
    is_staff: bool
    barrier: str | None
    time_zone: str | None = None  # the learner's chosen zone in the LMS; else the browser's is used

    @property
    def can_take_part(self):
        return self.barrier is None


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
    user_id = attrs.get("edx-platform.user_id") or attrs.get("xblock-workbench.user_id")
    if user_id is None or not attrs.get("edx-platform.is_authenticated", True):
        return Viewer(actor=None, is_staff=False, barrier=SIGNED_OUT)
    user_id = str(user_id)
    actor = Actor(
        user_id=user_id,
        username=attrs.get("edx-platform.username") or user_id,
        full_name=(user.full_name or "").strip(),
    )
    # Studio's preview sets the role but not user_is_staff.
    is_staff = bool(attrs.get("edx-platform.user_is_staff")) or attrs.get("edx-platform.user_role") in STAFF_ROLES
    preferences = attrs.get("edx-platform.user_preferences") or {}
    return Viewer(
        actor=actor,
        is_staff=is_staff,
        barrier=_barrier(block, user_id, is_staff),
        time_zone=preferences.get("time_zone") or None,
    )


def _barrier(block, user_id, is_staff):
    course_key = course_key_of(block)
    if course_key is None:
        return OUTSIDE_COURSE
    if getattr(block.runtime, "is_author_mode", False):
        return PREVIEW  # Studio's preview must not change the live course's groups
    if not is_staff and not _is_enrolled(user_id, course_key):
        return NOT_ENROLLED
    return None


def _is_enrolled(user_id, course_key):
    """Whether the LMS has the user enrolled; outside the LMS every signed-in user is."""
    try:
        from common.djangoapps.student.models import CourseEnrollment
    except ImportError:
        return True
    return CourseEnrollment.objects.filter(user_id=user_id, course_id=course_key, is_active=True).exists()
