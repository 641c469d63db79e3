"""Run by the wheel test inside a fresh virtualenv, from outside the repository.

Proves the installed package alone carries what the LMS needs: entry points, the
block's JS and CSS, translation catalogues (and the English source the Open edX
translation tooling reads), templates and migrations.
"""

import gettext
import sys
from importlib.metadata import entry_points
from importlib.resources import files

import django
from django.conf import settings

settings.configure(
    INSTALLED_APPS=["django_countries", "studygroup_xblock.apps.StudyGroupConfig"],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    USE_I18N=True,
)
django.setup()

from django.core.management import call_command  # noqa: E402
from xblock.core import XBlock  # noqa: E402

import studygroup_xblock  # noqa: E402

assert "site-packages" in studygroup_xblock.__file__, studygroup_xblock.__file__
for group, target in [
    ("xblock.v1", "studygroup_xblock.block:StudyGroupXBlock"),
    ("lms.djangoapp", "studygroup_xblock.apps:StudyGroupConfig"),
    ("cms.djangoapp", "studygroup_xblock.apps:StudyGroupConfig"),
]:
    assert [ep.value for ep in entry_points(group=group, name="studygroup")] == [target], group

block_class = XBlock.load_class("studygroup")
for resource in (
    "static/js/studygroup.js",
    "static/js/i18n.js",
    "static/css/studygroup.css",
    "static/js/translations/de/djangojs.js",
):
    assert block_class.open_local_resource(resource).read(), resource

FULL = "This group is full: ask its coordinator whether a place will free up, or start a group of your own."
catalogue = gettext.translation("text", localedir=str(files("studygroup_xblock") / "translations"), languages=["de"])
assert catalogue.gettext(FULL) != FULL, "no German text.mo"
assert (files("studygroup_xblock") / "templates" / "studygroup" / "student.html").is_file()
assert (files("studygroup_xblock") / "conf" / "locale" / "en" / "LC_MESSAGES" / "django.po").is_file(), "OEP-58 source"

assert (files("studygroup_xblock") / "templates" / "studygroup" / "mail" / "meeting.html").is_file(), "e-mails"
call_command("migrate", verbosity=0)
call_command("send_studygroup_mail", verbosity=0)  # the cron command an operator runs
print("installed package OK:", catalogue.gettext(FULL), file=sys.stdout)
