"""A group's pace over real HTTP through the workbench: a coordinator sets and clears it, everyone
reads it with the learner state, and bad input is refused with nothing written."""

from datetime import date, timedelta

import pytest
from django.utils import timezone

from studygroup_xblock.models import GroupPace, Membership, PaceDate
from tests.integration.test_handlers import SCHOOL, assert_error

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def group(workbench):
    """Ana coordinates a group Ivan is in, both for a month now; the unit they view is the course's one unit."""
    ana, ivan = (workbench.session(name) for name in ("ana", "ivan"))
    group_id = ana.post("create_group", {"group": SCHOOL}).json()["group"]["summary"]["id"]
    ivan.post("join_group", {"group_id": group_id})
    Membership.objects.update(joined=timezone.now() - timedelta(days=30))
    return ana, ivan


def monday_weeks_ago(weeks):
    today = date.today()
    return today - timedelta(days=today.weekday(), weeks=weeks)


def test_a_coordinator_sets_the_pace_and_everyone_reads_where_they_stand(group, published):
    ana, ivan = group
    start = monday_weeks_ago(2)

    answer = ana.post("set_pace", {"pace": {"start": f"{start:%Y-%m-%d}", "weeks_per_unit": 1}})

    assert answer.status_code == 200, answer.text
    pace = ivan.post("student_view_user_state", {}).json()["pace"]
    assert pace["start"] == f"{start:%Y-%m-%d}"
    assert [entry["due"] for entry in pace["dates"]] == [f"{start + timedelta(days=4):%Y-%m-%d}"]
    assert [(entry["person"]["username"], entry["behind"], entry["on_track"]) for entry in pace["standings"]] == [
        ("ana", 1, False),
        ("ivan", 1, False),
    ]
    checked = ivan.post("check_in", {"done": True}).json()["pace"]
    assert [entry["on_track"] for entry in checked["standings"]] == [False, True]
    assert [name for name, _data in published if ".pace." in name] == ["edx.studygroup.pace.set"]


def test_only_a_coordinator_sets_or_clears_the_pace(group, workbench):
    ana, ivan = group
    pace = {"pace": {"start": f"{monday_weeks_ago(0):%Y-%m-%d}", "weeks_per_unit": 2}}

    assert_error(ivan.post("set_pace", pace), 403, "coordinators_only")
    assert_error(workbench.session("stranger").post("set_pace", pace), 409, "not_in_group")
    assert not GroupPace.objects.exists()
    ana.post("set_pace", pace)
    assert_error(ivan.post("clear_pace", {}), 403, "coordinators_only")

    cleared = ana.post("clear_pace", {})

    assert cleared.status_code == 200
    assert cleared.json()["pace"] is None
    assert not PaceDate.objects.exists()


@pytest.mark.parametrize(
    "pace",
    [
        None,
        "2027-01-11",
        {"weeks_per_unit": 2},
        {"start": "2027-02-30", "weeks_per_unit": 2},
        {"start": "2027-01-11", "weeks_per_unit": "two"},
        {"start": "2027-01-11", "weeks_per_unit": 2, "dates": {"1": "<script>"}},
        {"start": "2027-01-11", "weeks_per_unit": 2, "dates": {"99999": "2027-02-01"}},
    ],
)
def test_bad_paces_get_a_clear_400_and_write_nothing(group, pace):
    ana, _ivan = group

    answer = ana.post("set_pace", {"pace": pace})

    assert_error(answer, 400, "invalid_field")
    assert not GroupPace.objects.exists()
