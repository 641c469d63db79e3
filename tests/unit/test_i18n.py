"""The block's own languages: activation, names from CLDR, calendars (the LMS-facing choices are in tests/contract)."""

import gettext

import pytest
from django.conf import global_settings
from django.template import Context, Template
from django.utils import translation
from django_countries import countries

from studygroup_xblock import i18n, validation

SPOKEN = ["de", "es", "hr", "it", "mt", "nl", "pt", "ro"]


def test_the_block_speaks_english_and_every_language_it_ships():
    assert i18n.languages() == frozenset(["en", *SPOKEN])


@pytest.mark.parametrize("language", SPOKEN)
def test_inside_activated_templates_and_gettext_speak_the_language_and_it_is_undone(language):
    english = "Find your school's group"
    with translation.override("en"):
        with i18n.activated(language):
            in_template = Template('{% load i18n %}{% trans "Find your school\'s group" %}').render(Context())
            in_python = translation.gettext(english)
            active = translation.get_language()
        after = translation.gettext(english), translation.get_language()

    assert in_template == in_python != english
    assert active == language
    assert after == (english, "en")


@pytest.mark.parametrize("language", SPOKEN)
def test_a_word_marked_with_its_context_is_translated_in_that_context(language):
    """A group's status "Active" is a catalogue entry of its own: plain ``gettext`` would miss it."""
    active = i18n.pgettext("status of a study group", "Active")
    catalogue = i18n.translation(language)

    in_context = i18n.translate(active, catalogue)
    with i18n.activated(language):
        in_active_language = i18n.translate(active)

    assert in_context == in_active_language == catalogue.pgettext("status of a study group", "Active")
    assert in_context != "Active"
    assert catalogue.gettext("Active") == "Active"


@pytest.mark.parametrize("language", SPOKEN)
def test_every_country_and_working_language_is_named_in_the_language(language):
    country_names = dict(i18n.country_names(language))
    language_names = dict(i18n.language_names(language))

    assert set(country_names) == {code for code, _name in countries}
    assert set(language_names) == {code for code, _name in global_settings.LANGUAGES} | {"mt"}
    assert all(name and name[0] == name[0].upper() for name in [*country_names.values(), *language_names.values()])
    assert country_names["DE"] != "Germany"
    assert language_names["fr"] != "French"


def test_maltese_is_a_working_language_though_django_has_none():
    assert dict(i18n.language_names("mt"))["mt"] == "Malti"
    assert dict(i18n.language_names("de"))["mt"] == "Maltesisch"
    assert validation.language("mt", "language") == "mt"


def test_portuguese_names_are_portugals():
    assert i18n.country_name("VN", "pt") == "Vietname"  # Brazil writes "Vietnã"
    assert i18n.calendar("pt")["locale"] == "pt-PT"


def test_lists_sort_as_a_reader_expects_whatever_the_accents():
    names = [name for _code, name in i18n.country_names("de")]

    assert names.index("Österreich") < names.index("Pakistan")
    assert names.index("Ägypten") < names.index("Albanien")


@pytest.mark.parametrize("language", SPOKEN)
def test_a_calendar_for_browsers_without_the_language(language):
    calendar = i18n.calendar(language)

    assert len(calendar["months"]) == 12
    assert len(calendar["days"]) == 7
    assert all(calendar["months"])
    assert all(calendar["days"])


def test_maltese_weeks_start_on_sunday_as_javascript_counts():
    assert i18n.calendar("mt") == {
        "locale": "mt",
        "months": ["Jan", "Fra", "Mar", "Apr", "Mej", "Ġun", "Lul", "Aww", "Set", "Ott", "Nov", "Diċ"],
        "days": ["Ħad", "Tne", "Tli", "Erb", "Ħam", "Ġim", "Sib"],
    }


@pytest.mark.parametrize("language", SPOKEN)
def test_numbers_from_the_code_are_filled_in_after_translation(language):
    """The size range of Studio's help comes from the api, never from the catalogue."""
    help_text = i18n.filled("The most members a group created here may have (%(low)s to %(high)s).", low=3, high=40)

    translated = i18n.translate(help_text, i18n.translation(language))

    assert str(help_text) == "The most members a group created here may have (3 to 40)."
    assert "3" in translated
    assert "40" in translated
    assert "most members" not in translated


@pytest.mark.parametrize("language", SPOKEN)
@pytest.mark.parametrize("count", [1, 2, 5, 21, 1_000_000])
def test_a_plural_with_a_context_is_translated_for_every_count(language, count):
    """Django's own catalogue may count plural forms otherwise than ours (Spanish: three to our two);
    each catalogue is read with its own rule."""
    source = ("duration of a meeting", "%(count)s minute", "%(count)s minutes")

    ours = gettext.translation(i18n.BUNDLED_DOMAIN, str(i18n.CATALOGUES), [language])

    assert i18n.npgettext(i18n.translation(language), *source, count) == ours.npgettext(*source, count)
