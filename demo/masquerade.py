"""Staff viewing the demo course as a specific learner, as the LMS's masquerade does.

In the LMS, staff choose "View this course as: Specific learner", and ``MasqueradeView``
keeps a ``CourseMasquerade`` naming the learner in their session. Here ``?masquerading=staff``
on a page starts it for the learner ``?student=`` names (``?masquerading=`` ends it). Then
each request goes as it does in the LMS, through ``setup_masquerade`` (demo/platform.py):

- a page (``render_xblock`` in lms/djangoapps/courseware/views/views.py runs
  ``_course_masquerade, request.user = setup_masquerade(request, course_key, staff_access)``)
  is served with the learner as the request's user and the staff member on
  ``request.user.real_user``;
- a handler call (``get_block_by_usage_id`` in lms/djangoapps/courseware/block_render.py
  runs ``_, user = setup_masquerade(...)``) keeps the staff member as the request's user.
"""

from django.contrib.auth import get_user_model

from studygroup_xblock.viewer import WORKBENCH_COURSE_KEY

from .platform import MASQUERADE_SETTINGS_KEY, CourseMasquerade, setup_masquerade
from .roster import PEOPLE

SIGNED_IN = "demo_signed_in"  # the staff member masquerading: the demo has no sign-in of its own
PAGES = ("/scenario/", "/view/")  # the workbench's pages; everything else is a handler or a file


class MasqueradeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "masquerading" in request.GET:
            _choose(request, PEOPLE.get(request.GET["masquerading"]), request.GET.get("student"))
        staff_id = request.session.get(SIGNED_IN)
        if staff_id:
            users = get_user_model().objects
            request.user = users.get_or_create(username=staff_id)[0]
            if request.path.startswith(PAGES):
                _course_masquerade, request.user = setup_masquerade(
                    request, WORKBENCH_COURSE_KEY, True, users_enrolled_in=lambda _course_key: users
                )
        return self.get_response(request)


def _choose(request, staff, learner):
    """What ``MasqueradeView.post`` keeps: the learner to view the course as, by username (made a user of the
    demo if new); nothing, to end it."""
    if staff is None or staff.role != "staff" or not learner:
        request.session.pop(SIGNED_IN, None)
        request.session.pop(MASQUERADE_SETTINGS_KEY, None)
        return
    get_user_model().objects.get_or_create(username=learner)
    request.session[SIGNED_IN] = staff.user_id
    request.session[MASQUERADE_SETTINGS_KEY] = {
        WORKBENCH_COURSE_KEY: CourseMasquerade(WORKBENCH_COURSE_KEY, role="student", user_name=learner)
    }
