"""
Who is looking at a block, read from the runtime in one place.

The LMS and Studio describe the current user with ``edx-platform.*`` attributes; the
xblock-sdk workbench only with ``xblock-workbench.user_id``. This adapter hides that
difference (and the workbench's lack of a course) from the rest of the package.
"""

import logging
from dataclasses import dataclass

from opaque_keys.edx.keys import CourseKey

from .data import Actor

log = logging.getLogger(__name__)

# The workbench has no courses: every block there shares this one.
WORKBENCH_COURSE_KEY = CourseKey.from_string("course-v1:StudyGroup+Workbench+Demo")
STAFF_ROLES = ("staff", "instructor")


@dataclass(frozen=True)
class Viewer:
    """The current user; ``actor`` is None for anonymous viewers."""

    actor: Actor | None
    is_staff: bool
    is_enrolled: bool

    @property
    def can_take_part(self):
        return self.actor is not None and (self.is_enrolled or self.is_staff)


def course_key_of(block):
    """The block's course, or the shared workbench course outside a real course."""
    return getattr(block.scope_ids.usage_id, "context_key", None) or WORKBENCH_COURSE_KEY


def viewer_of(block):
    """The current user of ``block``'s runtime as a :class:`Viewer`."""
    service = block.runtime.service(block, "user")
    user = service.get_current_user() if service else None
    attrs = user.opt_attrs if user else {}
    user_id = attrs.get("edx-platform.user_id") or attrs.get("xblock-workbench.user_id")
    if user_id is None or not attrs.get("edx-platform.is_authenticated", True):
        return Viewer(actor=None, is_staff=False, is_enrolled=False)
    user_id = str(user_id)
    actor = Actor(
        user_id=user_id,
        username=attrs.get("edx-platform.username") or user_id,
        full_name=(user.full_name or "").strip(),
    )
    # Studio's preview sets the role but not user_is_staff.
    is_staff = bool(attrs.get("edx-platform.user_is_staff")) or attrs.get("edx-platform.user_role") in STAFF_ROLES
    return Viewer(actor=actor, is_staff=is_staff, is_enrolled=_is_enrolled(user_id, course_key_of(block)))


def _is_enrolled(user_id, course_key):
    """Whether the LMS has the user enrolled; outside the LMS every signed-in user is."""
    try:
        from common.djangoapps.student.models import CourseEnrollment
    except ImportError:
        return True
    return CourseEnrollment.objects.filter(user_id=user_id, course_id=course_key, is_active=True).exists()
