"""
What the Open edX LMS and Studio give a block, reproduced point by point for the demo and the contract tests.

Each class or function names the platform code it mirrors (openedx/openedx-platform,
read in 2026); ``tests/contract`` pins the block's behaviour against these. Only what
needs the platform's own tables (user profiles, preferences, enrolments) is passed in.
"""

import contextlib
import gettext
import pickle
from importlib.resources import files
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation.trans_real import parse_accept_lang_header
from web_fragments.fragment import Fragment
from xblock.reference.user_service import UserService, XBlockUser

# common/djangoapps/xblock_django/constants.py
ATTR_KEY_ANONYMOUS_USER_ID = "edx-platform.anonymous_user_id"
ATTR_KEY_DEPRECATED_ANONYMOUS_USER_ID = "edx-platform.deprecated_anonymous_user_id"
ATTR_KEY_IS_AUTHENTICATED = "edx-platform.is_authenticated"
ATTR_KEY_REQUEST_COUNTRY_CODE = "edx-platform.request_country_code"
ATTR_KEY_USER_ID = "edx-platform.user_id"
ATTR_KEY_USERNAME = "edx-platform.username"
ATTR_KEY_USER_IS_BETA_TESTER = "edx-platform.user_is_beta_tester"
ATTR_KEY_USER_IS_GLOBAL_STAFF = "edx-platform.user_is_global_staff"
ATTR_KEY_USER_IS_STAFF = "edx-platform.user_is_staff"
ATTR_KEY_USER_PREFERENCES = "edx-platform.user_preferences"
ATTR_KEY_USER_ROLE = "edx-platform.user_role"
USER_PREFERENCES_WHITE_LIST = ["pref-lang", "time_zone"]


class PlatformUserService(UserService):
    """``DjangoXBlockUserService`` (common/djangoapps/xblock_django/user_service.py).

    ``full_name`` stands for ``user.profile.name`` and ``preferences`` for
    ``get_user_preferences(user)``, the LMS tables the demo does not have.
    """

    def __init__(self, django_user, *, full_name=None, preferences=None, **kwargs):
        super().__init__()
        self._django_user = django_user
        self._full_name = full_name
        self._preferences = preferences or {}
        self._user_is_beta_tester = kwargs.get("user_is_beta_tester", False)
        self._user_is_global_staff = kwargs.get("user_is_global_staff", False)
        self._user_is_staff = kwargs.get("user_is_staff", False)
        self._user_role = kwargs.get("user_role", "student")
        self._anonymous_user_id = kwargs.get("anonymous_user_id")
        self._deprecated_anonymous_user_id = kwargs.get("deprecated_anonymous_user_id")
        self._request_country_code = kwargs.get("request_country_code")

    def get_current_user(self):
        return self._convert_django_user_to_xblock_user(self._django_user)

    def _convert_django_user_to_xblock_user(self, django_user):
        """``_convert_django_user_to_xblock_user``: a signed-out user gets ``is_authenticated=False`` only."""
        xblock_user = XBlockUser(is_current_user=True)
        if django_user is not None and django_user.is_authenticated:
            xblock_user.full_name = self._full_name
            xblock_user.emails = [django_user.email]
            xblock_user.opt_attrs[ATTR_KEY_ANONYMOUS_USER_ID] = self._anonymous_user_id
            xblock_user.opt_attrs[ATTR_KEY_DEPRECATED_ANONYMOUS_USER_ID] = self._deprecated_anonymous_user_id
            xblock_user.opt_attrs[ATTR_KEY_IS_AUTHENTICATED] = True
            xblock_user.opt_attrs[ATTR_KEY_REQUEST_COUNTRY_CODE] = self._request_country_code
            xblock_user.opt_attrs[ATTR_KEY_USER_ID] = django_user.id
            xblock_user.opt_attrs[ATTR_KEY_USERNAME] = django_user.username
            xblock_user.opt_attrs[ATTR_KEY_USER_IS_BETA_TESTER] = self._user_is_beta_tester
            xblock_user.opt_attrs[ATTR_KEY_USER_IS_GLOBAL_STAFF] = self._user_is_global_staff
            xblock_user.opt_attrs[ATTR_KEY_USER_IS_STAFF] = self._user_is_staff
            xblock_user.opt_attrs[ATTR_KEY_USER_ROLE] = self._user_role
            xblock_user.opt_attrs[ATTR_KEY_USER_PREFERENCES] = {
                pref: self._preferences.get(pref) for pref in USER_PREFERENCES_WHITE_LIST if pref in self._preferences
            }
        else:
            xblock_user.opt_attrs[ATTR_KEY_IS_AUTHENTICATED] = False
            xblock_user.opt_attrs[ATTR_KEY_REQUEST_COUNTRY_CODE] = self._request_country_code
        return xblock_user


class PickleSerializer:
    """``openedx.core.lib.session_serializers.PickleSerializer``, the LMS's ``SESSION_SERIALIZER``: its
    sessions hold objects (the masquerade settings below, keyed by course key)."""

    def dumps(self, obj):
        return pickle.dumps(obj, pickle.HIGHEST_PROTOCOL)

    def loads(self, data):
        return pickle.loads(data)  # noqa: S301 - the server's own session store, never a visitor's data


# lms/djangoapps/courseware/masquerade.py
MASQUERADE_SETTINGS_KEY = "masquerade_settings"
MASQUERADE_DATA_KEY = "masquerade_data"


class CourseMasquerade:
    """``CourseMasquerade``: what staff chose in "View this course as" (a role, or a specific learner)."""

    def __init__(self, course_key, role="student", user_partition_id=None, group_id=None, user_name=None):
        self.course_key = course_key
        self.role = role
        self.user_partition_id = user_partition_id
        self.group_id = group_id
        self.user_name = user_name


def setup_masquerade(request, course_key, staff_access=False, reset_masquerade_data=False, *, users_enrolled_in):
    """``setup_masquerade``, line for line: the pair (the course's masquerade or None, the user the request
    is served as). Masquerading as a specific learner, that learner comes back with the staff member on
    ``real_user``; ``users_enrolled_in(course_key)`` stands for ``CourseEnrollment.objects.users_enrolled_in``.
    """
    if request.user is None or not settings.ENABLE_MASQUERADE or not staff_access:
        return None, request.user
    if reset_masquerade_data:
        request.session.pop(MASQUERADE_DATA_KEY, None)
    masquerade_settings = request.session.setdefault(MASQUERADE_SETTINGS_KEY, {})
    # Store the masquerade settings on the user so it can be accessed without the request
    request.user.masquerade_settings = masquerade_settings
    course_masquerade = masquerade_settings.get(course_key, None)
    masquerade_user = None
    if course_masquerade and course_masquerade.user_name:
        try:
            masquerade_user = users_enrolled_in(course_key).get(username=course_masquerade.user_name)
        except get_user_model().DoesNotExist:
            course_masquerade = None
            del masquerade_settings[course_key]
            request.session.modified = True
        else:
            masquerade_user.masquerade_settings = request.user.masquerade_settings
            masquerade_user.real_user = request.user
    return course_masquerade, masquerade_user or request.user


def get_course_masquerade(user, course_key):
    """``get_course_masquerade``."""
    masquerade_settings = getattr(user, "masquerade_settings", {})
    return masquerade_settings.get(course_key, None)


def is_masquerading_as_specific_student(user, course_key):
    """``is_masquerading_as_specific_student``."""
    course_masquerade = get_course_masquerade(user, course_key)
    return bool(course_masquerade and course_masquerade.user_name)


def filter_displayed_blocks(block, unused_view, frag, unused_context):
    """``filter_displayed_blocks``: the wrapper ``prepare_runtime_for_user`` (lms/djangoapps/courseware/
    block_render.py) adds when staff view the course as a specific learner."""
    if getattr(block, "show_in_read_only_mode", False):
        return frag
    return Fragment(_("This type of component cannot be shown while viewing the course as a specific student."))


# openedx/core/djangoapps/dark_lang/middleware.py
CHINESE_LANGUAGE_CODE_MAP = {
    "zh-hans": "zh-CN",
    "zh-hans-cn": "zh-CN",
    "zh-hans-sg": "zh-CN",
    "zh-hant": "zh-TW",
    "zh-hant-hk": "zh-HK",
    "zh-hant-mo": "zh-TW",
    "zh-hant-tw": "zh-TW",
    "zh-mo": "zh-TW",
    "zh-sg": "zh-CN",
}


def _dark_parse_accept_lang_header(accept):
    """``_dark_parse_accept_lang_header``."""
    browser_langs = parse_accept_lang_header(accept)
    django_langs = []
    for lang, priority in browser_langs:
        lang = CHINESE_LANGUAGE_CODE_MAP.get(lang.lower(), lang)
        django_langs.append((lang, priority))
    return django_langs


class DarkLangMiddleware:
    """``DarkLangMiddleware``: where the operator released only some languages (``DarkLangConfig``, here
    ``settings.DEMO_RELEASED_LANGUAGES``, comma-separated; empty: dark-lang off), a browser's
    ``Accept-Language`` reaches the LMS with the others taken out. Placed before LocaleMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.DEMO_RELEASED_LANGUAGES:
            self._clean_accept_headers(request)
        return self.get_response(request)

    @property
    def released_langs(self):
        language_options = [lang.strip() for lang in settings.DEMO_RELEASED_LANGUAGES.split(",") if lang.strip()]
        if settings.LANGUAGE_CODE not in language_options:
            language_options.append(settings.LANGUAGE_CODE)
        return language_options

    def _fuzzy_match(self, lang_code):
        """``_fuzzy_match``, beta languages not enabled."""
        match = None
        langs = self.released_langs
        if lang_code in langs:
            match = lang_code
        else:
            lang_prefix = lang_code.partition("-")[0]
            for released_lang in langs:
                released_prefix = released_lang.partition("-")[0]
                if lang_prefix == released_prefix:
                    match = released_lang
        return match

    def _clean_accept_headers(self, request):
        """``_clean_accept_headers``, line for line."""
        accept = request.META.get("HTTP_ACCEPT_LANGUAGE", None)
        if accept is None or accept == "*":
            return
        new_accept = []
        for lang, priority in _dark_parse_accept_lang_header(accept):
            fuzzy_code = self._fuzzy_match(lang.lower())
            if fuzzy_code:
                new_accept.append(f"{fuzzy_code};q={priority}")
        new_accept = ", ".join(new_accept)
        request.META["HTTP_ACCEPT_LANGUAGE"] = new_accept


def xblock_locale_root():
    """``get_python_locale_root()`` (xmodule/modulestore/api.py): ``REPO_ROOT / 'conf/plugins-locale/xblock.v1'``.

    ``STUDYGROUP_XBLOCK_LOCALE_ROOT`` stands for it here; it does not exist unless a
    test or an operator's layout (Tutor's build) makes it.
    """
    return Path(settings.STUDYGROUP_XBLOCK_LOCALE_ROOT)


class PlatformI18nService:
    """``XBlockI18nService`` (xmodule/modulestore/django.py).

    A block's catalogues come from the folder atlas pulled them into when that folder
    exists, even empty; else from the package's ``translations/`` (domain ``text``); and
    when neither has the active language, Django's (the platform's) own catalogue serves.
    """

    def __init__(self, block=None):
        self.translator = translation
        if block:
            domain, locale_dir = self.get_python_locale(block)
            selected_language = translation.get_language()
            if locale_dir:
                with contextlib.suppress(OSError):
                    self.translator = gettext.translation(
                        domain, locale_dir, [translation.to_locale(selected_language or settings.LANGUAGE_CODE)]
                    )

    def get_python_locale(self, block):
        module = _root_module_name(block)
        pulled = xblock_locale_root() / module
        if pulled.is_dir():
            return "django", pulled
        return "text", str(files(module) / "translations")

    def get_javascript_i18n_catalog_url(self, block):
        """The catalogue ``compile_xblock_translations`` built for the active language, if it did."""
        name = f"js/xblock.v1-i18n/{_root_module_name(block)}/{translation.to_locale(translation.get_language())}.js"
        return f"/static/{name}" if (Path(settings.STATICI18N_ROOT) / name).is_file() else None

    def __getattr__(self, name):
        name = "gettext" if name == "ugettext" else name
        return getattr(self.translator, name)


def _root_module_name(block):
    """``get_xblock_root_module_name`` (xmodule/modulestore/api.py)."""
    return getattr(block, "unmixed_class", block.__class__).__module__.split(".")[0]
