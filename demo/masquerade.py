"""Staff viewing the demo course as a specific learner, as the LMS's masquerade does.

In the LMS the request's user stays the staff member while the block is served to the
learner (``setup_masquerade``, lms/djangoapps/courseware/masquerade.py), and the choice
lives in the session. Here ``?masquerading=staff`` on a page starts it for the session
(``?masquerading=`` ends it), and ``?student=`` names the learner, as everywhere in the demo.
"""

from django.contrib.auth import get_user_model

from .roster import PEOPLE

SESSION_KEY = "demo_masquerading"


class MasqueradeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "masquerading" in request.GET:
            staff = PEOPLE.get(request.GET["masquerading"])
            request.session[SESSION_KEY] = staff.user_id if staff and staff.role == "staff" else None
        staff_id = request.session.get(SESSION_KEY)
        if staff_id:
            request.user, _created = get_user_model().objects.get_or_create(username=staff_id)
        return self.get_response(request)
