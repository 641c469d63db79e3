"""A search by words that name many of the course's groups ("Osnovna škola" in a Croatian course) costs
the queries a search by a rare word costs, however long its list, and pages through that list in the
search's order (api/search.py)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from studygroup_xblock import api
from studygroup_xblock.api import COUNT_LIMIT, tallies
from studygroup_xblock.models import GroupWord, Learner, StudyGroup
from studygroup_xblock.validation import fold

pytestmark = pytest.mark.django_db


def add_groups(course_key, schools, archived=()):
    """Groups of ``schools`` (name, city), with their words in the search's index, written directly:
    a list past the counting limit, made in a moment."""
    creator, _ = Learner.objects.get_or_create(user_id="creator", defaults={"username": "creator"})
    first = StudyGroup.objects.count()
    made = StudyGroup.objects.bulk_create(
        StudyGroup(
            course_key=course_key,
            school_name=name,
            city=city,
            country="HR",
            language="hr",
            school_key=f"{fold(name)}|{fold(city)}",
            join_code=f"S{first + n:07d}",
            size_limit=12,
            created_by=creator,
            archived=creator.modified if n in archived else None,
        )
        for n, (name, city) in enumerate(schools)
    )
    # Read back: on MySQL a bulk insert gives no ids.
    groups = list(StudyGroup.objects.filter(join_code__in=[group.join_code for group in made]).order_by("pk"))
    GroupWord.objects.bulk_create(
        GroupWord(
            group=group, course_key=course_key, word=word, sort_key=tallies.sort_key(group.school_name, group.city)
        )
        for group in groups
        for word in tallies.words_of(group.school_name, group.city)
    )
    return groups


def queries_for(call):
    with CaptureQueriesContext(connection) as captured:
        call()
    return len(captured)


def names(page):
    return [(group.school_name, group.city) for group in page.results]


def test_a_common_word_search_costs_what_a_rare_one_does_short_list_or_past_the_counting_limit(course_key):
    add_groups(course_key, [(f"Osnovna škola Broj {n:03d}", "Zagreb") for n in range(20)])
    short = {q: queries_for(lambda q=q: api.search_groups(course_key, q)) for q in ("osnovna škola", "broj 007")}
    add_groups(course_key, [(f"Osnovna škola Broj {n:03d}", "Split") for n in range(20, 20 + 2 * COUNT_LIMIT)])
    long = {q: queries_for(lambda q=q: api.search_groups(course_key, q)) for q in ("osnovna škola", "broj 007")}

    assert api.search_groups(course_key, "osnovna škola").more  # past the counting limit
    assert short == long == {"osnovna škola": 2, "broj 007": 2}


def test_the_pages_of_a_long_list_are_the_first_hundred_in_the_searchs_order(course_key):
    numbers = [(n * 37) % 150 for n in range(150)]  # created out of order
    groups = add_groups(
        course_key,
        [(f"Osnovna škola Broj {n:03d}", ("Zagreb", "Split", "Zadar")[n % 3]) for n in numbers]
        + [(f"Gimnazija Broj {n:03d}", "Zagreb") for n in range(40)],
        archived={numbers.index(0), numbers.index(75)},  # archived groups are not found
    )
    found = sorted(
        (group.school_name, group.city)
        for group in groups
        if group.school_name.startswith("Osnovna") and not group.archived
    )
    pages = {number: api.search_groups(course_key, "Osnovna škola", page=number) for number in (1, 5, 10, 11)}

    assert [(page.page, page.num_pages, page.total, page.more) for page in pages.values()] == [
        (1, 10, COUNT_LIMIT, True),
        (5, 10, COUNT_LIMIT, True),
        (10, 10, COUNT_LIMIT, True),
        (10, 10, COUNT_LIMIT, True),  # past the last page: the last page
    ]
    assert names(pages[1]) == found[:10]
    assert names(pages[5]) == found[40:50]
    assert names(pages[10]) == names(pages[11]) == found[90:100]


def test_two_common_words_that_name_fewer_groups_together_list_them_all(course_key):
    """Each of "Osnovna" and "Zagreb" names more than a hundred groups, together fewer: every one of
    those is listed, and the list says it is whole."""
    add_groups(
        course_key,
        [(f"Osnovna škola Broj {n:03d}", "Zagreb" if n % 2 else "Split") for n in range(130)]
        + [(f"Gimnazija Broj {n:03d}", "Zagreb") for n in range(60)],
    )
    together = [(f"Osnovna škola Broj {n:03d}", "Zagreb") for n in range(1, 130, 2)]
    pages = [api.search_groups(course_key, "osnovna zag", page=number) for number in range(1, 9)]

    assert [(page.page, page.num_pages, page.total, page.more) for page in pages[-2:]] == [(7, 7, 65, False)] * 2
    assert [name for page in pages[:-1] for name in names(page)] == together
    assert names(pages[-1]) == together[60:]  # past the last page: the last page
    assert api.search_groups(course_key, "gimnazija zagreb").total == 60


def test_a_group_whose_words_the_rarest_word_begins_twice_is_listed_once(course_key):
    add_groups(course_key, [(f"Osnovna škola Kvirin Kvas {n:03d}", "Split") for n in range(130)])
    pages = [api.search_groups(course_key, "kv", page=number) for number in range(1, 11)]

    assert (pages[0].total, pages[0].more) == (COUNT_LIMIT, True)
    assert [name for page in pages for name, _city in names(page)] == [
        f"Osnovna škola Kvirin Kvas {n:03d}" for n in range(COUNT_LIMIT)
    ]


def test_a_prefix_of_a_few_common_words_merges_their_groups_in_order(course_key):
    """ "gimn" begins "gimnazija" and "gimnaziala" (a Romanian "Școala Gimnazială"): each word's groups
    are read in order and merged."""
    schools = [(f"Škola {n:03d} " + ("Gimnazija" if n % 3 else "Gimnazială"), "Split") for n in range(150)]
    add_groups(course_key, list(reversed(schools)))
    expected = [name for name, _city in schools[:COUNT_LIMIT]]

    pages = [api.search_groups(course_key, "gimn", page=number) for number in range(1, 11)]
    cost = queries_for(lambda: api.search_groups(course_key, "gimn"))

    assert (pages[0].total, pages[0].more) == (COUNT_LIMIT, True)
    assert [name for page in pages for name, _city in names(page)] == expected
    # The words counted with those the prefix begins, then each word's groups (together, where the database can).
    assert cost == (2 if connection.features.supports_slicing_ordering_in_compound else 3)


def test_a_prefix_of_many_common_words_has_their_groups_sorted(course_key):
    first_names = ["Ana", "Andrija", "Anica", "Anja", "Ante", "Antun"]
    schools = [(f"Škola {first_names[n % 6]} {n:03d}", "Zadar") for n in range(150)]
    add_groups(course_key, schools)
    expected = sorted(schools, key=lambda school: tallies.sort_key(*school))

    pages = [api.search_groups(course_key, "an", page=number) for number in range(1, 11)]

    assert (pages[0].total, pages[0].more) == (COUNT_LIMIT, True)
    assert [school for page in pages for school in names(page)] == expected[:COUNT_LIMIT]
