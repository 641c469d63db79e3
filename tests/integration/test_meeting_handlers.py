"""Meeting handlers over real HTTP through the workbench, and the calendar files they serve."""

from datetime import UTC, datetime, timedelta

import icalendar
import pytest

from studygroup_xblock.models import Meeting, MeetingRevision, Membership
from tests.integration.test_handlers import SCHOOL, assert_error

pytestmark = pytest.mark.django_db(transaction=True)


def fields_at(moment, **changes):
    return {
        "date": f"{moment:%Y-%m-%d}",
        "time": f"{moment:%H:%M}",
        "time_zone": "UTC",
        "duration_minutes": 90,
        "mode": "hybrid",
        "location": "Staff room",
        "link": "https://meet.example.org/senoa",
        "agenda": "1. Unit 3\n2. Our pupils",
        **changes,
    }


@pytest.fixture
def group(workbench):
    """Ana coordinates a group Ivan is in; their sessions."""
    ana, ivan = workbench.session("ana"), workbench.session("ivan")
    group_id = ana.post("create_group", {"group": SCHOOL}).json()["group"]["summary"]["id"]
    ivan.post("join_group", {"group_id": group_id})
    Membership.objects.update(joined=datetime.now(UTC) - timedelta(days=30))  # a group with a past
    return ana, ivan


def calendar_of(session, meeting_id):
    response = session.http.get(
        session.workbench.handler_url(session.student, "meeting_calendar") + f"&meeting_id={meeting_id}", timeout=30
    )
    return response


def test_a_planned_meeting_downloads_as_a_valid_calendar_file(workbench, group, published):
    ana, ivan = group
    start = (datetime.now(UTC) + timedelta(days=3)).replace(second=0, microsecond=0)
    state = ivan.post("plan_meeting", {"meeting": fields_at(start)}).json()
    meeting = state["next_meeting"]

    response = calendar_of(ana, meeting["id"])

    assert response.status_code == 200
    assert response.headers["Content-Type"].startswith("text/calendar")
    assert response.headers["Content-Disposition"] == f'attachment; filename="study-group-{start:%Y-%m-%d}.ics"'
    calendar = icalendar.Calendar.from_ical(response.content)
    (event,) = calendar.walk("VEVENT")
    assert event["UID"] == f"{meeting['uid']}@studygroup-xblock"
    assert event.decoded("DTSTART") == start
    assert event.decoded("DTEND") == start + timedelta(minutes=90)
    assert event.decoded("DTSTART").tzinfo is not None
    assert str(event["SUMMARY"]) == f"Study group meeting: {SCHOOL['school_name']}"
    assert str(event["DESCRIPTION"]) == "1. Unit 3\n2. Our pupils"
    assert str(event["LOCATION"]) == "Staff room"
    assert str(event["URL"]) == "https://meet.example.org/senoa"
    assert b"DTSTART:" + f"{start:%Y%m%dT%H%M%S}Z".encode() in response.content
    assert published.names[-1] == "edx.studygroup.meeting.planned"


def test_the_calendar_uid_stays_and_its_sequence_grows_when_a_plan_changes(workbench, group):
    ana, ivan = group
    start = datetime.now(UTC) + timedelta(days=3)
    meeting_id = ivan.post("plan_meeting", {"meeting": fields_at(start)}).json()["next_meeting"]["id"]
    before = icalendar.Calendar.from_ical(calendar_of(ivan, meeting_id).content).walk("VEVENT")[0]

    ana.post("edit_meeting", {"meeting_id": meeting_id, "meeting": fields_at(start + timedelta(days=1))})
    after = icalendar.Calendar.from_ical(calendar_of(ivan, meeting_id).content).walk("VEVENT")[0]

    assert after["UID"] == before["UID"]
    assert (before.decoded("SEQUENCE"), after.decoded("SEQUENCE")) == (0, 1)
    assert "LAST-MODIFIED" in after
    assert after.decoded("DTSTART") - before.decoded("DTSTART") == timedelta(days=1)
    assert MeetingRevision.objects.get().edited_by.user_id == "ana"


def test_calendars_are_for_the_groups_members_only(workbench, group):
    ana, _ivan = group
    meeting_id = ana.post("plan_meeting", {"meeting": fields_at(datetime.now(UTC) + timedelta(days=1))}).json()[
        "next_meeting"
    ]["id"]
    lena = workbench.session("lena")
    lena.post("create_group", {"group": {**SCHOOL, "city": "Split"}})

    assert_error(calendar_of(lena, meeting_id), 400, "unknown_meeting")
    assert_error(calendar_of(workbench.session("stranger"), meeting_id), 409, "not_in_group")
    assert_error(calendar_of(workbench.session("anonymous"), meeting_id), 403, "signed_out")


def test_log_confirm_and_tick_over_http(workbench, group, published):
    ana, ivan = group
    members = ana.post("student_view_user_state").json()["group"]["members"]
    ids = {member["username"]: member["learner_id"] for member in members}
    now = datetime.now(UTC) - timedelta(minutes=5)
    on_the_day = ana.http.get(
        workbench.handler_url("ana", "members_on") + f"&date={now:%Y-%m-%d}&time_zone=UTC", timeout=30
    ).json()
    assert {person["username"] for person in on_the_day} == {"ana", "ivan"}
    fields = {
        **fields_at(now),
        "attendees": [ids["ana"], ids["ivan"]],
        "guests": 1,
        "outcomes": "Exit tickets",
        "action_items": [{"text": "Share the rubric", "owner": ids["ivan"], "done": False}],
    }

    logged = ana.post("log_meeting", {"meeting": fields}).json()
    meeting = logged["meetings"]["meetings"][0]
    confirmed = ivan.post("confirm_attendance", {"meeting_id": meeting["id"]}).json()
    ticked = ivan.post(
        "set_action_item_done", {"action_item_id": meeting["action_items"][0]["id"], "done": True}
    ).json()

    assert all(a["confirmed"] for a in confirmed["meetings"]["meetings"][0]["attendees"])
    assert ticked["meetings"]["meetings"][0]["action_items"][0]["done"]
    assert published.names[-3:] == [
        "edx.studygroup.meeting.logged",
        "edx.studygroup.meeting.attendance_confirmed",
        "edx.studygroup.action_item.completed",
    ]
    for _name, payload in published:
        assert set(payload) <= {
            "course_id",
            "group_id",
            "meeting_id",
            "membership_id",
            "via",
            "action_item_id",
            "from_plan",
            "language",
            "start",
            "duration_minutes",
            "attendees",
            "guests",
        }


@pytest.mark.parametrize(
    "meeting",
    [
        None,
        [],
        {"date": "2026-02-30", "time": "10:00", "time_zone": "UTC"},
        {"duration_minutes": 9999},
        {"link": "javascript:alert(document.cookie)"},
        {"attendees": "everyone"},
        {"attendees": [{"id": 1}]},
        {"units": [10**30]},
        {"action_items": {"text": "not a list"}},
        {"guests": -1},
        {"notes": "x" * 10001},
    ],
)
def test_bad_meeting_records_are_400_and_write_nothing(workbench, group, meeting):
    ana, _ivan = group
    base = {**fields_at(datetime.now(UTC) - timedelta(hours=1)), "attendees": []}
    payload = meeting if not isinstance(meeting, dict) else {**base, **meeting}

    response = ana.post("log_meeting", {"meeting": payload})

    assert response.status_code == 400, response.text
    assert response.json()["message"]
    assert not Meeting.objects.exists()


def test_a_second_logging_of_one_plan_is_409(workbench, group):
    ana, ivan = group
    ids = [m["learner_id"] for m in ana.post("student_view_user_state").json()["group"]["members"]]
    soon = datetime.now(UTC) + timedelta(minutes=20)
    planned_id = ana.post("plan_meeting", {"meeting": fields_at(soon)}).json()["next_meeting"]["id"]
    record = {**fields_at(datetime.now(UTC) - timedelta(minutes=1)), "attendees": ids}

    first = ana.post("log_meeting", {"meeting": record, "planned_meeting_id": planned_id})
    second = ivan.post("log_meeting", {"meeting": record, "planned_meeting_id": planned_id})

    assert first.status_code == 200
    assert_error(second, 409, "already_logged")
    assert Meeting.objects.count() == 1


def test_meeting_text_is_escaped_in_the_page(workbench, group):
    ana, _ivan = group
    hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>"
    ana.post("plan_meeting", {"meeting": fields_at(datetime.now(UTC) + timedelta(days=1), agenda=hostile)})

    page = workbench.session("ana").page.text

    assert "<script>alert('x')" not in page
    assert "<img src=x" not in page
    assert "\\u003Cscript\\u003E" in page


def test_history_pages_over_get(workbench, group):
    ana, _ivan = group
    ids = [m["learner_id"] for m in ana.post("student_view_user_state").json()["group"]["members"]]
    for days in range(1, 8):
        moment = datetime.now(UTC) - timedelta(days=days)
        logged = ana.post("log_meeting", {"meeting": {**fields_at(moment), "attendees": ids[:1], "topics": f"{days}"}})
        assert logged.status_code == 200, logged.text

    response = ana.http.get(workbench.handler_url("ana", "meeting_history") + "&page=2", timeout=30)

    page = response.json()
    assert (page["page"], page["num_pages"], page["total"]) == (2, 2, 7)
    assert [meeting["topics"] for meeting in page["meetings"]] == ["6", "7"]
