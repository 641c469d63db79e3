"""Staff viewing the course as a learner, along the LMS's own way to the block (``Courseware`` in conftest.py).

"View this course as: Specific learner" serves the unit page with the learner as the request's
user and the staff member on ``request.user.real_user`` (``render_xblock``), and handler calls
with the staff member as the request's user and the block bound to the learner
(``get_block_by_usage_id``). Either way the block shows what the learner sees, says so, and
changes no row. "View as: Learner" leaves staff themselves, in a learner's role.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model

from demo.platform import MASQUERADE_SETTINGS_KEY, CourseMasquerade
from studygroup_xblock import api
from studygroup_xblock.block import StudyGroupXBlock
from studygroup_xblock.data import Actor
from studygroup_xblock.models import StudyGroup
from tests.conftest import EventLog, every_row, handlers_of, learner_on_page, reading_requests

from .conftest import COURSE, Courseware, Session, json_of
from .test_lms_runtime import GROUP, MEETING, NEXT_WEEK

pytestmark = pytest.mark.django_db

FILTERED = "This type of component cannot be shown while viewing the course as a specific student."
# Whose view the page shows: the school of their group, their role.
FIRST_SEEN = {"ana": ("OŠ Trnsko", "coordinator"), "ivan": ("OŠ Trnsko", "member"), "maria": (None, None)}


def actor(user):
    return Actor(user_id=str(user.id), username=user.username, full_name=user.get_full_name())


@pytest.fixture
def course(enrolments):
    """Ana coordinates Zagreb's group, Ivan is in it, Maria in none; Sam is course staff, enrolled in nothing."""
    users = get_user_model().objects
    ana = users.create(username="ana", first_name="Ana", last_name="Kovač")
    ivan = users.create(username="ivan", first_name="Ivan", last_name="Horvat")
    maria = users.create(username="maria", first_name="Maria", last_name="Borg")
    sam = users.create(username="sam_staff", first_name="Sam", last_name="Staff")
    for learner in (ana, ivan, maria):
        enrolments.enrolled.add((learner.id, COURSE))
    group_id = api.create_group(COURSE, actor(ana), GROUP, size_limit=12, publish=EventLog())
    api.join_group(COURSE, actor(ivan), group_id, publish=EventLog())
    meeting_id = api.plan_meeting(COURSE, actor(ana), MEETING, publish=EventLog())
    courseware = Courseware(staff=[sam], enrolled=[ana, ivan, maria])
    for learner in (ana, ivan, maria):
        courseware.unit_page(learner, Session())  # each has opened the unit themself
    return SimpleNamespace(
        ana=ana,
        ivan=ivan,
        maria=maria,
        staff=sam,
        courseware=courseware,
        group_id=group_id,
        meeting_id=meeting_id,
    )


def viewing_as(learner=None):
    """Sam's session once they chose "View this course as" a specific learner (or, without one, "Learner"),
    as ``MasqueradeView.post`` keeps it."""
    username = learner.username if learner else None
    return Session({MASQUERADE_SETTINGS_KEY: {COURSE: CourseMasquerade(COURSE, role="student", user_name=username)}})


@pytest.mark.parametrize("name", FIRST_SEEN)
def test_the_unit_page_shows_the_learners_view_says_so_and_writes_nothing(course, name):
    learner = getattr(course, name)
    before = every_row()

    html = course.courseware.unit_page(course.staff, viewing_as(learner))

    assert FILTERED not in html  # the block is shown: it keeps the learner's data unchanged
    assert f"You are viewing the course as {learner.get_full_name()}" in html
    assert '"read_only": true' in html
    assert learner_on_page(html) == FIRST_SEEN[name]
    assert "Open the course dashboard" not in html
    assert every_row() == before
    assert course.courseware.runtimes[-1].events == []


def test_the_page_is_the_learners_own_without_a_masquerade(course):
    html = course.courseware.unit_page(course.ana, Session())

    assert '"read_only": false' in html
    assert "You are viewing the course as" not in html


@pytest.mark.parametrize("name", FIRST_SEEN)
def test_handlers_answer_what_the_learner_would_see_and_refuse_every_change(course, name):
    learner = getattr(course, name)
    handlers = handlers_of(StudyGroupXBlock)
    reads = reading_requests(course.group_id, course.meeting_id, NEXT_WEEK)
    before = every_row()

    changes = {
        handler: course.courseware.handler(course.staff, viewing_as(learner), handler)
        for handler, writes in handlers.items()
        if writes
    }
    answers = {
        handler: course.courseware.handler(course.staff, viewing_as(learner), handler, query, method="GET")
        for handler, query in reads.items()
    }

    assert set(reads) == {handler for handler, writes in handlers.items() if writes is False}
    refusals = {handler: (answer.status_code, json_of(answer)["error"]) for handler, answer in changes.items()}
    assert refusals == {
        handler: (403, "staff_only" if handler == "nudge_coordinators" else "read_only") for handler in changes
    }
    state = json_of(answers["student_view_user_state"])
    assert (state["group"] or {}).get("summary", {}).get("id") == (None if name == "maria" else course.group_id)
    assert answers["group_record"].status_code == (200 if name == "ana" else 403)
    assert every_row() == before
    assert StudyGroup.objects.get().evidence_opened is None
    assert all(runtime.events == [] for runtime in course.courseware.runtimes)


def test_the_coordinator_opening_the_report_themself_ticks_their_first_step(course):
    course.courseware.handler(course.ana, Session(), "group_record", {"group_id": course.group_id}, method="GET")

    assert StudyGroup.objects.get().evidence_opened is not None


def test_view_as_learner_is_staff_themselves_in_a_learners_role(course, enrolments):
    """Role masquerade: ``setup_masquerade`` names no user, so the request's user stays Sam; ``get_user_role``
    gives "student" and ``has_access(staff)`` is denied; they take part only where enrolled."""
    outside = course.courseware.unit_page(course.staff, viewing_as())
    enrolments.enrolled.add((course.staff.id, COURSE))
    inside = course.courseware.unit_page(course.staff, viewing_as())
    created = course.courseware.handler(
        course.staff, viewing_as(), "create_group", {"group": GROUP | {"city": "Split"}}
    )

    assert "Sign in and enrol in the course" in outside
    assert "Open the course dashboard" not in inside
    assert '"read_only": false' in inside
    assert created.status_code == 200
    assert json_of(created)["group"]["members"][0]["username"] == "sam_staff"
