"""Finding a group: by the words of its school's name and city, or its country, through the word
index (``GroupWord``), starting from the rarest word of the query (decision 7)."""

import dataclasses
import functools

from django.db import connection
from django.db.models import Exists, OuterRef, Q, Value
from django.db.models.functions import Coalesce
from django_countries import countries
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import GroupSummary, SearchPage
from ..models import GroupWord, StudyGroup
from ..validation import fold
from . import tallies
from .common import COUNT_LIMIT, PAGE_SIZE, Untrusted, group_summary, page_count, page_of

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
        rows, paging = _page_by_name(_found_by_name(groups, course_key, query), PAGE_SIZE, page)
    return SearchPage(results=tuple(group_summary(group) for group in rows), **paging)


def _ids_by_name(groups):
    """The ids only, in the search's order: an index holds them in that order, so the database reads
    one page's worth of it (asked for whole rows, MySQL may walk a less fitting index instead)."""
    return groups.order_by(*SEARCH_ORDER).values_list("pk", flat=True)


def _in_order(groups, ids):
    found = {group.pk: group for group in groups.filter(pk__in=ids)}
    return [found[pk] for pk in ids]


SUMMARY = tuple(field.name for field in dataclasses.fields(GroupSummary))


RAREST_JOINED_ON = frozenset({"mysql"})  # the databases a long list joins to its rarest word's groups


def _found_by_name(groups, course_key, query):
    """Up to ``COUNT_LIMIT`` + 1 of ``groups`` that the words of ``query`` name (see :func:`named`),
    in the search's order, as the columns of their summaries: two queries, however many words and
    however many groups they name.

    The rarest word's groups are the only ones looked at. When it names at most ``COUNT_LIMIT``,
    they are all fetched and put in order here (by name, ignoring case and accents): the database
    would rather walk its name index through every group to find them. When it names more, the
    database sorts them and keeps the first ``COUNT_LIMIT`` + 1, so a page of a long list costs
    one query, not a count, a page of ids and their rows (3 to 5 queries past 100 groups).
    """
    words, in_countries, rarest, count = rarest_of(course_key, query)
    if count <= COUNT_LIMIT:
        rows = named(groups, course_key, words, rarest, in_countries).values_list(*SUMMARY, named=True)
        return sorted(rows, key=lambda row: (fold(row.school_name), fold(row.city), row.id))
    if rarest is None:  # every word is also part of a country's name: the name index, walked
        rows = named(groups, course_key, words, None, in_countries).values_list(*SUMMARY, named=True)
        return list(rows.order_by(*SEARCH_ORDER)[: COUNT_LIMIT + 1])
    # MariaDB would rather read every group of the course and look each up among the rarest word's
    # groups (three times slower at 10,000 groups): joined to them instead, it starts from them.
    joined = connection.vendor in RAREST_JOINED_ON
    rows = named(groups, course_key, words, rarest, in_countries, joined=joined).values_list(*SUMMARY, named=True)
    # Sorted, not walked: an expression no index holds keeps the database from walking its name
    # index past every group before the first one named (most of them, for a word that begins
    # many names) to test each against the rarest word's groups.
    rows = rows.order_by(*(Coalesce(name, Value("")) for name in SEARCH_ORDER[:2]), "id")
    return list((rows.distinct() if joined else rows)[: COUNT_LIMIT + 1])


def _page_by_name(rows, size, number):
    """``page_of`` for the rows :func:`_found_by_name` gives: all of a short list, the first
    ``COUNT_LIMIT`` + 1 of a long one (``more``)."""
    more = len(rows) > COUNT_LIMIT
    total = min(len(rows), COUNT_LIMIT)
    num_pages = page_count(total, size)
    number = min(number, num_pages)
    paging = {"page": number, "num_pages": num_pages, "total": total, "more": more}
    return rows[(number - 1) * size : number * size], paging


def rarest_of(course_key, query):
    """The words of ``query`` (see :func:`search_words`), the countries whose names hold each, the rarest
    word of those no country's name holds (None if there is none), and how many groups' words it
    begins, counted up to ``RARITY_LIMIT`` + 1: one query."""
    names = [(code, fold(str(name))) for code, name in countries]
    words = search_words(query)
    in_countries = [[code for code, name in names if word in name] for word, _end in words]
    counted = word_counts(course_key, [word for word, codes in zip(words, in_countries, strict=True) if not codes])
    rarest, count = min(counted, key=lambda pair: pair[1], default=(None, RARITY_LIMIT + 1))
    return words, in_countries, rarest, count


def search_words(query):
    """The words a search looks for, folded as the index is and cut to its length, each with the
    text just after every word it begins (the end of its range in the index)."""
    words = (word[: models.WORD_MAX] for word in fold(query).split())
    return [(word, word + LAST_CHARACTER) for word in words]


def named(groups, course_key, words, rarest=None, in_countries=None, *, joined=False):
    """``groups`` in which each of the ``words`` begins a word of the school's name or city (or, given
    ``in_countries``, is part of the country's name), each a lookup in one group's words.

    When the ``rarest`` of them begins those of at most ``COUNT_LIMIT`` groups, only those
    groups are looked at: a search for a school by its name reads a handful of rows, however
    large the course. ``joined``: through a join rather than a subquery, so a group may come more
    than once (``distinct()`` them).
    """
    for pair, codes in zip(words, in_countries or [()] * len(words), strict=True):
        if pair is rarest and not codes:
            continue  # only its groups are looked at (below)
        word, end = pair
        starting = Exists(GroupWord.objects.filter(group=OuterRef("pk"), word__gte=word, word__lt=end))
        groups = groups.filter(starting | Q(country__in=codes) if codes else starting)
    if rarest is not None and joined:
        word, end = rarest
        groups = groups.filter(words__course_key=course_key, words__word__gte=word, words__word__lt=end)
    elif rarest is not None:
        word, end = rarest
        starting = GroupWord.objects.filter(course_key=course_key, word__gte=word, word__lt=end)
        groups = groups.filter(pk__in=starting.values("group_id"))
    return groups


def rarest_word(course_key, words):
    """Of the (up to four longest) ``words``, the one that begins the words of fewest groups, if at
    most ``COUNT_LIMIT``; else None."""
    rarest, count = min(word_counts(course_key, words), key=lambda pair: pair[1], default=(None, COUNT_LIMIT + 1))
    return rarest if count <= COUNT_LIMIT else None


RARITY_LIMIT = 10 * COUNT_LIMIT  # how far a word's groups are counted, to find the rarest of common words


def word_counts(course_key, words):
    """Each of the (up to four longest) ``words`` with how many of the course's groups' words it begins,
    counted up to ``RARITY_LIMIT`` + 1 through the index alone: one query for them all."""
    longest = sorted(words, key=lambda word: len(word[0]), reverse=True)[:4]
    if not longest:
        return []
    values = [value for word, end in longest for value in (str(course_key), word, end)]
    with connection.cursor() as cursor:
        cursor.execute(_counting_sql(connection.vendor, len(longest)), values)
        counts = cursor.fetchone()
    return list(zip(longest, counts, strict=True))


@functools.cache
def _counting_sql(vendor, words):
    """The SQL counting the postings of ``words`` words on a ``vendor``'s database, each only as far
    as ``RARITY_LIMIT`` + 1 (a slice of the ORM's own would need a query each)."""
    quote = connection.ops.quote_name
    table, course, word = quote(GroupWord._meta.db_table), quote("course_key"), quote("word")
    counted = (
        f"(SELECT COUNT(*) FROM (SELECT 1 AS one FROM {table} WHERE {course} = %s AND {word} >= %s"  # noqa: S608 - names quoted, values bound
        f" AND {word} < %s LIMIT {RARITY_LIMIT + 1}) AS postings{n})"
        for n in range(words)
    )
    return "SELECT " + ", ".join(counted)
