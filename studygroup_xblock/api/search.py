"""Finding a group: by the words of its school's name and city, or its country, through the word
index (``GroupWord``), starting from the rarest word of the query (decision 7)."""

import dataclasses
import functools
import itertools

from django.db import connection
from django.db.models import Exists, OuterRef, Q
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


# After every character, in any collation: a word's range ends with as many as it has room for, since
# MySQL's utf8mb4_unicode_ci weighs every character past U+FFFF (as in 高𠮷) as much as this one.
LAST_CHARACTER = "\U0010ffff"


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


def _found_by_name(groups, course_key, query):
    """Up to ``COUNT_LIMIT`` + 1 of ``groups`` that the words of ``query`` name (see :func:`named`),
    in the search's order, as the columns of their summaries: two queries, however many words and
    however many groups they name (one more on SQLite for a prefix, below).

    Only the rarest word's groups are looked at. When it names at most ``COUNT_LIMIT``, they
    are all fetched and put in order here. When it names more, the word index holds them in the
    search's order: the database reads them in that order, tests each against the other words
    and stops at ``COUNT_LIMIT`` + 1, so "Osnovna škola" costs about what a rare name does in a
    course of any size. A prefix that begins a few such words ("gimn": "gimnazija", "gimnaziala")
    reads each word's that way, in one query where the database can, and they are merged here.
    """
    words, in_countries, rarest = rarest_of(course_key, query)
    if rarest is None:  # every word is also part of a country's name: the name index, walked
        rows = named(groups, course_key, words, None, in_countries).values_list(*SUMMARY, named=True)
        return list(rows.order_by(*SEARCH_ORDER)[: COUNT_LIMIT + 1])
    if rarest.count <= COUNT_LIMIT:
        rows = named(groups, course_key, words, rarest.range, in_countries).values_list(*SUMMARY, named=True)
        return sorted(rows, key=lambda row: (tallies.sort_key(row.school_name, row.city), row.id))
    return _first_of_long_list(_named_but(groups, words, rarest.range, in_countries), course_key, rarest)


def _first_of_long_list(others, course_key, rarest):
    """The first ``COUNT_LIMIT`` + 1 of ``others`` (the groups the other words name) that the ``rarest``
    word names, read in the order the index holds its groups."""
    postings = {"words__course_key": course_key}  # in one filter() with the word: one join
    if len(rarest.completions) > COMPLETIONS_MAX:  # a prefix of many words ("s"): their groups sorted, each once
        word, end = rarest.range
        rows = others.filter(**postings, words__word__gte=word, words__word__lt=end)
        return list(rows.order_by(*IN_INDEX_ORDER).distinct().values_list(*SUMMARY, named=True)[: COUNT_LIMIT + 1])
    lists = [
        others.filter(**postings, words__word=word)
        .order_by(*IN_INDEX_ORDER)
        .values_list(*SUMMARY, *IN_INDEX_ORDER, named=True)[: COUNT_LIMIT + 1]
        for word in rarest.completions
    ]
    if len(lists) > 1 and connection.features.supports_slicing_ordering_in_compound:
        lists = [lists[0].union(*lists[1:], all=True)]  # MySQL reads them in one query; SQLite cannot
    # Each word's groups are read only so far, then put together in order, each group once.
    found = sorted(itertools.chain(*lists), key=lambda row: (row.words__sort_key, row.id))
    return list(itertools.islice(_each_once(found), COUNT_LIMIT + 1))


IN_INDEX_ORDER = ("words__sort_key", "words__group")
COMPLETIONS_MAX = 4  # the words a prefix may begin for each one's groups to be read in order


def _each_once(rows):
    """``rows`` in order without the repeats of a group that two of the words name (next to each other)."""
    last = None
    for row in rows:
        if row.id != last:
            yield row
        last = row.id


def _page_by_name(rows, size, number):
    """``page_of`` for the rows :func:`_found_by_name` gives: all of a short list, the first
    ``COUNT_LIMIT`` + 1 of a long one (``more``)."""
    more = len(rows) > COUNT_LIMIT
    total = min(len(rows), COUNT_LIMIT)
    num_pages = page_count(total, size)
    number = min(number, num_pages)
    paging = {"page": number, "num_pages": num_pages, "total": total, "more": more}
    return rows[(number - 1) * size : number * size], paging


@dataclasses.dataclass(frozen=True)
class Rarest:
    """The query's word that begins the words of fewest groups: its range in the index, how many
    groups' words it begins (counted up to ``RARITY_LIMIT`` + 1), and the words of the index it
    begins (up to ``COMPLETIONS_MAX`` + 1)."""

    range: tuple[str, str]
    count: int
    completions: tuple[str, ...]


def rarest_of(course_key, query):
    """The words of ``query`` (see :func:`search_words`), the countries whose names hold each, and the
    :class:`Rarest` of the words no country's name holds (None if there is none): one query."""
    names = [(code, fold(str(name))) for code, name in countries]
    words = search_words(query)
    in_countries = [[code for code, name in names if word in name] for word, _end in words]
    counted = word_counts(course_key, [word for word, codes in zip(words, in_countries, strict=True) if not codes])
    return words, in_countries, min(counted, key=lambda rarest: rarest.count, default=None)


def search_words(query):
    """The words a search looks for, folded as the index is and cut to its length, each with the
    text just after every word it begins (the end of its range in the index)."""
    words = (word[: models.WORD_MAX] for word in fold(query).split())
    return [(word, word + LAST_CHARACTER * (models.WORD_MAX + 1 - len(word))) for word in words]


def named(groups, course_key, words, rarest=None, in_countries=None):
    """``groups`` in which each of the ``words`` begins a word of the school's name or city (or, given
    ``in_countries``, is part of the country's name), each a lookup in one group's words.

    When the ``rarest`` of them begins those of at most ``COUNT_LIMIT`` groups, only those
    groups are looked at: a search for a school by its name reads a handful of rows, however
    large the course.
    """
    groups = _named_but(groups, words, rarest, in_countries)
    if rarest is None:
        return groups
    word, end = rarest
    return groups.filter(
        pk__in=GroupWord.objects.filter(course_key=course_key, word__gte=word, word__lt=end).values("group_id")
    )


def _named_but(groups, words, rarest, in_countries):
    """``groups`` that each of the ``words`` but the ``rarest`` names."""
    for pair, codes in zip(words, in_countries or [()] * len(words), strict=True):
        if pair is rarest and not codes:
            continue
        word, end = pair
        starting = Exists(GroupWord.objects.filter(group=OuterRef("pk"), word__gte=word, word__lt=end))
        groups = groups.filter(starting | Q(country__in=codes) if codes else starting)
    return groups


def rarest_word(course_key, words):
    """Of the (up to four longest) ``words``, the one that begins the words of fewest groups, if at
    most ``COUNT_LIMIT``; else None."""
    rarest = min(word_counts(course_key, words), key=lambda rarest: rarest.count, default=None)
    return rarest.range if rarest is not None and rarest.count <= COUNT_LIMIT else None


RARITY_LIMIT = 3 * COUNT_LIMIT  # how far a word's groups are counted, to find the rarest of common words


def word_counts(course_key, words):
    """A :class:`Rarest` for each of the (up to four longest) ``words``, read from the index alone:
    one query for them all."""
    longest = sorted(words, key=lambda word: len(word[0]), reverse=True)[:4]
    if not longest:
        return []
    values = [value for word, end in longest for value in (str(course_key), word, end) * 2]
    with connection.cursor() as cursor:
        cursor.execute(_counting_sql(connection.vendor, len(longest)), values)
        found = cursor.fetchone()
    return [
        Rarest(pair, found[2 * n], tuple(filter(None, (found[2 * n + 1] or "").split(","))))
        for n, pair in enumerate(longest)
    ]


@functools.cache
def _counting_sql(vendor, words):
    """The SQL reading, for each of ``words`` words on a ``vendor``'s database, how many groups' words
    it begins (only as far as ``RARITY_LIMIT`` + 1) and the first ``COMPLETIONS_MAX`` + 1 words it
    begins, joined by commas (which folded words never hold): a slice of the ORM's own would need a
    query each."""
    quote = connection.ops.quote_name
    table, course, word = quote(GroupWord._meta.db_table), quote("course_key"), quote("word")
    joined = f"string_agg({word}, ',')" if vendor == "postgresql" else f"GROUP_CONCAT({word})"
    postings = f"FROM {table} WHERE {course} = %s AND {word} >= %s AND {word} < %s"
    read = (  # names quoted, values bound
        f"(SELECT COUNT(*) FROM (SELECT 1 AS one {postings} LIMIT {RARITY_LIMIT + 1}) AS postings{n}),"  # noqa: S608
        f" (SELECT {joined} FROM (SELECT DISTINCT {word} {postings} ORDER BY {word}"
        f" LIMIT {COMPLETIONS_MAX + 1}) AS words{n})"
        for n in range(words)
    )
    return "SELECT " + ", ".join(read)
