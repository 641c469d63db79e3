"""The LMS's user service for the workbench (see ``demo/platform.py``).

It builds the current workbench student (``?student=<id>``) the way the LMS builds a
learner, so the block runs the code path it runs in production.
"""

from types import SimpleNamespace

from .platform import PlatformUserService
from .roster import ANONYMOUS, PEOPLE, Person


class DemoUserService(PlatformUserService):
    """The current workbench student, as the LMS's ``DjangoXBlockUserService`` describes a learner."""

    def __init__(self):
        super().__init__(None)

    def get_current_user(self):
        user_id = getattr(self.runtime, "user_id", None) or ANONYMOUS
        if user_id == ANONYMOUS:
            return self._convert_django_user_to_xblock_user(None)
        person = PEOPLE.get(user_id, Person(user_id, user_id.replace("_", " ").title()))
        self._full_name = person.full_name
        self._user_is_staff = person.role == "staff"
        self._user_role = person.role
        user = SimpleNamespace(is_authenticated=True, id=person.user_id, username=person.user_id, email="")
        return self._convert_django_user_to_xblock_user(user)
