"""A group's pace through the course: each unit's day, and who stands where (api/pace.py, SQLite)."""

from datetime import UTC, date, datetime, timedelta

import pytest

from studygroup_xblock import api as api_module
from studygroup_xblock.api import state
from studygroup_xblock.api.pace import group_pace, joined_day, members_behind, on_pace_filter
from studygroup_xblock.models import GroupPace, Membership, PaceDate, StudyGroup
from tests.conftest import Committed, make_actor

pytestmark = pytest.mark.django_db

api = Committed(api_module)

SCHOOL = {"school_name": "OŠ Šenoa", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}
MONDAY = date(2027, 1, 11)


@pytest.fixture
def group(course_key, events):
    """Ana coordinates, Ivan and Marko are members; the course has four units, in outline order."""
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=events)
    for name in ("ivan", "marko"):
        api.join_group(course_key, make_actor(name), group_id, publish=events)
    units = [
        api.register_unit(course_key, make_actor("ana"), f"unit-{n}", f"Unit {n}", position=f"0001.000{n}")
        for n in range(1, 5)
    ]
    events.clear()
    return group_id, units


def pace_on(course_key, who, today):
    reader = state.Reader.of(course_key, make_actor(who))
    joined = {row.learner_id: joined_day(row.joined) for row in reader.members}
    return group_pace(reader.members[0], reader.progress(), joined, today=today)


def set_pace(course_key, events, who="ana", **fields):
    api.set_pace(
        course_key, make_actor(who), {"start": MONDAY.isoformat(), "weeks_per_unit": 2, **fields}, publish=events
    )


def behind_in_sql(group_id, today):
    """What the dashboard reads: how many of the group's members are behind, by ``members_behind``."""
    return StudyGroup.objects.filter(pk=group_id).annotate(n=members_behind(today)).values_list("n", flat=True).get()


def test_a_unit_every_two_weeks_is_due_on_the_friday_of_each_stretch(course_key, events, group):
    set_pace(course_key, events)

    pace = pace_on(course_key, "ivan", MONDAY)
    assert [(entry.title, entry.due) for entry in pace.dates] == [
        ("Unit 1", date(2027, 1, 22)),
        ("Unit 2", date(2027, 2, 5)),
        ("Unit 3", date(2027, 2, 19)),
        ("Unit 4", date(2027, 3, 5)),
    ]
    assert pace.due_next.title == "Unit 1"
    assert events.names == ["edx.studygroup.pace.set"]


def test_members_behind_on_track_and_ahead(course_key, events, group):
    _group_id, (first, second, third, _fourth) = group
    set_pace(course_key, events)
    api.check_in(course_key, make_actor("ivan"), first, True, publish=events)
    for unit in (first, second, third):
        api.check_in(course_key, make_actor("marko"), unit, True, publish=events)

    pace = pace_on(course_key, "ana", date(2027, 2, 8))  # units 1 and 2 are due

    standing = {entry.person.username: (entry.behind, entry.ahead, entry.on_track) for entry in pace.standings}
    assert standing == {"ana": (2, 0, False), "ivan": (1, 0, False), "marko": (0, 1, True)}
    assert pace.due_next.title == "Unit 3"


def test_a_coordinator_moves_a_units_day_and_setting_the_rhythm_again_puts_it_back(course_key, events, group):
    _group_id, (_first, second, *_rest) = group

    set_pace(course_key, events, dates={str(second): "2027-02-12"})
    assert [entry.due for entry in pace_on(course_key, "ana", MONDAY).dates[:2]] == [
        date(2027, 1, 22),
        date(2027, 2, 12),
    ]

    set_pace(course_key, events)
    assert [entry.due for entry in pace_on(course_key, "ana", MONDAY).dates[:2]] == [
        date(2027, 1, 22),
        date(2027, 2, 5),
    ]
    assert PaceDate.objects.count() == 4


def test_a_unit_the_course_shows_later_falls_in_line_after_the_others(course_key, events, group):
    set_pace(course_key, events)

    api.register_unit(course_key, make_actor("ivan"), "unit-9", "Unit 9", position="0001.0009")

    assert [(entry.title, entry.due) for entry in pace_on(course_key, "ana", MONDAY).dates[-2:]] == [
        ("Unit 4", date(2027, 3, 5)),
        ("Unit 9", date(2027, 3, 19)),
    ]


def test_a_colleague_who_joins_late_starts_from_where_the_group_is(course_key, events, group):
    group_id, _units = group
    set_pace(course_key, events)
    api.join_group(course_key, make_actor("petra"), group_id, publish=events)
    Membership.objects.filter(learner__username="petra").update(joined=datetime(2027, 1, 22, 9, tzinfo=UTC))

    pace = pace_on(course_key, "petra", date(2027, 2, 8))  # unit 1 fell due the day Petra came, unit 2 after

    standing = {entry.person.username: entry.behind for entry in pace.standings}
    assert standing == {"ana": 2, "ivan": 2, "marko": 2, "petra": 1}
    assert behind_in_sql(group_id, date(2027, 2, 8)) == 4


def test_the_agenda_draft_lists_the_units_due_since_the_last_meeting(course_key, events, group):
    group_id, _units = group
    set_pace(course_key, events)
    StudyGroup.objects.filter(pk=group_id).update(last_meeting=datetime(2027, 1, 29, 15, tzinfo=UTC))

    pace = pace_on(course_key, "ana", date(2027, 2, 10))

    assert [entry.title for entry in pace.since_last_meeting] == ["Unit 2", "Unit 3"]  # 5 and 19 February


@pytest.mark.parametrize("today", [MONDAY, date(2027, 1, 23), date(2027, 2, 6), date(2027, 3, 6), date(2027, 9, 1)])
def test_the_dashboard_counts_members_behind_as_the_group_sees_them(course_key, events, group, today):
    group_id, units = group
    set_pace(course_key, events, dates={str(units[3]): "2027-01-20"})
    api.check_in(course_key, make_actor("ivan"), units[0], True, publish=events)
    for unit in units[:3]:
        api.check_in(course_key, make_actor("marko"), unit, True, publish=events)

    behind = sum(1 for entry in pace_on(course_key, "ana", today).standings if not entry.on_track)

    assert behind_in_sql(group_id, today) == behind
    paced = StudyGroup.objects.annotate(members_behind=members_behind(today))
    assert paced.filter(on_pace_filter("behind")).exists() == (behind > 0)
    assert paced.filter(on_pace_filter("on_pace")).exists() == (behind == 0)
    assert not paced.filter(on_pace_filter("none")).exists()


@pytest.mark.parametrize(
    "fields",
    [
        {"start": ""},
        {"start": "12/01/2027"},
        {"weeks_per_unit": 0},
        {"weeks_per_unit": 9},
        {"start": "1999-12-31"},
        {"start": "9999-12-31"},
        {"dates": {"999999": "2027-02-12"}},
        {"dates": {"1": ""}},
        {"dates": {"x": "2027-02-12"}},
        {"dates": ["2027-02-12"]},
    ],
)
def test_bad_paces_are_refused_and_nothing_is_written(course_key, events, group, fields):
    with pytest.raises(api.InvalidInput):
        set_pace(course_key, events, **fields)

    assert not GroupPace.objects.exists()


def test_only_coordinators_set_or_clear_the_pace(course_key, events, group):
    with pytest.raises(api.CoordinatorsOnly):
        set_pace(course_key, events, who="ivan")
    set_pace(course_key, events)

    with pytest.raises(api.CoordinatorsOnly):
        api.clear_pace(course_key, make_actor("ivan"), publish=events)
    api.clear_pace(course_key, make_actor("ana"), publish=events)

    assert api.get_learner_state(course_key, make_actor("ivan")).pace is None
    assert events.names == ["edx.studygroup.pace.set", "edx.studygroup.pace.cleared"]


def test_a_group_without_a_pace_sees_none(course_key, events, group):
    assert api.get_learner_state(course_key, make_actor("ivan")).pace is None
    assert pace_on(course_key, "ivan", MONDAY + timedelta(days=400)) is None
