"""Finding a group: by the words of its school's name and city, or its country, through the word
index (``GroupWord``), starting from the rarest word of the query (decision 7)."""

from django.db.models import Exists, OuterRef, Q
from django_countries import countries
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import SearchPage
from ..models import GroupWord, StudyGroup
from ..validation import fold
from . import tallies
from .common import COUNT_LIMIT, PAGE_SIZE, Untrusted, group_summary, page_count, page_of
from .prepared import Prepared

SEARCH_QUERY_MAX = 100


SEARCH_ORDER = ("school_name", "city", "id")


LAST_CHARACTER = "\U0010ffff"  # after every word that begins with a prefix, in any collation


def search_groups(
    course_key: CourseKey, query: Untrusted = "", country: Untrusted = "", page: Untrusted = 1
) -> SearchPage:
    """The course's active groups in which every word of the query names the school, city or country."""
    query = validation.text(query, "q", max_length=SEARCH_QUERY_MAX, required=False)
    page = validation.positive_int(page, "page")
    groups = StudyGroup.objects.filter(course_key=course_key, archived__isnull=True)
    tally = (tallies.GROUPS, "")
    if country:
        country = validation.country(country)
        groups, tally = groups.filter(country=country), (tallies.COUNTRY, country)
    if not fold(query):
        ids, paging = page_of(_ids_by_name(groups), PAGE_SIZE, page, total=tallies.value(course_key, *tally))
        rows = _in_order(groups, ids)
    else:
        groups, few = named_by(groups, course_key, query, countries_too=True)
        if few:
            rows, paging = _few_by_name(groups, PAGE_SIZE, page)
        else:
            ids, paging = page_of(_ids_by_name(groups), PAGE_SIZE, page)
            rows = _in_order(groups, ids)
    return SearchPage(results=tuple(group_summary(group) for group in rows), **paging)


def _ids_by_name(groups):
    """The ids only, in the search's order: an index holds them in that order, so the database reads
    one page's worth of it (asked for whole rows, MySQL may walk a less fitting index instead)."""
    return groups.order_by(*SEARCH_ORDER).values_list("pk", flat=True)


def _in_order(groups, ids):
    found = {group.pk: group for group in groups.filter(pk__in=ids)}
    return [found[pk] for pk in ids]


def named_by(groups, course_key, query, *, countries_too=False):
    """``groups`` in which each word of ``query`` begins a word of the school's name or city (or, with
    ``countries_too``, is part of its country's name), found through the word index; and whether
    they are few (at most ``COUNT_LIMIT``).
    """
    names = [(code, fold(str(name))) for code, name in countries] if countries_too else []
    words = search_words(query)
    in_countries = [[code for code, name in names if word in name] for word, _end in words]
    rarest = rarest_word(course_key, [word for word, codes in zip(words, in_countries, strict=True) if not codes])
    return named(groups, course_key, words, rarest, in_countries), rarest is not None


def search_words(query):
    """The words a search looks for, folded as the index is and cut to its length, each with the
    text just after every word it begins (the end of its range in the index)."""
    words = (word[: models.WORD_MAX] for word in fold(query).split())
    return [(word, word + LAST_CHARACTER) for word in words]


def named(groups, course_key, words, rarest=None, in_countries=None):
    """``groups`` in which each of the ``words`` begins a word of the school's name or city (or, given
    ``in_countries``, is part of the country's name), each a lookup in one group's words.

    When the ``rarest`` of them begins those of at most ``COUNT_LIMIT`` groups, only those
    groups are looked at: a search for a school by its name reads a handful of rows, however
    large the course.
    """
    for (word, end), codes in zip(words, in_countries or [()] * len(words), strict=True):
        starting = Exists(GroupWord.objects.filter(group=OuterRef("pk"), word__gte=word, word__lt=end))
        groups = groups.filter(starting | Q(country__in=codes) if codes else starting)
    if rarest is not None:
        word, end = rarest
        starting = GroupWord.objects.filter(course_key=course_key, word__gte=word, word__lt=end)
        groups = groups.filter(pk__in=starting.values("group_id"))
    return groups


def rarest_word(course_key, words):
    """Of the (up to four longest) ``words``, the one that begins the words of fewest groups, if at
    most ``COUNT_LIMIT``; else None. Each is counted only that far."""
    longest = sorted(words, key=lambda word: len(word[0]), reverse=True)[:4]
    counted = [(len(_postings(course_key=str(course_key), word=word, end=end)), (word, end)) for word, end in longest]
    fewest = min(counted, default=None)
    return fewest[1] if fewest and fewest[0] <= COUNT_LIMIT else None


_postings = Prepared(
    lambda shape, course_key, word, end: GroupWord.objects.filter(
        course_key=course_key, word__gte=word, word__lt=end
    ).values_list("group_id", named=True)[: COUNT_LIMIT + 1]
)


def _few_by_name(groups, size, number):
    """``page_of`` for at most ``COUNT_LIMIT`` groups, fetched together and put in order here (by
    name, ignoring case and accents): the database would rather walk its name index through every
    group to find them."""
    found = sorted(groups, key=lambda group: (fold(group.school_name), fold(group.city), group.id))
    num_pages = page_count(len(found), size)
    number = min(number, num_pages)
    return found[(number - 1) * size : number * size], {"page": number, "num_pages": num_pages, "total": len(found)}
