"""Stand-ins for the LMS services the block uses, for the workbench.

The user service carries the same ``edx-platform.*`` attributes the LMS sets, so the
block runs the code path it runs in production; the i18n service loads the block's
own ``text`` catalogue, as the LMS's XBlockI18nService does.
"""

import gettext
from importlib.resources import files

from django.utils import translation
from xblock.reference.user_service import UserService, XBlockUser

from .roster import ANONYMOUS, PEOPLE, Person


class DemoUserService(UserService):
    """The current workbench student (``?student=<id>``) as the LMS would describe them."""

    def get_current_user(self):
        user_id = getattr(self.runtime, "user_id", None) or ANONYMOUS
        person = PEOPLE.get(user_id, Person(user_id, user_id.replace("_", " ").title()))
        anonymous = user_id == ANONYMOUS
        user = XBlockUser(is_current_user=True, full_name="" if anonymous else person.full_name)
        user.opt_attrs.update(
            {
                "edx-platform.user_id": None if anonymous else person.user_id,
                "edx-platform.username": None if anonymous else person.user_id,
                "edx-platform.is_authenticated": not anonymous,
                "edx-platform.user_is_staff": person.role == "staff",
                "edx-platform.user_role": person.role,
                "edx-platform.user_preferences": {"pref-lang": translation.get_language()},
            }
        )
        return user


class DemoI18nService:
    """gettext over the block's bundled ``text`` catalogue for the active language."""

    def __init__(self):
        locale = translation.to_locale(translation.get_language() or "en")
        localedir = files("studygroup_xblock").joinpath("translations")
        self.translator = gettext.translation("text", localedir=str(localedir), languages=[locale], fallback=True)

    def __getattr__(self, name):
        return getattr(self.translator, name)

    def ugettext(self, message):
        return self.translator.gettext(message)
