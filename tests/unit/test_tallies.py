"""The counts the course-wide pages read are what counting the rows again gives, after every kind of change
(api/tallies.py), and the dashboard, the weekly chart and the search read them right."""

from datetime import timedelta

import pytest
from django.db import transaction
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock.api import tallies
from studygroup_xblock.models import Adaptation, GroupWord, Membership, SchoolTally, StudyGroup, Tally
from tests.conftest import Committed, make_actor, state_after
from tests.unit.test_adaptations import ADAPTATION
from tests.unit.test_meetings import held, planned

pytestmark = pytest.mark.django_db

api = Committed(api_module)


def school(city, country="HR", **changes):
    return {
        "school_name": f"School {city}",
        "city": city,
        "country": country,
        "language": "en",
        "is_open": True,
        **changes,
    }


def counts(course_key):
    """Everything that is kept rather than counted when read."""
    groups = StudyGroup.objects.filter(course_key=course_key)
    return {
        "groups": sorted(groups.values_list("pk", *tallies.COUNTS, "school_keys", "school_count")),
        "tallies": sorted(
            Tally.objects.filter(course_key=course_key, value__gt=0).values_list("name", "bucket", "value")
        ),
        "words": sorted(GroupWord.objects.filter(course_key=course_key).values_list("group_id", "word")),
        "schools": sorted(
            SchoolTally.objects.filter(course_key=course_key, value__gt=0).values_list("bucket", "value")
        ),
        "useful": sorted(Adaptation.objects.values_list("pk", "useful_count")),
    }


def assert_counted(course_key):
    kept = counts(course_key)
    with transaction.atomic():
        tallies.recount(course_key)
        recounted = counts(course_key)
        transaction.set_rollback(True)
    assert kept == recounted


def members(course_key, who):
    return [member.learner_id for member in api.get_learner_state(course_key, make_actor(who)).group.members]


def test_every_change_keeps_the_counts_as_counting_again_finds_them(course_key, events):
    zagreb = state_after(
        api.create_group, course_key, make_actor("ana"), school("Zagreb"), size_limit=12, publish=events
    )
    split = api.create_group(course_key, make_actor("luka"), school("Split"), size_limit=12, publish=events)
    berlin = state_after(
        api.create_group, course_key, make_actor("lena"), school("Berlin", "DE"), size_limit=12, publish=events
    )
    for who, group in (("ivan", zagreb), ("marko", zagreb), ("jonas", berlin)):
        api.join_group(course_key, make_actor(who), group.group.summary.id, publish=events)
    Membership.objects.update(joined=timezone.now() - timedelta(days=60))
    assert_counted(course_key)

    api.leave_group(course_key, make_actor("marko"), publish=events)
    api.leave_group(course_key, make_actor("luka"), publish=events)  # the last one: Split is archived
    jonas = next(m for m in berlin_members(course_key) if m.username == "jonas")
    api.remove_member(course_key, make_actor("lena"), jonas.membership_id, publish=events)
    api.update_group(course_key, make_actor("ana"), school("Rijeka", "HR", school_name="OŠ Rijeka"), publish=events)
    api.update_group(course_key, make_actor("lena"), school("Graz", "AT"), publish=events)
    assert_counted(course_key)
    assert StudyGroup.objects.get(pk=split).archived is not None

    present = members(course_key, "ana")
    for days, minutes in ((-40, 60), (-9, 45), (-2, 90)):
        api.log_meeting(
            course_key,
            make_actor("ivan"),
            held(present, timedelta(days=days), duration_minutes=minutes),
            publish=events,
        )
    state = state_after(api.plan_meeting, course_key, make_actor("ana"), planned(timedelta(days=2)), publish=events)
    plan = state.next_meeting or state.meetings.meetings[0]
    api.log_meeting(course_key, make_actor("ana"), held(present), publish=events, planned_meeting_id=plan.id)
    assert_counted(course_key)

    history = api.meeting_history(course_key, make_actor("ana")).meetings
    api.edit_meeting(
        course_key,
        make_actor("ana"),
        history[0].id,
        held(present, timedelta(days=-20), duration_minutes=30),
        publish=events,
    )
    api.delete_meeting(course_key, make_actor("ana"), history[1].id, publish=events)
    assert_counted(course_key)

    unit = api.register_unit(course_key, make_actor("ana"), "unit-1", "Unit 1")
    api.share_adaptation(course_key, make_actor("ivan"), unit, ADAPTATION, sharing_on=True, publish=events)
    mine = Adaptation.objects.latest("pk").pk
    api.share_adaptation(course_key, make_actor("ana"), unit, ADAPTATION, sharing_on=True, publish=events)
    api.mark_useful(course_key, make_actor("lena"), mine, True, publish=events)
    api.mark_useful(course_key, make_actor("jonas"), mine, True, publish=events)
    api.mark_useful(course_key, make_actor("jonas"), mine, False, publish=events)
    api.delete_adaptation(course_key, make_actor("ana"), Adaptation.objects.latest("pk").pk, publish=events)
    assert_counted(course_key)
    assert Adaptation.objects.get(pk=mine).useful_count == 1

    api.retire_learner("ana", publish=events)
    assert_counted(course_key)


def berlin_members(course_key):
    return api.get_learner_state(course_key, make_actor("lena")).group.members


def test_the_dashboard_totals_and_chart_read_the_tallies(course_key, events):
    state = state_after(
        api.create_group, course_key, make_actor("ana"), school("Zagreb"), size_limit=12, publish=events
    )
    api.join_group(course_key, make_actor("ivan"), state.group.summary.id, publish=events)
    api.create_group(course_key, make_actor("lena"), school("Berlin", "DE"), size_limit=12, publish=events)
    Membership.objects.update(joined=timezone.now() - timedelta(days=60))
    present = members(course_key, "ana")
    for days in (-1, -2, -15):
        api.log_meeting(
            course_key, make_actor("ana"), held(present, timedelta(days=days), duration_minutes=90), publish=events
        )

    page = api.course_dashboard(course_key, is_staff=True)
    weeks = api.weekly_meetings(course_key, is_staff=True, weeks=4, zone="Europe/Zagreb")
    group_weeks = api.weekly_meetings(
        course_key, is_staff=True, weeks=4, zone="Europe/Zagreb", group_id=state.group.summary.id
    )

    assert (page.totals.groups, page.totals.learners, page.totals.countries) == (2, 3, 2)
    assert (page.totals.meetings, page.totals.hours) == (3, 4.5)
    assert sum(count for _monday, count in weeks) == 3
    assert weeks == group_weeks  # the course's from its tallies, the group's from its meetings


def test_a_search_by_name_starts_from_its_rarest_word_and_lists_are_counted_only_so_far(course_key, events):
    for n in range(api_module.COUNT_LIMIT + 2):
        name = "Osnovna škola Vuk" if n == 0 else f"Osnovna škola Number{n}"
        api.create_group(
            course_key, make_actor(f"t{n}"), school(f"Town{n}", school_name=name), size_limit=12, publish=events
        )

    rare = api.search_groups(course_key, "osnovna vuk")
    common = api.search_groups(course_key, "osnovna skola")
    everyone = api.search_groups(course_key)

    assert [group.school_name for group in rare.results] == ["Osnovna škola Vuk"]
    assert (rare.total, rare.more) == (1, False)
    assert (common.total, common.more) == (api_module.COUNT_LIMIT, True)
    assert (everyone.total, everyone.more) == (api_module.COUNT_LIMIT + 2, False)  # from the tallies


def test_schools_are_counted_once_however_many_groups_and_members_have_them(course_key, events):
    valletta = api.create_group(
        course_key, make_actor("maria"), school("Valletta", "MT"), size_limit=12, publish=events
    )
    api.create_group(course_key, make_actor("joe"), school("Sliema", "MT"), size_limit=12, publish=events)
    group_id = valletta
    for who in ("ray", "sam"):
        api.join_group(course_key, make_actor(who), group_id, publish=events)
    assert api.course_dashboard(course_key, is_staff=True).totals.schools == 2

    for who in ("ray", "sam"):  # two teachers of Sliema's school, in Valletta's group
        api.set_my_school(course_key, make_actor(who), school("Sliema", "MT"), publish=events)
    api.set_my_school(course_key, make_actor("sam"), school("Mosta", "MT"), publish=events)
    assert_counted(course_key)
    assert api.course_dashboard(course_key, is_staff=True).totals.schools == 3
    assert StudyGroup.objects.get(pk=group_id).school_count == 3

    api.leave_group(course_key, make_actor("sam"), publish=events)  # Mosta leaves with her
    api.leave_group(course_key, make_actor("joe"), publish=events)  # Sliema's own group closes; Ray stays
    assert_counted(course_key)
    assert api.course_dashboard(course_key, is_staff=True).totals.schools == 2
