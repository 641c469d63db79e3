"""Extract and compile the block's translations: ``make translations``.

The English source goes where the Open edX translation tooling reads a plugin's
(OEP-58): ``studygroup_xblock/conf/locale/en/LC_MESSAGES/django.po`` (Python and
templates) and ``djangojs.po`` (JavaScript). Each language's catalogue is kept, and
shipped, in ``translations/<lang>/LC_MESSAGES/text.po`` (the block reads that domain)
and ``djangojs.po``, compiled for the browser into ``static/js/translations/<lang>/djangojs.js``.

``python -m demo.translations extract`` refreshes the catalogues from the code,
``python -m demo.translations compile`` (the default) builds the .mo and .js files.
"""

import os
import shutil
import sys
from contextlib import contextmanager
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "demo.settings")
django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import override_settings  # noqa: E402
from statici18n.management.commands.compilejsi18n import Command as CompileJsI18n  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
SOURCE = ROOT / "studygroup_xblock" / "conf" / "locale" / "en" / "LC_MESSAGES"
LANGUAGES = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]
NOT_OURS = [
    ".venv",
    "node_modules",
    "build",
    "dist",
    "demo",
    "tests",
    "static/js/translations",
    "studygroup_xblock/conf",
    "studygroup_xblock/static",
    "studygroup_xblock/translations",
    "locale",
    "var",
]


@contextmanager
def django_layout():
    """Let makemessages see ``translations/`` as the ``locale/`` folder and text.po as django.po."""
    locale = ROOT / "locale"
    locale.symlink_to("translations")
    renamed = list(TRANSLATIONS.glob("*/LC_MESSAGES/text.po"))
    for po in renamed:
        po.rename(po.with_name("django.po"))
    try:
        yield
    finally:
        for po in TRANSLATIONS.glob("*/LC_MESSAGES/django.po"):
            po.rename(po.with_name("text.po"))
        locale.unlink()


def extract():
    os.chdir(ROOT)
    ignore = [f"{path}/*" for path in NOT_OURS]
    with django_layout():
        for domain in ("django", "djangojs"):
            call_command(
                "makemessages",
                locale=["en", *LANGUAGES],
                domain=domain,
                ignore_patterns=ignore,
                no_location=True,
                no_obsolete=True,
                verbosity=0,
            )
    SOURCE.mkdir(parents=True, exist_ok=True)
    english = TRANSLATIONS / "en" / "LC_MESSAGES"
    (english / "text.po").replace(SOURCE / "django.po")
    (english / "djangojs.po").replace(SOURCE / "djangojs.po")
    shutil.rmtree(english.parent)


def catalogue_filename(locale, domain, output_format="js"):
    """``<locale>/<domain>.js``, also for languages Django itself has no catalogue for (Maltese)."""
    return f"{locale}/{domain}.{output_format}"


def compile_catalogues():
    filename_function = f"{__name__}.catalogue_filename"
    with override_settings(LOCALE_PATHS=[str(TRANSLATIONS)], STATICI18N_FILENAME_FUNCTION=filename_function):
        call_command("compilemessages", verbosity=0)
        for language in LANGUAGES:
            call_command(
                CompileJsI18n(),
                locale=language,
                domain="djangojs",
                namespace="StudyGroupXBlockI18N",
                outputdir=str(ROOT / "static" / "js" / "translations"),
                verbosity=0,
            )


if __name__ == "__main__":
    if "extract" in sys.argv[1:]:
        extract()
    else:
        compile_catalogues()
