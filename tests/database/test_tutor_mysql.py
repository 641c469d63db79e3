"""What differs on the database Tutor runs: MySQL 8.4, set up as ``tutor local`` sets it up.

The suite's database is configured as Tutor's (``MARIADB_URL`` in the Makefile, from
tutor/templates/apps/openedx/config/partials/auth.yml and local/docker-compose.yml)::

    ATOMIC_REQUESTS: true
    OPTIONS:
      init_command: "SET sql_mode='STRICT_TRANS_TABLES'"
      charset: "utf8mb4"
    ...
    mysqld --character-set-server=utf8mb4 --collation-server=utf8mb4_unicode_ci

and its engine (tests/database/mysql84) takes Django's MySQL-only paths. These tests pin what
that changes for us: text compared without case or accents, ids not returned by inserts, an
UPDATE that pre-selects its rows, times the database writes as text.
"""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from studygroup_xblock import api
from studygroup_xblock.api import tallies
from studygroup_xblock.exports import stream
from studygroup_xblock.models import Learner, Meeting, Membership, StudyGroup, Unit
from tests.conftest import make_actor
from tests.unit import test_search

from .test_mysql import SCHOOL, ignore

pytestmark = [pytest.mark.mysql, pytest.mark.django_db(transaction=True)]


def one_value(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return cursor.fetchone()[0]


def test_the_suite_runs_on_a_database_set_up_as_tutors():
    features = connection.features
    assert connection.settings_dict["ATOMIC_REQUESTS"] is True
    assert one_value("SELECT @@SESSION.sql_mode") == "STRICT_TRANS_TABLES"
    assert one_value("SELECT @@character_set_connection") == "utf8mb4"
    assert (
        one_value(
            "SELECT TABLE_COLLATION FROM information_schema.TABLES "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'studygroup_studygroup'"
        )
        == "utf8mb4_unicode_ci"
    )
    forced = ("update_can_self_select", "can_return_columns_from_insert", "can_return_rows_from_bulk_insert")
    assert [getattr(features, name) for name in (*forced, "has_native_uuid_field")] == [False] * 4
    assert (
        one_value(
            "SELECT COLUMN_TYPE FROM information_schema.COLUMNS "
            "WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = 'studygroup_meeting' AND COLUMN_NAME = 'uid'"
        )
        == "char(32)"
    )


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("ŠKOLA", ["Osnovna škola Đakovo", "Škola 高𠮷"]),
        ("skol", ["Osnovna škola Đakovo", "Škola 高𠮷"]),
        ("dako", ["Osnovna škola Đakovo"]),
        ("ĐAKOVO osnovna", ["Osnovna škola Đakovo"]),
        ("čak", ["Gimnazija Čakovec"]),
        ("CAKOVEC gimn", ["Gimnazija Čakovec"]),
        ("straße", ["Gymnasium Weiße Straße"]),
        ("weisse", ["Gymnasium Weiße Straße"]),
        ("高", ["Škola 高𠮷"]),
        ("高𠮷", ["Škola 高𠮷"]),
        ("skolak", []),
    ],
)
def test_a_search_finds_words_whatever_their_case_and_accents(course_key, query, found):
    """The index holds folded words, compared under the column's collation (utf8mb4_unicode_ci, where
    every character past U+FFFF weighs as much as U+FFFD): a prefix must still end its range after them."""
    schools = ["Osnovna škola Đakovo", "Gimnazija Čakovec", "Gymnasium Weiße Straße", "Škola 高𠮷"]
    for number, school in enumerate(schools):
        api.create_group(
            course_key,
            make_actor(f"founder_{number}"),
            {**SCHOOL, "school_name": school},
            size_limit=10,
            publish=ignore,
        )

    results = api.search_groups(course_key, query).results

    assert sorted(group.school_name for group in results) == found


def test_a_recount_takes_back_every_count_on_mysqls_paths(course_key):
    """The recount's UPDATEs reach other tables: on MySQL Django selects the ids first. MySQL also refuses an
    UPDATE that selects from its own table in a subquery (ER_UPDATE_TABLE_USED, 1093), which MariaDB allows."""
    unit = api.register_unit(course_key, make_actor("ana"), "block-v1:Pilot+T+1+type@vertical+block@u1", "Unit 1")
    today = datetime.now(UTC).date()
    group_ids = [
        api.create_group(course_key, make_actor(f"chair_{n}"), {**SCHOOL, "city": city}, size_limit=9, publish=ignore)
        for n, city in enumerate(["Split", "Zadar", "Osijek"])
    ]
    for n, group_id in enumerate(group_ids):
        api.join_group(course_key, make_actor(f"member_{n}"), group_id, publish=ignore)
        meeting = {"date": f"{today:%Y-%m-%d}", "time": "00:00", "time_zone": "UTC", "duration_minutes": 45 + n}
        meeting |= {"attendees": [Learner.objects.get(user_id=f"chair_{n}").pk]}
        api.log_meeting(
            course_key, make_actor(f"chair_{n}"), {**meeting, "mode": "in_person", "units": [unit]}, publish=ignore
        )
        api.check_in(course_key, make_actor(f"member_{n}"), unit, True, publish=ignore)
    api.leave_group(course_key, make_actor("member_2"), publish=ignore)
    kept = counts(course_key)
    StudyGroup.objects.update(member_count=0, meeting_count=0, held_minutes=0, school_count=0)

    with CaptureQueriesContext(connection) as captured:
        tallies.recount(course_key)

    assert counts(course_key) == kept
    assert kept[1] == {"groups": 3, "learners": 5, "meetings": 3, "minutes": 45 + 46 + 47}
    updates = [query["sql"] for query in captured.captured_queries if query["sql"].startswith("UPDATE")]
    assert updates
    assert [sql for sql in updates if selects_from_itself(sql)] == []


def counts(course_key):
    groups = StudyGroup.objects.filter(course_key=course_key).order_by("pk")
    totals = api.course_dashboard(course_key, is_staff=True).totals
    return (
        list(groups.values_list("member_count", "meeting_count", "held_minutes", "school_count")),
        {
            "groups": totals.groups,
            "learners": totals.learners,
            "meetings": totals.meetings,
            "minutes": round(totals.hours * 60),
        },
    )


def selects_from_itself(sql):
    """Whether an UPDATE selects from the table it updates, in a subquery: MySQL's error 1093."""
    table = sql.split()[1]
    return f"FROM {table}" in sql.partition(" SET ")[2]


def test_long_json_rows_come_back_whole(course_key):
    """Members' names at their longest, with what JSON must escape, in the lists the page reads as JSON."""
    names = [
        ("Ana " + 'Marija "Mara" \\ Horvat-Kovačević 🌻 ' * 20)[:255],
        "Ivan\nNovak",
        "Lena 'O\u2019Brien' </script>",
    ]
    group_id = api.create_group(course_key, make_actor("ana", names[0]), SCHOOL, size_limit=40, publish=ignore)
    api.join_group(course_key, make_actor("ivan", names[1]), group_id, publish=ignore)
    api.join_group(course_key, make_actor("lena", names[2]), group_id, publish=ignore)
    for n in range(30):
        api.join_group(course_key, make_actor(f"teacher_{n:02d}", f"{'Ž' * 200} {n}"), group_id, publish=ignore)

    state = api.get_learner_state(course_key, make_actor("ana", names[0]))

    members = {member.username: member.full_name for member in state.group.members}
    assert len(members) == 33
    assert [members["ana"], members["ivan"], members["lena"]] == names
    assert members["teacher_29"] == f"{'Ž' * 200} 29"


def test_usage_keys_that_differ_only_in_case_are_two_units(course_key):
    """Block ids are case-sensitive (an imported course may have ``Intro`` and ``intro``); the table's
    collation is not, so the column compares in binary."""
    upper = "block-v1:Pilot+T+1+type@vertical+block@Intro"
    lower = "block-v1:Pilot+T+1+type@vertical+block@intro"

    first = api.register_unit(course_key, make_actor("ana"), upper, "Introduction")
    second = api.register_unit(course_key, make_actor("ana"), lower, "Intro, again")

    assert first != second
    assert dict(Unit.objects.values_list("usage_key", "title")) == {upper: "Introduction", lower: "Intro, again"}
    assert api.find_unit(course_key, make_actor("ana"), lower) == second


def test_csv_times_are_the_utc_instants_written_as_on_every_database(course_key):
    """The export writes times with the database; MySQL's DATETIME(6) comes with microseconds, SQLite's
    text without: the cell is the same ISO 8601 text either way."""
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=5, publish=ignore)
    Membership.objects.filter(group_id=group_id).update(joined=timezone.now() - timedelta(days=3))
    day = (timezone.now() - timedelta(days=2)).date()  # held, whatever the hour the test runs at
    meeting = {"date": f"{day:%Y-%m-%d}", "time": "12:30", "time_zone": "America/Sao_Paulo", "duration_minutes": 60}
    meeting |= {"attendees": [Learner.objects.get(user_id="ana").pk]}
    api.log_meeting(course_key, make_actor("ana"), {**meeting, "mode": "online"}, publish=ignore)
    created = Meeting.objects.get(group_id=group_id).created

    header, rows = api.export_rows(course_key, "meetings", is_staff=True)
    text = b"".join(stream(header, rows)).decode("utf-8-sig")
    (row,) = csv.DictReader(io.StringIO(text))

    assert row["start_utc"] == f"{day:%Y-%m-%d}T15:30:00+00:00"
    assert datetime.fromisoformat(row["recorded"]) == created.replace(microsecond=0, tzinfo=UTC)
    assert row["recorded"] == f"{created:%Y-%m-%dT%H:%M:%S}+00:00"


@pytest.mark.parametrize(
    "check",
    [
        test_search.test_the_pages_of_a_long_list_are_the_first_hundred_in_the_searchs_order,
        test_search.test_two_common_words_that_name_fewer_groups_together_list_them_all,
        test_search.test_a_group_whose_words_the_rarest_word_begins_twice_is_listed_once,
        test_search.test_a_prefix_of_a_few_common_words_merges_their_groups_in_order,
        test_search.test_a_prefix_of_many_common_words_has_their_groups_sorted,
    ],
    ids=lambda check: check.__name__.removeprefix("test_"),
)
def test_long_lists_of_common_words_on_mysqls_paths(course_key, check):
    """The search's long lists as the unit tests check them, read in the word index's order under the
    column's collation."""
    check(course_key)
