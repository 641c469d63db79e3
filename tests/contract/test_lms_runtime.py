"""The block under the runtime the LMS and Studio give it (see conftest.py): who is looking, and what they may do."""

from datetime import date, timedelta

import pytest
from django.contrib.auth.models import AnonymousUser
from django.db import connection
from django.http import StreamingHttpResponse
from django.test.utils import CaptureQueriesContext
from opaque_keys.edx.locator import LibraryLocatorV2, LibraryUsageLocatorV2

from studygroup_xblock import api
from studygroup_xblock.data import Actor
from studygroup_xblock.models import Meeting, Membership, StudyGroup, Unit
from tests.conftest import EventLog, state_after

from .conftest import COURSE, LmsRuntime, call_handler, json_of, learner_service, place_block, render

pytestmark = pytest.mark.django_db

NEXT_WEEK = (date.today() + timedelta(days=7)).isoformat()
MEETING = {"date": NEXT_WEEK, "time": "15:00", "time_zone": "UTC", "duration_minutes": 60, "mode": "in_person"}
GROUP = {"school_name": "OŠ Trnsko", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}


def actor(user, full_name):
    return Actor(user_id=str(user.id), username=user.username, full_name=full_name)


@pytest.fixture
def anas_group(people):
    """Ana's group, Ana coordinating: made through the api, as an earlier request would have."""
    state = state_after(
        api.create_group, COURSE, actor(people.ana, "Ana Kovač"), GROUP, size_limit=12, publish=EventLog()
    )
    return state.group


def rows():
    return [model.objects.count() for model in (StudyGroup, Membership, Meeting)]


def test_a_learner_is_who_the_user_service_says(people, enrolments):
    """``_convert_django_user_to_xblock_user``: integer id, username, profile name, whitelisted preferences."""
    enrolments.enrolled.add((people.ivan.id, COURSE))
    service = learner_service(
        people.ivan, full_name="Ivan Horvat", preferences={"pref-lang": "hr", "time_zone": "Europe/Zagreb"}
    )
    block = place_block(LmsRuntime(service))

    html = render(block, people.ivan)
    created = call_handler(block, people.ivan, "create_group", {"group": GROUP})

    assert 'lang="hr"' in html
    assert '"time_zone": "Europe/Zagreb"' in html
    assert enrolments.asked[0] == (people.ivan.id, COURSE)  # the LMS's cache key: the integer id
    assert created.status_code == 200
    (member,) = json_of(created)["group"]["members"]
    assert (member["username"], member["full_name"], member["is_you"]) == ("ivan", "Ivan Horvat", True)
    assert StudyGroup.objects.get().memberships.get().learner.user_id == str(people.ivan.id)


def test_signed_out_visitors_get_an_explanation_and_can_change_nothing(people):
    """A signed-out user gets only ``is_authenticated=False`` from the user service."""
    block = place_block(LmsRuntime(learner_service(AnonymousUser())))

    html = render(block, AnonymousUser())
    refused = call_handler(block, AnonymousUser(), "create_group", {"group": GROUP})

    assert "Sign in and enrol in the course" in html
    assert "application/json" not in html
    assert (refused.status_code, json_of(refused)["error"]) == (403, "signed_out")
    assert rows() == [0, 0, 0]


def test_learners_not_enrolled_are_refused(people, enrolments):
    """The LMS's handler checks access to the course, not enrolment (access.py): the block does."""
    block = place_block(LmsRuntime(learner_service(people.ivan)))

    html = render(block, people.ivan)
    refused = call_handler(block, people.ivan, "create_group", {"group": GROUP})

    assert "Sign in and enrol in the course" in html
    assert (refused.status_code, json_of(refused)["error"]) == (403, "not_enrolled")
    assert rows() == [0, 0, 0]


def test_studios_preview_shows_the_settings_and_changes_nothing(people, enrolments):
    """``_prepare_runtime_for_preview``: author mode, a role ("instructor" or "staff"), no ``user_is_staff``."""
    runtime = LmsRuntime(learner_service(people.staff, user_role="instructor"), is_author_mode=True)
    block = place_block(runtime, discussion_prompt="Which challenges have you met?")

    preview = render(block, people.staff, view="author_view")
    learner_view = render(block, people.staff)
    refused = call_handler(block, people.staff, "create_group", {"group": GROUP})

    assert "Which challenges have you met?" in preview
    assert "Groups cannot be changed from Studio" in learner_view
    assert (refused.status_code, json_of(refused)["error"]) == (403, "preview")
    assert rows() == [0, 0, 0]


def test_course_staff_see_the_staff_tools(people):
    service = learner_service(people.staff, user_role="staff", user_is_staff=True)
    block = place_block(LmsRuntime(service))

    html = render(block, people.staff)

    assert "Open the course dashboard" in html
    assert '"read_only": false' in html


def test_handler_answers_survive_the_lms_buffering_them(people, anas_group):
    """``webob_to_django_response`` without ``streaming``: one buffered response, status and headers kept."""
    staff = place_block(LmsRuntime(learner_service(people.staff, user_role="staff", user_is_staff=True)))
    learner = place_block(LmsRuntime(learner_service(people.ivan)))

    export = call_handler(staff, people.staff, "export_csv", {"kind": "groups"})
    refused = call_handler(learner, people.ivan, "export_csv", {"kind": "groups"})

    assert not isinstance(export, StreamingHttpResponse)
    assert export.status_code == 200
    assert export["Content-Type"] == "text/csv; charset=utf-8"
    assert export["Content-Disposition"].startswith('attachment; filename="studygroups-groups-')
    body = export.content.decode("utf-8-sig")
    assert "OŠ Trnsko" in body
    assert body.count("\n") == 2  # header and Ana's group
    assert refused.status_code == 403
    assert refused["Content-Type"].startswith("application/json")
    assert json_of(refused)["error"] == "staff_only"


def test_blocks_in_a_content_library_take_no_part(people):
    """Libraries v2: the usage key's context is a library (``LibraryUsageLocatorV2.context_key``), not a course;
    the user service there carries Django's ``is_staff`` and no role (openedx/core/djangoapps/xblock/runtime)."""
    usage_key = LibraryUsageLocatorV2(LibraryLocatorV2("Pilot", "shared"), "studygroup", "unit1")
    block = place_block(LmsRuntime(learner_service(people.staff, user_is_staff=True)), usage_key)

    html = render(block, people.staff)
    refused = call_handler(block, people.staff, "create_group", {"group": GROUP})

    assert "Study groups work only inside a course" in html
    assert (refused.status_code, json_of(refused)["error"]) == (403, "outside_course")
    assert rows() == [0, 0, 0]


def test_a_page_view_writes_nothing_unless_the_unit_changed(people, enrolments, anas_group):
    enrolments.enrolled.add((people.ana.id, COURSE))
    block = place_block(LmsRuntime(learner_service(people.ana)))
    render(block, people.ana)  # the first view records the unit

    with CaptureQueriesContext(connection) as again:
        render(block, people.ana)
    block.display_name = "Study group: unit 1, renamed"
    with CaptureQueriesContext(connection) as renamed:
        render(block, people.ana)

    assert [query["sql"] for query in again.captured_queries if not query["sql"].startswith("SELECT")] == []
    assert [query["sql"].split()[0] for query in renamed.captured_queries if not query["sql"].startswith("SELECT")] == [
        "UPDATE"
    ]
    assert Unit.objects.get().title == "Study group: unit 1, renamed"
