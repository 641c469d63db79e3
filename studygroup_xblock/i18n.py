"""
The learner's language, and the block's text in it, wherever the block is installed.

The platform's i18n service cannot be relied on for this. It looks for a block's
catalogues in the folder atlas pulls them into first, and when that folder exists but
holds none for the language (as Tutor's build leaves it for a block outside the Open edX
translation project), it falls back to the platform's own catalogue, where our strings
are not; and it only speaks the languages the LMS offers, which Maltese is not. So the
block chooses the learner's language itself and translates from the catalogues it
ships, with any the platform did pull for it taking precedence message by message.

Everything rendered inside :func:`activated` (our templates' ``{% trans %}``, Django's
``gettext``, country and language names) comes out in that one language.
"""

import functools
import gettext
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path

from babel import Locale, UnknownLocaleError
from babel.dates import format_date
from babel.numbers import format_decimal
from django.conf import settings
from django.utils import translation as django_translation
from django.utils.translation import trans_real
from django_countries import countries

from .models import Meeting
from .validation import WORKING_LANGUAGES, fold


def _(text):
    """Mark text for translation; it is translated where it is shown."""
    return text


class Phrase(str):
    """Text to translate in a context: a short word a translator could not place alone ("Open": a group's status)."""

    context: str

    def __new__(cls, context, text):
        phrase = super().__new__(cls, text)
        phrase.context = context
        return phrase


def pgettext(context, text):
    """Mark text for translation in ``context`` (xgettext reads the call); :func:`translate` translates it."""
    return Phrase(context, text)


class Filled(str):
    """Text whose numbers come from the code ("2 to 50"): English as filled in, translated before filling."""

    template: str
    values: dict

    def __new__(cls, template, **values):
        filled = super().__new__(cls, template % values)
        filled.template, filled.values = template, values
        return filled


def filled(template, **values):
    """``template`` (marked for translation) with ``values`` put in, wherever :func:`translate` shows it."""
    return Filled(template, **values)


def translate(text, translation=None):
    """``text`` in ``translation`` (else the active language), read in its context where it was marked
    with one, and filled in where it was :func:`filled`."""
    source = translation or django_translation
    if isinstance(text, Filled):
        return source.gettext(text.template) % text.values
    context = getattr(text, "context", None)
    return source.pgettext(context, text) if context else source.gettext(text)


CONTEXT_SEPARATOR = "\x04"  # between a message's context and its text, in a compiled catalogue


def npgettext(translation, context, singular, plural, count):
    """The form of a message with a context for ``count``, through Django's ``ngettext``, which reads
    each merged catalogue with its own plural rule. ``GNUTranslations.npgettext`` applies the first
    catalogue's rule to all: Django's Spanish has three forms and ours two, so "2 minutes" came in
    English."""
    keys = (f"{context}{CONTEXT_SEPARATOR}{singular}", f"{context}{CONTEXT_SEPARATOR}{plural}")
    found = translation.ngettext(*keys, count)
    return (singular if count == 1 else plural) if CONTEXT_SEPARATOR in found else found


SOURCE_LANGUAGE = "en"
BUNDLED_DOMAIN = "text"  # what the LMS reads in a block package's translations/ folder
PULLED_DOMAIN = "django"  # what atlas pulls into conf/plugins-locale/xblock.v1/<module>/ (OEP-58)
CATALOGUES = files(__package__) / "translations"
JS_CATALOGUE = "static/js/translations/{locale}/djangojs.js"
# Where CLDR's default for a language is not the pilot's: its Portuguese teachers are in Portugal.
CLDR_LOCALES = {"pt": "pt_PT"}
# The name of each way of meeting (the modes are the model's), wherever a meeting is shown or planned.
MODE_NAMES = {
    Meeting.Mode.IN_PERSON: pgettext("how a meeting is held", "In person"),
    Meeting.Mode.ONLINE: pgettext("how a meeting is held", "Online"),
    Meeting.Mode.HYBRID: pgettext("how a meeting is held", "Hybrid"),
}


def pulled_folder(block):
    """The folder the platform pulled translations of ``block`` into (OEP-58, atlas), if it did.

    The LMS's i18n service names it (``get_python_locale``, domain ``django``); otherwise
    it names the package's own ``translations/`` (domain ``text``), or has no such method.
    """
    service = block.runtime.service(block, "i18n")
    locate = getattr(service, "get_python_locale", None)
    domain, folder = locate(block) if locate else (None, None)
    return str(folder) if domain == PULLED_DOMAIN and folder else None


@functools.cache
def languages(pulled_dir=None):
    """The languages the block can speak: English (its source), those it ships, those the platform pulled."""
    found = {SOURCE_LANGUAGE, *_catalogue_languages(CATALOGUES, BUNDLED_DOMAIN)}
    if pulled_dir:
        found |= _catalogue_languages(Path(pulled_dir), PULLED_DOMAIN)
    return frozenset(found)


def _catalogue_languages(folder, domain):
    if not folder.is_dir():
        return set()
    catalogues = [path for path in folder.iterdir() if (path / "LC_MESSAGES" / f"{domain}.mo").is_file()]
    return {trans_real.to_language(path.name) for path in catalogues}


def best_language(candidates, pulled_dir=None):
    """The first candidate the block speaks, exactly or by its base language (pt-BR → pt); else English."""
    spoken = languages(pulled_dir)
    for candidate in candidates:
        code = (candidate or "").strip().lower().replace("_", "-")
        for option in (code, code.split("-")[0]):
            if option in spoken:
                return option
    return SOURCE_LANGUAGE


def requested_languages(request, active_language):
    """What a request asks for, most wanted first.

    The site's choice for the request (its language cookie, or the active language when
    that is more than the site's default), then the browser's ``Accept-Language``, then
    the active language. A Maltese browser thus gets Maltese from an LMS that has no
    Maltese and so fell back to its default.
    """
    chosen = [active_language] if active_language and active_language != settings.LANGUAGE_CODE else []
    if request is None:
        return [*chosen, active_language]
    cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    accepted = trans_real.parse_accept_lang_header(request.headers.get("Accept-Language", ""))
    browser = [code for code, _quality in accepted]
    return [cookie, *chosen, *browser, active_language]


@functools.cache
def translation(language, pulled_dir=None):
    """Django's translation for ``language`` with the block's catalogue over it; made once per process.

    ``pulled_dir`` is the folder the platform pulled translations for the block into, if
    any: its messages win, ours fill its gaps, Django's (and the platform's) the rest.
    """
    merged = trans_real.DjangoTranslation(language)
    locale = trans_real.to_locale(language)
    merged.merge(gettext.translation(BUNDLED_DOMAIN, str(CATALOGUES), [locale], fallback=True))
    if pulled_dir:
        merged.merge(gettext.translation(PULLED_DOMAIN, str(pulled_dir), [locale], fallback=True))
    return merged


@contextmanager
def activated(language, pulled_dir=None):
    """Render in ``language``: Django's ``gettext`` and ``{% trans %}`` read :func:`translation` meanwhile.

    Django offers no public way to activate a translation object of one's own; this sets
    the thread's active translation, as ``translation.activate`` does, and puts the
    previous one back.
    """
    active = trans_real._active
    previous = getattr(active, "value", None)
    active.value = translation(language, pulled_dir)
    try:
        yield
    finally:
        if previous is None:
            del active.value
        else:
            active.value = previous


def js_catalogue_url(block, language):
    """The browser catalogue for ``language``: the block's own, else the one the platform compiled from what it pulled.

    Call it inside :func:`activated`: the platform names its catalogue after the active language.
    """
    path = JS_CATALOGUE.format(locale=trans_real.to_locale(language))
    if (files(__package__) / path).is_file():
        return block.runtime.local_resource_url(block, path)
    service = block.runtime.service(block, "i18n")
    locate = getattr(service, "get_javascript_i18n_catalog_url", None)
    return locate(block) if locate else None


@functools.cache
def country_names(language):
    """``(code, name)`` of every country, named in ``language`` (CLDR, through Babel) and sorted by name."""
    territories = babel_locale(language).territories
    named = [(code, _as_list_item(territories.get(code) or str(name))) for code, name in countries]
    return tuple(sorted(named, key=lambda item: fold(item[1])))


@functools.cache
def language_names(language):
    """``(code, name)`` of the languages a group can work in, named in ``language`` and sorted by name."""
    locale = babel_locale(language)
    named = []
    for code, english_name in WORKING_LANGUAGES:
        try:
            name = Locale.parse(trans_real.to_locale(code)).get_display_name(locale)
        except (UnknownLocaleError, ValueError):
            name = None
        named.append((code, _as_list_item(name or english_name)))
    return tuple(sorted(named, key=lambda item: fold(item[1])))


@functools.cache
def own_names(codes):
    """``(code, name)`` of each language of ``codes`` (a frozenset), named in itself (CLDR: "Deutsch", "Malti")
    and sorted by that name: a list in which a learner finds their own language whatever the page speaks."""
    named = [(code, _as_list_item(babel_locale(code).get_language_name() or code)) for code in codes]
    return tuple(sorted(named, key=lambda item: fold(item[1])))


def country_name(code, language):
    return _names(country_names, language).get(code, code)


def language_name(code, language):
    return _names(language_names, language).get(code, code)


@functools.cache
def _names(listing, language):
    return dict(listing(language))


@functools.cache
def calendar(language):
    """What a browser needs to write dates in ``language``: a BCP 47 tag for ``Intl``, and
    CLDR's month and weekday names for when it has no data for the language (Chromium
    has no Maltese). Weekdays start on Sunday, as JavaScript counts them."""
    locale = babel_locale(language)
    months, days = locale.months["format"]["abbreviated"], locale.days["format"]["abbreviated"]
    return {
        "locale": str(locale).replace("_", "-"),
        "months": [months[month] for month in range(1, 13)],
        "days": [days[(weekday + 6) % 7] for weekday in range(7)],  # CLDR counts from Monday
    }


def short_date(day, language):
    """A day as a chart's axis writes it in ``language`` (CLDR): "2 Nov", "2 Nov." in German, "2 stu" in Croatian."""
    return format_date(day, "d MMM", locale=babel_locale(language))


def number(value, language):
    """A count as ``language`` writes it (CLDR): 5,000 in English, 5.000 in German."""
    return format_decimal(value, locale=babel_locale(language))


def babel_locale(language):
    """CLDR's locale for ``language``, to write dates and numbers as its speakers do."""
    try:
        return Locale.parse(CLDR_LOCALES.get(language, trans_real.to_locale(language)))
    except (UnknownLocaleError, ValueError):
        return Locale.parse(SOURCE_LANGUAGE)


def _as_list_item(name):
    """CLDR writes names as in running text ("alemão", "il-Ġermanja"); a list item starts with a capital."""
    return name[:1].upper() + name[1:]
