"""The learner's language wherever the block is installed: pip alone, Tutor's empty atlas folder, pulled catalogues.

``XBlockI18nService.get_python_locale`` (xmodule/modulestore/django.py) prefers
``conf/plugins-locale/xblock.v1/<module>/`` whenever that folder exists; Tutor's build
(``pull_xblock_translations``, atlas) leaves it empty for a block the Open edX
translation project does not carry, and the service then falls back to the platform's
own catalogue. ``STUDYGROUP_XBLOCK_LOCALE_ROOT`` stands for that root here.
"""

import gettext
from pathlib import Path

import polib
import pytest
from django.test import RequestFactory
from django.utils import translation

from demo.platform import DarkLangMiddleware, PlatformI18nService
from studygroup_xblock.models import Learner

from .conftest import COURSE, LmsRuntime, call_handler, in_request, json_of, learner_service, place_block, render

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
BUNDLED = ROOT / "translations"
HEADING = "Find your school's group"


def bundled(language):
    return gettext.translation("text", str(BUNDLED), [language])


@pytest.fixture
def learner(people, enrolments):
    """Ivan, enrolled, in no group yet: his page shows the search and the defaults."""
    enrolments.enrolled.add((people.ivan.id, COURSE))
    return people.ivan


@pytest.fixture
def locale_root(tmp_path, settings):
    settings.STUDYGROUP_XBLOCK_LOCALE_ROOT = str(tmp_path / "xblock.v1")
    settings.STATICI18N_ROOT = str(tmp_path / "static")
    return Path(settings.STUDYGROUP_XBLOCK_LOCALE_ROOT)


def pull(locale_root, language, changes):
    """What atlas and ``compile_xblock_translations`` leave: ``<module>/<locale>/LC_MESSAGES/django.mo``."""
    catalogue = (
        polib.pofile(str(BUNDLED / language / "LC_MESSAGES" / "text.po"))
        if (BUNDLED / language).is_dir()
        else polib.POFile()
    )
    catalogue.metadata = {"Content-Type": "text/plain; charset=UTF-8"}
    for msgid, msgstr in changes.items():
        entry = catalogue.find(msgid)
        if entry:
            entry.msgstr = msgstr
        else:
            catalogue.append(polib.POEntry(msgid=msgid, msgstr=msgstr))
    folder = locale_root / "studygroup_xblock" / language / "LC_MESSAGES"
    folder.mkdir(parents=True)
    catalogue.save_as_mofile(str(folder / "django.mo"))


def page(learner, **request_options):
    block = place_block(LmsRuntime(learner_service(learner)))
    return block, render(block, learner, **request_options)


def test_german_with_pip_alone(learner, locale_root):
    block, html = page(learner, language="de", accept_language="de")

    assert 'lang="de"' in html
    assert bundled("de").gettext(HEADING) in html
    assert HEADING not in html
    assert PlatformI18nService(block).get_python_locale(block)[0] == "text"


def test_german_under_tutors_empty_atlas_folder(learner, locale_root):
    (locale_root / "studygroup_xblock").mkdir(parents=True)
    block, html = page(learner, language="de", accept_language="de")

    with translation.override("de"):
        service = PlatformI18nService(block)
    assert service.get_python_locale(block)[0] == "django"
    assert service.translator is translation, "the platform's service has nothing of ours here"
    assert bundled("de").gettext(HEADING) in html
    assert HEADING not in html


def test_pulled_catalogues_win_message_by_message(learner, locale_root):
    pull(locale_root, "de", {HEADING: "Die Gruppe Ihrer Schule finden (aus dem Übersetzungsprojekt)"})

    _block, html = page(learner, language="de", accept_language="de")

    assert "Die Gruppe Ihrer Schule finden (aus dem Übersetzungsprojekt)" in html
    assert bundled("de").gettext("Join with a code") in html


def test_a_language_only_the_platform_pulled_is_spoken_too(learner, locale_root):
    pull(locale_root, "fr", {HEADING: "Trouvez le groupe de votre école"})
    compiled = locale_root.parent / "static" / "js" / "xblock.v1-i18n" / "studygroup_xblock" / "fr.js"
    compiled.parent.mkdir(parents=True)
    compiled.write_text("window.StudyGroupXBlockI18N = {};")
    block = place_block(LmsRuntime(learner_service(learner)))

    fragment = in_request(learner, lambda _request: block.runtime.render(block, "student_view"), language="fr")

    assert 'lang="fr"' in fragment.body_html()
    assert "Trouvez le groupe de votre école" in fragment.body_html()
    assert "/static/js/xblock.v1-i18n/studygroup_xblock/fr.js" in [resource.data for resource in fragment.resources]


def test_maltese_for_a_maltese_browser_though_the_lms_has_no_maltese(learner, locale_root):
    """The LMS's LANGUAGES has no "mt" (openedx/envs/common.py): Django falls back to English."""
    block = place_block(LmsRuntime(learner_service(learner)))

    fragment = in_request(
        learner, lambda _request: block.runtime.render(block, "student_view"), accept_language="mt-MT,mt;q=0.9,en;q=0.5"
    )

    assert 'lang="mt"' in fragment.body_html()
    assert bundled("mt").gettext(HEADING) in fragment.body_html()
    assert "Il-Ġermanja" in fragment.body_html()  # country names, from CLDR
    assert "/xblock/resource/studygroup/static/js/translations/mt/djangojs.js" in [
        resource.data for resource in fragment.resources
    ]


@pytest.mark.parametrize(
    ("preferences", "cookies", "language", "accept_language", "expected"),
    [
        ({"pref-lang": "hr"}, {}, "de", "de", "hr"),  # the learner's LMS preference first
        ({"pref-lang": "fr"}, {}, "en", "pt-PT,pt;q=0.9", "pt"),  # one we cannot speak: the next choice
        ({}, {"openedx-language-preference": "it"}, "en", "de", "it"),  # the site's language cookie
        ({}, {}, "nl", "de", "nl"),  # the language the site chose for the request
        ({}, {}, "en", "ro-RO,ro;q=0.9", "ro"),  # the browser's, when the site only fell back
        ({}, {}, "en", "fr-FR,fr;q=0.9", "en"),  # nothing we speak: English
    ],
)
def test_the_learners_language(learner, settings, preferences, cookies, language, accept_language, expected):
    settings.LANGUAGE_COOKIE_NAME = "openedx-language-preference"
    block = place_block(LmsRuntime(learner_service(learner, preferences=preferences)))

    html = render(block, learner, language=language, accept_language=accept_language, cookies=cookies)

    assert f'lang="{expected}"' in html


def test_untouched_defaults_speak_the_learners_language_and_the_authors_text_stays_as_written(learner):
    german = bundled("de")
    default = place_block(LmsRuntime(learner_service(learner)))
    authored = place_block(LmsRuntime(learner_service(learner)), discussion_prompt="Discuss unit 3 with your team.")

    default_html = render(default, learner, language="de", accept_language="de")
    authored_html = render(authored, learner, language="de", accept_language="de")
    mobile = in_request(learner, lambda _request: default.student_view_data(), language="de", accept_language="de")

    for setting in ("display_name", "discussion_prompt", "adaptation_prompt"):
        english = default.fields[setting].default
        assert german.gettext(english) != english
        assert german.gettext(english) in default_html
        assert mobile[setting] == german.gettext(english)
    assert "Discuss unit 3 with your team." in authored_html
    assert german.gettext(default.fields["discussion_prompt"].default) not in authored_html


def gated(accept_language, released, settings):
    """The ``Accept-Language`` the LMS goes on with once ``DarkLangMiddleware`` (demo/platform.py) has taken out
    every language the operator did not release."""
    settings.DEMO_RELEASED_LANGUAGES = released
    request = RequestFactory().get("/", HTTP_ACCEPT_LANGUAGE=accept_language)
    DarkLangMiddleware(lambda _request: None)(request)
    return request.META["HTTP_ACCEPT_LANGUAGE"]


def test_a_maltese_teacher_reads_maltese_behind_the_platforms_language_gate(learner, locale_root, settings):
    """Released: English and German. ``pref-lang`` can hold only a released language; the browser's Maltese
    is taken out of ``Accept-Language``, so the LMS gives English until the teacher chooses Malti."""
    accept = gated("mt, en;q=0.8", "en,de", settings)
    block = place_block(LmsRuntime(learner_service(learner, preferences={"pref-lang": "en"})))

    given = render(block, learner, accept_language=accept)
    chosen = call_handler(block, learner, "choose_language", {"language": "mt"}, accept_language=accept)
    maltese = render(place_block(block.runtime), learner, accept_language=accept)
    kept = Learner.objects.values_list("chosen_language", "language").get()
    back = call_handler(block, learner, "choose_language", {"language": ""}, accept_language=accept)
    again = render(place_block(block.runtime), learner, accept_language=accept)
    refused = call_handler(block, learner, "choose_language", {"language": "fr"}, accept_language=accept)

    assert accept == "en;q=0.8"
    assert 'lang="en"' in given
    assert HEADING in given
    assert '<option value="mt" lang="mt">Malti</option>' in given
    assert json_of(chosen) == {"language": "mt"}
    assert 'lang="mt"' in maltese
    assert bundled("mt").gettext(HEADING) in maltese
    assert '<option value="mt" lang="mt" selected>Malti</option>' in maltese
    assert kept == ("mt", "en")  # her e-mails are written in her choice (mailer), what the LMS gives is kept
    assert json_of(back) == {"language": ""}
    assert 'lang="en"' in again
    assert (refused.status_code, json_of(refused)["field"]) == (400, "language")
    assert Learner.objects.values_list("chosen_language", flat=True).get() == ""
