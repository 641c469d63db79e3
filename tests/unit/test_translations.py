"""The catalogues: the English source the Open edX translation tooling reads; every language complete, compiled."""

import gettext
import json
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]
# OEP-58: a plugin's English source, where the translation project extracts it from.
SOURCE = ROOT / "studygroup_xblock" / "conf" / "locale" / "en" / "LC_MESSAGES"
SOURCE_NAMES = {"text": "django", "djangojs": "djangojs"}


def catalogue(language, domain):
    return polib.pofile(str(ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"))


def source(domain):
    return polib.pofile(str(SOURCE / f"{SOURCE_NAMES[domain]}.po"))


def msgids(po):
    return {(entry.msgctxt, entry.msgid, entry.msgid_plural) for entry in po if not entry.obsolete}


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", ["text", "djangojs"])
def test_every_string_is_translated(language, domain):
    po = catalogue(language, domain)

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert msgids(po) == msgids(source(domain))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", ["text", "djangojs"])
def test_msgfmt_accepts_every_catalogue(language, domain):
    po = ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"

    result = subprocess.run(
        ["msgfmt", "--check", "--output-file=/dev/null", str(po)], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0, result.stderr


def test_the_english_source_holds_every_string_of_the_code(tmp_path):
    """Extracting afresh (as ``make translations`` does, in a copy) finds exactly the committed source."""
    for part in ("studygroup_xblock", "static/js"):
        shutil.copytree(
            ROOT / part, tmp_path / part, ignore=shutil.ignore_patterns("translations", "conf", "static", "__pycache__")
        )
    (tmp_path / "locale").mkdir()
    script = (
        "import django; from django.conf import settings; settings.configure(USE_I18N=True); django.setup();"
        "from django.core.management import call_command;"
        "[call_command('makemessages', locale=['en'], domain=d, no_location=True, verbosity=0)"
        " for d in ('django', 'djangojs')]"
    )
    subprocess.run([sys.executable, "-c", script], cwd=tmp_path, check=True)

    for domain in ("text", "djangojs"):
        extracted = polib.pofile(str(tmp_path / "locale" / "en" / "LC_MESSAGES" / f"{SOURCE_NAMES[domain]}.po"))
        assert msgids(extracted) == msgids(source(domain)), f"run `make translations` ({domain})"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_python_catalogue_is_compiled_from_the_current_po(language):
    mo = ROOT / "translations" / language / "LC_MESSAGES" / "text.mo"
    with mo.open("rb") as compiled:
        translations = gettext.GNUTranslations(compiled)

    for entry in catalogue(language, "text").translated_entries():
        if entry.msgid_plural and entry.msgctxt:
            assert translations.npgettext(entry.msgctxt, entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
        elif entry.msgid_plural:
            assert translations.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
        elif entry.msgctxt:
            assert translations.pgettext(entry.msgctxt, entry.msgid) == entry.msgstr, entry.msgid
        else:
            assert translations.gettext(entry.msgid) == entry.msgstr, entry.msgid


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_browser_catalogue_is_compiled_from_the_current_po(language):
    script = (ROOT / "static" / "js" / "translations" / language / "djangojs.js").read_text()

    assert "StudyGroupXBlockI18N" in script
    for entry in catalogue(language, "djangojs").translated_entries():
        texts = entry.msgstr_plural.values() if entry.msgid_plural else [entry.msgstr]
        for text in texts:
            assert json.dumps(text) in script, entry.msgid
