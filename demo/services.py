"""The LMS's user service and Studio's permissions service for the workbench (see ``demo/platform.py``).

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


class DemoStudioPermissions:
    """Studio's ``StudioPermissionsService`` (openedx/core/djangoapps/content/services.py), which
    ``load_services_for_studio`` gives a block's handlers in Studio: in the demo, its course team may
    write (``has_studio_write_access`` lets a course's staff)."""

    def can_read(self, context_key):
        return self.can_write(context_key)

    def can_write(self, context_key):
        user_id = getattr(self.runtime, "user_id", None) or ANONYMOUS
        return PEOPLE.get(user_id, Person(user_id, "")).role == "staff"
