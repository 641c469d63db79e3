"""
Parsers for untrusted values from the browser: each returns the clean value or raises
:class:`~studygroup_xblock.errors.InvalidInput` naming the field at fault.
"""

import functools
import re
import unicodedata
import zoneinfo
from datetime import UTC, date, datetime, timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

from django.conf import global_settings
from django.utils.translation import gettext_noop
from django_countries import countries

from .errors import InvalidInput

# The languages a group can work in: Django's, and Maltese, which Django lacks and Malta's teachers need.
WORKING_LANGUAGES = (*global_settings.LANGUAGES, ("mt", "Maltese"))
LANGUAGE_CODES = frozenset(code for code, _name in WORKING_LANGUAGES)
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def text(value, field, *, max_length, required=True, multiline=False):
    """Untrusted text, trimmed; refused when not text, empty, too long or holding control characters."""
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(gettext_noop("This field must be text."), field=field)
    value = value.strip() if multiline else single_spaced(value)
    allowed_controls = "\n\t" if multiline else ""
    if any(_forbidden(char) and char not in allowed_controls for char in value):
        raise InvalidInput(gettext_noop("This field contains characters that are not allowed."), field=field)
    if required and not value:
        raise InvalidInput(gettext_noop("This field is required."), field=field)
    if len(value) > max_length:
        raise InvalidInput(
            gettext_noop("Keep this to %(max_length)s characters or fewer."), field=field, max_length=max_length
        )
    return value


def _forbidden(char):
    """Control characters, lone surrogates (no database stores them) and bidi overrides (they disguise names)."""
    return unicodedata.category(char) in ("Cc", "Cs") or char in BIDI_CONTROLS


def country(code):
    if not isinstance(code, str) or code.upper() not in countries:
        raise InvalidInput(gettext_noop("Choose a country from the list."), field="country")
    return code.upper()


def positive_int(value, field):
    """A database id or page number, as JSON gives it (number or digits); anything else is refused."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,18}", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value < 10**18:
        raise InvalidInput(gettext_noop("This must be a whole number of 1 or more."), field=field)
    return value


def language(value, field):
    if not isinstance(value, str) or value not in LANGUAGE_CODES:
        raise InvalidInput(gettext_noop("Choose the group's working language from the list."), field=field)
    return value


def boolean(value, field):
    if not isinstance(value, bool):
        raise InvalidInput(gettext_noop("Choose yes or no."), field=field)
    return value


def whole_number(value, field, low, high):
    """A whole number within [low, high], sent as a number or as digits."""
    if isinstance(value, str) and re.fullmatch(r"[0-9]{1,9}", value):
        value = int(value)
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise InvalidInput(
            gettext_noop("Enter a whole number from %(low)s to %(high)s."), field=field, low=low, high=high
        )
    return value


def choice(value, field, choices):
    if not isinstance(value, str) or value not in choices:
        raise InvalidInput(gettext_noop("Choose one of the options."), field=field)
    return value


def web_link(value, field, *, max_length):
    """An optional http(s) address; other schemes (javascript:, data:, file:) are refused."""
    link = text(value, field, max_length=max_length, required=False)
    if not link:
        return link
    try:
        parts = urlsplit(link)
    except ValueError:  # urlsplit refuses some malformed hosts ("https://[") outright
        parts = None
    if parts is None or parts.scheme.lower() not in ("http", "https") or not parts.netloc or " " in link:
        raise InvalidInput(gettext_noop("Enter a web address starting with https:// or http://."), field=field)
    return link


def day(value, field):
    """A day written as the browser's date fields write it (2026-03-02), or None for none."""
    if value in (None, ""):
        return None
    if isinstance(value, str) and re.fullmatch(r"[0-9]{4}-[0-9]{2}-[0-9]{2}", value):
        try:
            return date.fromisoformat(value)
        except ValueError:
            pass  # a 31 February
    raise InvalidInput(gettext_noop("Enter a date."), field=field)


def moment(date_value, time_value, zone_value):
    """A date and time as the learner gave them, in their time zone, as an aware UTC datetime."""
    if not isinstance(date_value, str) or not re.fullmatch(r"20[0-9]{2}-[0-9]{2}-[0-9]{2}", date_value):
        raise InvalidInput(gettext_noop("Enter a date."), field="date")
    if not isinstance(time_value, str) or not re.fullmatch(r"[0-9]{2}:[0-9]{2}", time_value):
        raise InvalidInput(gettext_noop("Enter a time."), field="time")
    if not isinstance(zone_value, str) or zone_value not in _time_zones():
        raise InvalidInput(gettext_noop("Choose a time zone from the list."), field="time_zone")
    try:
        local = datetime.fromisoformat(f"{date_value}T{time_value}").replace(tzinfo=ZoneInfo(zone_value))
    except ValueError:
        raise InvalidInput(gettext_noop("Enter a date."), field="date") from None
    moment_utc = local.astimezone(UTC)
    if moment_utc.astimezone(local.tzinfo).replace(tzinfo=None) != local.replace(tzinfo=None):
        raise InvalidInput(gettext_noop("That time does not exist on that day: the clocks change."), field="time")
    return moment_utc


def local_day(moment_utc, zone_value):
    """The start and end, in UTC, of the day ``moment_utc`` falls on in the given time zone."""
    zone = ZoneInfo(zone_value)
    start = moment_utc.astimezone(zone).replace(hour=0, minute=0, second=0, microsecond=0)
    end = (start + timedelta(days=1)).replace(tzinfo=None).replace(tzinfo=zone)
    return start.astimezone(UTC), end.astimezone(UTC)


def id_list(value, field, *, max_items):
    """Distinct database ids, in the order given."""
    if value is None:
        value = []
    if not isinstance(value, list) or len(value) > max_items:
        raise InvalidInput(gettext_noop("Choose from the list."), field=field)
    return list(dict.fromkeys(positive_int(item, field) for item in value))


def known_zone(value):
    """Whether ``value`` names a time zone this server knows."""
    return isinstance(value, str) and value in _time_zones()


@functools.cache
def _time_zones():
    return frozenset(zoneinfo.available_timezones())


# --- text normalisation ----------------------------------------------------------------

# Letters of the pilot countries' alphabets (and neighbours) that Unicode does not decompose.
UNDECOMPOSED_LETTERS = str.maketrans({"đ": "d", "ħ": "h", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "\u0131": "i"})


def single_spaced(text):
    """``text`` on one line, runs of spacing made one space, trimmed."""
    return " ".join(text.split())


def fold(text):
    """Text folded for matching and sorting: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return single_spaced(re.sub(r"[\W_]+", " ", text))
