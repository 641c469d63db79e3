"""A group's pace through the course: each unit's day, and who stands where (api/pace.py, SQLite)."""

from datetime import UTC, date, datetime, timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock.api import state, tallies
from studygroup_xblock.api.common import locked_group
from studygroup_xblock.api.pace import group_pace, on_pace_filter, on_track
from studygroup_xblock.api.tallies import counting
from studygroup_xblock.data import utc_day
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
    joined = {row.learner_id: utc_day(row.joined) for row in reader.members}
    return group_pace(reader.members[0], reader.progress(), joined, today=today)


def set_pace(course_key, events, who="ana", **fields):
    api.set_pace(
        course_key, make_actor(who), {"start": MONDAY.isoformat(), "weeks_per_unit": 2, **fields}, publish=events
    )


def behind_for_staff(group_id, today):
    """What the dashboard reads: how many of the group's members are behind, and whether its filter
    finds someone behind."""
    group = StudyGroup.objects.get(pk=group_id)
    filtered = StudyGroup.objects.filter(on_pace_filter("behind", today), pk=group_id).exists()
    on_pace = on_track(group.pace_owed_days, group.pace_behind_from, group.member_count, today)
    return (0 if on_pace is None else group.member_count - on_pace), filtered


def as_the_group_sees_it(course_key, who, today):
    """How many members the group's own view counts behind, and whether anyone is."""
    behind = sum(1 for entry in pace_on(course_key, who, today).standings if not entry.on_track)
    return behind, behind > 0


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
    with transaction.atomic(), counting(locked_group(group_id)):
        pass  # as a change to the group counts it again

    pace = pace_on(course_key, "petra", date(2027, 2, 8))  # unit 1 fell due the day Petra came, unit 2 after

    standing = {entry.person.username: entry.behind for entry in pace.standings}
    assert standing == {"ana": 2, "ivan": 2, "marko": 2, "petra": 1}
    assert behind_for_staff(group_id, date(2027, 2, 8)) == (4, True)


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

    assert behind_for_staff(group_id, today) == as_the_group_sees_it(course_key, "ana", today)
    assert (
        StudyGroup.objects.filter(on_pace_filter("on_pace", today)).exists()
        != as_the_group_sees_it(course_key, "ana", today)[1]
    )
    assert not StudyGroup.objects.filter(on_pace_filter("none", today)).exists()


DAYS = [MONDAY, date(2027, 1, 23), date(2027, 2, 6), date(2027, 2, 20), date(2027, 3, 6), date(2027, 9, 1)]


def test_what_staff_read_is_kept_true_by_every_kind_of_change(course_key, events, group):
    """The earliest day someone owes a unit is kept on the group's row; after each kind of change,
    staff's count and filter say what the group's own view says, on every day."""
    group_id, units = group
    ana, ivan, marko = (make_actor(name) for name in ("ana", "ivan", "marko"))
    marko_stay = Membership.objects.get(learner__user_id="marko").pk
    changes = [
        lambda: set_pace(course_key, events),
        lambda: api.check_in(course_key, ivan, units[0], True, publish=events),
        lambda: [api.check_in(course_key, ivan, unit, True, publish=events) for unit in units[1:]],
        lambda: api.join_group(course_key, make_actor("petra"), group_id, publish=events),
        lambda: api.check_in(course_key, ivan, units[1], False, publish=events),
        lambda: api.remove_member(course_key, ana, marko_stay, publish=events),
        lambda: api.register_unit(course_key, marko, "unit-late", "Unit late", position="0009.0000"),
        lambda: set_pace(course_key, events, dates={str(units[0]): "2027-03-01"}),
        lambda: api.leave_group(course_key, make_actor("petra"), publish=events),
        lambda: api.clear_pace(course_key, ana, publish=events),
    ]
    for change in changes:
        change()
        for today in DAYS:
            paced = api.get_learner_state(course_key, ivan).pace
            seen = as_the_group_sees_it(course_key, "ivan", today) if paced else (0, False)
            assert behind_for_staff(group_id, today) == seen, (change, today)
        kept = StudyGroup.objects.filter(pk=group_id).values_list("pace_owed_days", "pace_behind_from").get()
        tallies.recount(course_key)  # counting the course again from its rows finds the same
        assert StudyGroup.objects.filter(pk=group_id).values_list("pace_owed_days", "pace_behind_from").get() == kept


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


def test_a_unit_shown_for_the_first_time_is_owed_by_a_group_that_owed_nothing(course_key, events, group):
    group_id, units = group
    set_pace(course_key, events)
    for name in ("ana", "ivan", "marko"):
        for unit in units:
            api.check_in(course_key, make_actor(name), unit, True, publish=events)
    assert StudyGroup.objects.get(pk=group_id).pace_behind_from is None

    api.register_unit(course_key, make_actor("ivan"), "unit-9", "Unit 9", position="0001.0009")

    after = date(2027, 3, 20)  # the day after Unit 9 is due, a stretch after Unit 4
    assert StudyGroup.objects.get(pk=group_id).pace_behind_from == date(2027, 3, 19)
    assert behind_for_staff(group_id, after) == as_the_group_sees_it(course_key, "ana", after) == (3, True)


def test_the_groups_export_says_the_pace_and_how_many_are_on_track_today(course_key, events, group):
    _group_id, units = group
    start = timezone.localdate() - timedelta(weeks=4)  # two units due by today
    Membership.objects.update(joined=timezone.now() - timedelta(weeks=5))
    api.set_pace(course_key, make_actor("ana"), {"start": f"{start:%Y-%m-%d}", "weeks_per_unit": 2}, publish=events)
    for unit in units[:2]:
        api.check_in(course_key, make_actor("marko"), unit, True, publish=events)
    api.create_group(course_key, make_actor("lena"), {**SCHOOL, "city": "Split"}, size_limit=12, publish=events)

    header, rows = api.export_rows(course_key, "groups", is_staff=True)

    paces = [dict(zip(header, row, strict=True)) for row in rows]
    assert [(row["pace_start"], row["pace_weeks_per_unit"], row["members_on_pace"]) for row in paces] == [
        (f"{start:%Y-%m-%d}", 2, 1),
        ("", "", ""),
    ]
