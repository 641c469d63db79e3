"""The shipped catalogues are complete and compiled from their current sources."""

import gettext
import json
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[2]
LANGUAGES = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]


def catalogue(language, domain):
    return polib.pofile(str(ROOT / "translations" / language / "LC_MESSAGES" / f"{domain}.po"))


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("domain", ["text", "djangojs"])
def test_every_string_is_translated(language, domain):
    po = catalogue(language, domain)

    assert [entry.msgid for entry in po.untranslated_entries()] == []
    assert [entry.msgid for entry in po.fuzzy_entries()] == []
    assert len(po) == len(catalogue("en", domain))


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_python_catalogue_is_compiled_from_the_current_po(language):
    mo = ROOT / "translations" / language / "LC_MESSAGES" / "text.mo"
    with mo.open("rb") as compiled:
        translations = gettext.GNUTranslations(compiled)

    for entry in catalogue(language, "text").translated_entries():
        if entry.msgid_plural:
            assert translations.ngettext(entry.msgid, entry.msgid_plural, 1) == entry.msgstr_plural[0]
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
