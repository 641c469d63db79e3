"""Regional groups: each member's own school, found by the search, kept dated, and in the exports."""

from datetime import UTC, datetime, timedelta

import pytest

from studygroup_xblock import api as api_module
from studygroup_xblock.models import Membership, MembershipRevision
from tests import conftest
from tests.conftest import SLIEMA, Committed, make_actor, state_after
from tests.integration.test_adaptation_handlers import ADAPTATION

pytestmark = pytest.mark.django_db

api = Committed(api_module)

VALLETTA = {**conftest.VALLETTA, "is_open": True}


@pytest.fixture
def group_id(course_key, events):
    """Maria of Valletta coordinates; Joe joined, and teaches in Sliema."""
    group_id = api.create_group(course_key, make_actor("maria", "Maria Borg"), VALLETTA, size_limit=12, publish=events)
    api.join_group(course_key, make_actor("joe", "Joe Vella"), group_id, publish=events)
    return group_id


def schools_of(state):
    return {member.username: (member.school.school_name, member.school.city) for member in state.group.members}


def test_members_join_at_the_host_school_and_name_their_own(course_key, events, group_id):
    state = api.get_learner_state(course_key, make_actor("joe"))
    assert schools_of(state)["joe"] == ("St Albert the Great College", "Valletta")
    events.clear()

    state = state_after(api.set_my_school, course_key, make_actor("joe"), SLIEMA, publish=events)

    assert schools_of(state) == {
        "maria": ("St Albert the Great College", "Valletta"),
        "joe": ("St Joseph School", "Sliema"),
    }
    (revision,) = MembershipRevision.objects.all()
    assert revision.previous == {"school_name": "St Albert the Great College", "city": "Valletta", "country": "MT"}
    assert events.names == ["edx.studygroup.membership.school_changed"]
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)
    assert MembershipRevision.objects.count() == 1  # the same school again changes nothing


def test_the_search_finds_a_group_by_any_of_its_schools_while_they_are_in_it(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)

    assert [group.id for group in api.search_groups(course_key, "sliema joseph").results] == [group_id]
    api.leave_group(course_key, make_actor("joe"), publish=events)
    assert api.search_groups(course_key, "sliema").results == ()


def test_starting_a_group_for_a_members_school_suggests_that_group(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)

    with pytest.raises(api_module.DuplicateSchool) as duplicate:
        api.create_group(
            course_key, make_actor("ray"), {**VALLETTA, **SLIEMA, "city": "SLIEMA"}, size_limit=12, publish=events
        )
    assert duplicate.value.details["group"].id == group_id


def test_members_at_the_host_school_follow_its_corrected_name(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)

    state = state_after(
        api.update_group,
        course_key,
        make_actor("maria"),
        {**VALLETTA, "school_name": "St Albert the Great"},
        publish=events,
    )

    assert schools_of(state) == {"maria": ("St Albert the Great", "Valletta"), "joe": ("St Joseph School", "Sliema")}


@pytest.mark.parametrize(
    ("school", "field"),
    [
        ({**SLIEMA, "school_name": ""}, "school_name"),
        ({**SLIEMA, "city": "x" * 101}, "city"),
        ({**SLIEMA, "country": "XX"}, "country"),
        ("St Joseph School", None),
    ],
)
def test_a_bad_school_is_refused_and_changes_nothing(course_key, events, group_id, school, field):
    with pytest.raises(api_module.InvalidInput) as refused:
        api.set_my_school(course_key, make_actor("joe"), school, publish=events)

    assert refused.value.details.get("field") == field
    assert MembershipRevision.objects.count() == 0


def test_only_members_name_a_school(course_key, events, group_id):
    with pytest.raises(api_module.NotInGroup):
        api.set_my_school(course_key, make_actor("ray"), SLIEMA, publish=events)


def test_the_exports_carry_each_members_school(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)

    header, rows = api.export_rows(course_key, "memberships", is_staff=True)
    schools = {row[header.index("username")]: row[header.index("member_school")] for row in rows}
    header, rows = api.export_rows(course_key, "groups", is_staff=True)

    assert schools == {"maria": "St Albert the Great College", "joe": "St Joseph School"}
    assert [row[header.index("schools")] for row in rows] == [2]


def test_the_dashboard_counts_schools_as_well_as_groups(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)
    api.create_group(course_key, make_actor("ray"), {**VALLETTA, "city": "Rabat"}, size_limit=12, publish=events)

    totals = api.course_dashboard(course_key, is_staff=True).totals

    assert (totals.groups, totals.schools) == (2, 3)
    found = api.course_dashboard(course_key, is_staff=True, query="joseph").rows
    assert [row.id for row in found] == [group_id]  # a group is found by any of its schools


@pytest.fixture
def regional(course_key, events, group_id):
    """Maria (Valletta) and Joe (Sliema) met twice: once both, once Maria alone; each shared an adaptation."""
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)
    Membership.objects.update(joined=datetime.now(UTC) - timedelta(days=60))
    ids = {m.username: m.learner_id for m in api.get_learner_state(course_key, make_actor("maria")).group.members}
    for days_ago, present in ((40, ["maria", "joe"]), (10, ["maria"])):
        day = datetime.now(UTC) - timedelta(days=days_ago)
        fields = {
            "date": f"{day:%Y-%m-%d}",
            "time": "15:00",
            "time_zone": "Europe/Malta",
            "duration_minutes": 60,
            "mode": "in_person",
            "attendees": [ids[name] for name in present],
        }
        api.log_meeting(course_key, make_actor("maria"), fields, publish=events)
    unit = api.register_unit(
        course_key, make_actor("ana"), "block-v1:StudyGroup+Workbench+Demo+type@studygroup+block@u1", "Unit 1"
    )
    for name in ("maria", "joe"):
        adaptation = {**ADAPTATION, "title": f"By {name}"}
        api.share_adaptation(course_key, make_actor(name), unit, adaptation, sharing_on=True, publish=events)
    return datetime.now(UTC).date()


def test_each_schools_evidence_lists_only_its_own_teachers(course_key, events, group_id, regional):
    schools = dict(api.group_report(course_key, make_actor("maria"), group_id, is_staff=False).schools)
    sliema = next(key for key, school in schools.items() if school.city == "Sliema")

    report = api.group_report(course_key, make_actor("maria"), group_id, is_staff=False, school=sliema)

    assert report.school.school_name == "St Joseph School"
    assert [stay.username for stay in report.stays] == ["joe"]
    assert [[present.name for present in meeting.attendees] for meeting in report.held] == [["joe"]]
    assert [adaptation.title for adaptation in report.adaptations] == ["By joe"]
    header, rows = api.export_rows(course_key, "adaptations", is_staff=True)
    assert {row[header.index("title")]: row[header.index("author_school")] for row in rows} == {
        "By maria": "St Albert the Great College",
        "By joe": "St Joseph School",
    }
    assert (report.members_now, report.confirmations) == (1, 0)
    whole = api.group_report(course_key, make_actor("maria"), group_id, is_staff=False)
    assert (len(whole.held), len(whole.adaptations), whole.members_now) == (2, 2, 2)


def test_the_evidence_keeps_to_the_period_chosen(course_key, events, group_id, regional):
    today = regional
    report = api.group_report(
        course_key, make_actor("maria"), group_id, is_staff=True, start=(today - timedelta(days=20)).isoformat()
    )

    assert len(report.held) == 1
    assert report.period[0] == today - timedelta(days=20)


@pytest.mark.parametrize(("chosen", "field"), [({"school": "nowhere|x"}, "school"), ({"end": "2026-02-31"}, "end")])
def test_an_unknown_school_or_day_is_refused(course_key, events, group_id, chosen, field):
    with pytest.raises(api_module.InvalidInput) as refused:
        api.group_report(course_key, make_actor("maria"), group_id, is_staff=True, **chosen)

    assert refused.value.details == {"field": field}


def test_a_learners_own_record_names_their_school(course_key, events, group_id):
    api.set_my_school(course_key, make_actor("joe"), SLIEMA, publish=events)

    assert api.participation_record(course_key, make_actor("joe")).school_name == "St Joseph School"
