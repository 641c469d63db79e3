"""A new coordinator's first steps, ticked from the group's records, until they hide them."""

from datetime import UTC, datetime, timedelta

import pytest

from studygroup_xblock import api as api_module
from studygroup_xblock.models import Membership
from tests.conftest import Committed, make_actor, state_after
from tests.integration.test_adaptation_handlers import ADAPTATION

pytestmark = pytest.mark.django_db

api = Committed(api_module)

SCHOOL = {"school_name": "OŠ Trnsko", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}


def steps(course_key, user_id="ana"):
    return {step.name: step.done for step in api.get_learner_state(course_key, make_actor(user_id)).getting_started}


def test_each_step_is_ticked_by_what_the_group_does(course_key, events):
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=events)
    assert steps(course_key) == dict.fromkeys(("invite", "plan", "log", "share", "check_in", "report"), False)

    for user_id in ("ivan", "marko"):
        api.join_group(course_key, make_actor(user_id), group_id, publish=events)
    Membership.objects.update(joined=datetime.now(UTC) - timedelta(days=3))
    yesterday = datetime.now(UTC) - timedelta(days=1)
    meeting = {"date": f"{yesterday:%Y-%m-%d}", "time": "15:00", "time_zone": "UTC", "duration_minutes": 45}
    present = [member.learner_id for member in api.get_learner_state(course_key, make_actor("ivan")).group.members]
    api.log_meeting(course_key, make_actor("ivan"), {**meeting, "mode": "online", "attendees": present}, publish=events)
    unit = api.register_unit(
        course_key, make_actor("ana"), "block-v1:StudyGroup+Workbench+Demo+type@studygroup+block@u1", "Unit 1"
    )
    api.check_in(course_key, make_actor("marko"), unit, True, publish=events)

    assert steps(course_key) == {
        "invite": True,
        "plan": True,
        "log": True,
        "share": False,
        "check_in": True,
        "report": False,
    }
    api.share_adaptation(course_key, make_actor("ana"), unit, ADAPTATION, sharing_on=True, publish=events)
    api.group_report(course_key, make_actor("ana"), group_id, is_staff=False)  # reading records nothing
    api.note_evidence_opened(course_key, make_actor("ivan"), group_id)  # nor does a member (or staff) opening it
    assert not steps(course_key)["report"]
    api.note_evidence_opened(course_key, make_actor("ana"), group_id)
    assert all(steps(course_key).values())
    assert steps(course_key, "ivan") == {}  # members have no such list


def test_the_coordinator_hides_the_steps(course_key, events):
    api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=events)
    events.clear()

    state = state_after(api.dismiss_guide, course_key, make_actor("ana"), publish=events)

    assert state.getting_started == ()
    assert events.names == ["edx.studygroup.membership.guide_dismissed"]
    api.dismiss_guide(course_key, make_actor("ana"), publish=events)
    assert len(events) == 1


def test_only_coordinators_hide_them(course_key, events):
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=events)
    api.join_group(course_key, make_actor("ivan"), group_id, publish=events)

    with pytest.raises(api_module.CoordinatorsOnly):
        api.dismiss_guide(course_key, make_actor("ivan"), publish=events)
