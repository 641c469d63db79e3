"""Every rule of planning, logging, confirming and editing meetings (api.py, SQLite)."""

from datetime import UTC, datetime, timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock.models import Attendance, Meeting, MeetingRevision, Membership
from tests.conftest import Committed, make_actor, state_after

pytestmark = pytest.mark.django_db

api = Committed(api_module)

SCHOOL = {"school_name": "OŠ Šenoa", "city": "Zagreb", "country": "HR", "language": "hr", "is_open": True}


def when(delta):
    """Date and time fields for a moment ``delta`` from now, in UTC."""
    moment = timezone.now() + delta
    return {"date": f"{moment:%Y-%m-%d}", "time": f"{moment:%H:%M}", "time_zone": "UTC"}


def planned(delta=timedelta(days=7), **changes):
    return {**when(delta), "duration_minutes": 60, "mode": "in_person", "location": "Library", "agenda": "", **changes}


def held(attendees, delta=timedelta(days=-1), **changes):
    return {**planned(delta), "attendees": attendees, "guests": 0, "topics": "", "notes": "", "outcomes": "", **changes}


@pytest.fixture
def group(course_key, events):
    """Ana coordinates; Ivan and Marko are members, for a month now. Returns learner ids by name."""
    group_id = api.create_group(course_key, make_actor("ana"), SCHOOL, size_limit=12, publish=events)
    for name in ("ivan", "marko"):
        api.join_group(course_key, make_actor(name), group_id, publish=events)
    Membership.objects.update(joined=timezone.now() - timedelta(days=30))  # a group with a past
    events.clear()
    members = api.get_learner_state(course_key, make_actor("ana")).group.members
    return {member.username: member.learner_id for member in members}


def state_of(course_key, name):
    return api.get_learner_state(course_key, make_actor(name))


def log(course_key, events, name, attendees, **changes):
    return state_after(api.log_meeting, course_key, make_actor(name), held(attendees, **changes), publish=events)


class TestPlan:
    def test_a_member_plans_and_every_member_sees_the_next_meeting(self, course_key, events, group):
        api.plan_meeting(course_key, make_actor("ivan"), planned(agenda="1. Unit 2\n2. Plans"), publish=events)

        next_meeting = state_of(course_key, "marko").next_meeting
        assert next_meeting.status == "planned"
        assert next_meeting.agenda == "1. Unit 2\n2. Plans"
        assert next_meeting.created_by.username == "ivan"
        assert events.names == ["edx.studygroup.meeting.planned"]

    @pytest.mark.parametrize(("day", "utc"), [("2030-01-15", "16:30"), ("2030-07-15", "15:30")])
    def test_times_are_read_in_the_learners_zone_and_stored_in_utc(self, course_key, events, group, day, utc):
        fields = {**planned(), "date": day, "time": "17:30", "time_zone": "Europe/Zagreb"}  # CET / CEST

        api.plan_meeting(course_key, make_actor("ivan"), fields, publish=events)

        assert Meeting.objects.get().start == datetime.fromisoformat(f"{day}T{utc}").replace(tzinfo=UTC)

    def test_the_earliest_upcoming_plan_is_next(self, course_key, events, group):
        for days in (9, 3, 5):
            api.plan_meeting(course_key, make_actor("ivan"), planned(timedelta(days=days)), publish=events)

        assert state_of(course_key, "ana").next_meeting.start.date() == (timezone.now() + timedelta(days=3)).date()

    @pytest.mark.parametrize(
        ("changes", "field"),
        [
            ({**when(timedelta(days=-2))}, "date"),
            ({"date": "2026-13-45"}, "date"),
            ({"date": "tomorrow"}, "date"),
            ({"time": "7pm"}, "time"),
            ({"time_zone": "Mars/Olympus"}, "time_zone"),
            ({"duration_minutes": 4}, "duration_minutes"),
            ({"duration_minutes": 601}, "duration_minutes"),
            ({"duration_minutes": "an hour"}, "duration_minutes"),
            ({"mode": "telepathy"}, "mode"),
            ({"link": "javascript:alert(1)"}, "link"),
            ({"link": "ftp://example.org/x"}, "link"),
            ({"link": "https://"}, "link"),
            ({"link": "https://["}, "link"),
            ({"link": "https://a\u2100b.com"}, "link"),
            ({"location": "x" * 201}, "location"),
            ({"agenda": "x" * 5001}, "agenda"),
        ],
    )
    def test_bad_plans_are_refused_and_nothing_is_written(self, course_key, events, group, changes, field):
        with pytest.raises(api.InvalidInput) as raised:
            api.plan_meeting(course_key, make_actor("ivan"), planned(**changes), publish=events)

        assert raised.value.details == {"field": field}
        assert not Meeting.objects.exists()
        assert events == []

    def test_an_online_link_is_kept(self, course_key, events, group):
        api.plan_meeting(
            course_key, make_actor("ivan"), planned(mode="online", link="https://meet.example.org/abc"), publish=events
        )

        assert state_of(course_key, "ivan").next_meeting.link == "https://meet.example.org/abc"

    def test_only_members_plan(self, course_key, events, group):
        with pytest.raises(api.NotInGroup):
            api.plan_meeting(course_key, make_actor("stranger"), planned(), publish=events)


class TestLog:
    def test_log_a_new_meeting_with_attendees_units_and_action_items(self, course_key, events, group):
        unit = api.register_unit(course_key, make_actor("ana"), "unit-1", "Unit 1: Why study together")
        fields = held(
            [group["ana"], group["ivan"]],
            guests=2,
            units=[unit],
            topics="Peer feedback",
            outcomes="Try exit tickets",
            action_items=[{"text": "Share the rubric", "owner": group["ivan"], "done": False}],
        )

        state = state_after(api.log_meeting, course_key, make_actor("marko"), fields, publish=events)

        (meeting,) = state.meetings.meetings
        assert meeting.status == "held"
        assert [attendee.person.username for attendee in meeting.attendees] == ["ana", "ivan"]
        assert meeting.guests == 2
        assert [u.title for u in meeting.units] == ["Unit 1: Why study together"]
        assert meeting.action_items[0].owner.username == "ivan"
        assert meeting.action_items[0].done is None
        assert meeting.created_by.username == "marko"
        assert events[-1] == (
            "edx.studygroup.meeting.logged",
            {
                "course_id": str(course_key),
                "group_id": meeting_group(meeting),
                "language": "hr",
                "meeting_id": meeting.id,
                "start": meeting.start.isoformat(),
                "duration_minutes": meeting.duration_minutes,
                "attendees": 2,
                "guests": 2,
                "from_plan": False,
            },
        )

    def test_a_held_meeting_cannot_be_in_the_future(self, course_key, events, group):
        with pytest.raises(api.InvalidInput) as raised:
            log(course_key, events, "ivan", [group["ivan"]], **when(timedelta(hours=2)))

        assert raised.value.details == {"field": "date"}

    @pytest.mark.parametrize("attendees", [[], None, [999999], "ana", [True]])
    def test_attendees_come_from_the_group(self, course_key, events, group, attendees):
        with pytest.raises(api.InvalidInput):
            log(course_key, events, "ivan", attendees)

        assert not Meeting.objects.exists()

    def test_attendees_are_the_members_on_that_day(self, course_key, events, group):
        Membership.objects.update(joined=timezone.now() - timedelta(days=30))
        Membership.objects.filter(learner__user_id="marko").update(joined=timezone.now() - timedelta(days=1))
        two_days_ago = timedelta(days=-2)

        on_the_day = api.members_on(course_key, make_actor("ana"), **when_fields(two_days_ago))

        assert {person.username for person in on_the_day} == {"ana", "ivan"}
        with pytest.raises(api.InvalidInput):
            log(course_key, events, "ana", [group["marko"]], delta=two_days_ago)

    def test_attendance_stays_true_after_an_attendee_leaves(self, course_key, events, group):
        log(course_key, events, "ana", [group["ana"], group["ivan"]])

        api.leave_group(course_key, make_actor("ivan"), publish=events)

        (meeting,) = state_of(course_key, "ana").meetings.meetings
        assert [attendee.person.username for attendee in meeting.attendees] == ["ana", "ivan"]
        on_the_day = api.members_on(course_key, make_actor("ana"), **when_fields(timedelta(0)))
        assert "ivan" in {person.username for person in on_the_day}

    def test_units_come_from_the_course(self, course_key, events, group):
        from opaque_keys.edx.keys import CourseKey

        other = api.register_unit(
            CourseKey.from_string("course-v1:Other+Course+2026"), make_actor("ana"), "other-unit", "Other"
        )

        with pytest.raises(api.InvalidInput) as raised:
            log(course_key, events, "ana", [group["ana"]], units=[other])

        assert raised.value.details == {"field": "units"}

    @pytest.mark.parametrize(
        "items",
        [
            [{"text": "", "owner": None}],
            [{"text": "x" * 501}],
            [{"text": "Ask", "owner": 999999}],
            [{"text": "Ask", "done": "yes"}],
            ["Ask the head"],
            [{"text": "Item"}] * 31,
        ],
    )
    def test_bad_action_items_are_refused(self, course_key, events, group, items):
        with pytest.raises(api.InvalidInput):
            log(course_key, events, "ana", [group["ana"]], action_items=items)

        assert not Meeting.objects.exists()

    def test_logging_a_planned_meeting_turns_it_into_the_record(self, course_key, events, group):
        planned_id = api.plan_meeting(course_key, make_actor("ivan"), planned(timedelta(minutes=30)), publish=events)
        assert state_of(course_key, "ivan").next_meeting.id == planned_id

        logged_id = api.log_meeting(
            course_key, make_actor("ana"), held([group["ana"]]), publish=events, planned_meeting_id=planned_id
        )

        meeting = Meeting.objects.get()
        assert (meeting.pk, meeting.status) == (planned_id, "held")
        assert logged_id == planned_id
        assert state_of(course_key, "ana").next_meeting is None
        assert events[-1][1]["from_plan"] is True

    def test_the_logger_owns_the_record_and_the_plan_stays_on_record(self, course_key, events, group):
        api.plan_meeting(
            course_key, make_actor("marko"), planned(timedelta(minutes=30), agenda="The plan"), publish=events
        )
        planned_id = state_of(course_key, "marko").next_meeting.id

        api.log_meeting(
            course_key,
            make_actor("ivan"),
            held([group["ivan"]], agenda="What we did"),
            publish=events,
            planned_meeting_id=planned_id,
        )

        (meeting,) = state_of(course_key, "ivan").meetings.meetings
        assert meeting.created_by.username == "ivan"
        assert meeting.can_edit
        revision = MeetingRevision.objects.get()
        assert (revision.previous["status"], revision.previous["agenda"]) == ("planned", "The plan")
        assert revision.previous["created_by"] == group["marko"]

    def test_an_owner_sent_as_digits_is_kept(self, course_key, events, group):
        log(course_key, events, "ana", [group["ana"]], action_items=[{"text": "Do", "owner": str(group["ivan"])}])

        assert Meeting.objects.get().action_items.get().owner.user_id == "ivan"

    def test_a_meeting_day_is_the_learners_day_not_utcs(self, course_key, events, group):
        # Ivan left at 18:00 in New York; the group met at 19:30 that evening (past midnight UTC).
        evening = datetime(2026, 3, 3, 23, 0, tzinfo=UTC)  # 18:00 in New York
        Membership.objects.update(joined=datetime(2026, 1, 5, tzinfo=UTC))
        Membership.objects.filter(learner__user_id="ivan").update(active=None, left=evening)
        fields = {
            **held([group["ana"], group["ivan"]]),
            "date": "2026-03-03",
            "time": "19:30",
            "time_zone": "America/New_York",
        }

        on_the_day = api.members_on(course_key, make_actor("ana"), "2026-03-03", "America/New_York")
        api.log_meeting(course_key, make_actor("ana"), fields, publish=events)

        assert {person.username for person in on_the_day} == {"ana", "ivan", "marko"}
        assert Meeting.objects.get().attendance.count() == 2

    def test_a_time_the_clocks_skip_is_refused(self, course_key, events, group):
        fields = {**held([group["ana"]]), "date": "2026-03-08", "time": "02:30", "time_zone": "America/New_York"}

        with pytest.raises(api.InvalidInput) as raised:
            api.log_meeting(course_key, make_actor("ana"), fields, publish=events)

        assert raised.value.details == {"field": "time"}

    def test_a_planned_meeting_is_logged_once(self, course_key, events, group):
        api.plan_meeting(course_key, make_actor("ivan"), planned(timedelta(minutes=30)), publish=events)
        planned_id = state_of(course_key, "ivan").next_meeting.id
        api.log_meeting(
            course_key, make_actor("ana"), held([group["ana"]]), publish=events, planned_meeting_id=planned_id
        )

        with pytest.raises(api.AlreadyLogged) as raised:
            api.log_meeting(
                course_key, make_actor("ivan"), held([group["ivan"]]), publish=events, planned_meeting_id=planned_id
            )

        assert raised.value.status == 409
        assert Meeting.objects.count() == 1

    def test_the_next_agenda_gets_the_open_action_items(self, course_key, events, group):
        items = [{"text": "Share the rubric", "owner": group["ivan"]}, {"text": "Book the room", "done": True}]
        log(course_key, events, "ana", [group["ana"]], action_items=items)

        assert [item.text for item in state_of(course_key, "marko").open_action_items] == ["Share the rubric"]


class TestConfirm:
    def test_an_attendee_confirms_and_the_record_shows_it(self, course_key, events, group):
        log(course_key, events, "ana", [group["ana"], group["ivan"]])
        meeting_id = Meeting.objects.get().pk
        assert state_of(course_key, "ivan").meetings.meetings[0].can_confirm
        assert not state_of(course_key, "ana").meetings.meetings[0].can_confirm

        state = state_after(api.confirm_attendance, course_key, make_actor("ivan"), meeting_id, publish=events)

        confirmed = {a.person.username: a.confirmed is not None for a in state.meetings.meetings[0].attendees}
        assert confirmed == {"ana": True, "ivan": True}  # Ana wrote the record, so hers counts as confirmed
        assert not state.meetings.meetings[0].can_confirm
        assert events.names[-1] == "edx.studygroup.meeting.attendance_confirmed"

    def test_confirming_twice_changes_nothing(self, course_key, events, group):
        log(course_key, events, "ana", [group["ivan"]])
        meeting_id = Meeting.objects.get().pk
        api.confirm_attendance(course_key, make_actor("ivan"), meeting_id, publish=events)
        first = Attendance.objects.get().confirmed

        api.confirm_attendance(course_key, make_actor("ivan"), meeting_id, publish=events)

        assert Attendance.objects.get().confirmed == first
        assert events.names.count("edx.studygroup.meeting.attendance_confirmed") == 1

    @pytest.mark.parametrize("who", ["marko", "stranger"])
    def test_only_those_recorded_present_confirm(self, course_key, events, group, who):
        log(course_key, events, "ana", [group["ivan"]])

        with pytest.raises(api.NotAttendee) as raised:
            api.confirm_attendance(course_key, make_actor(who), Meeting.objects.get().pk, publish=events)

        assert raised.value.status == 403


class TestEditAndDelete:
    @pytest.fixture
    def meeting_id(self, course_key, events, group):
        items = [{"text": "Share the rubric", "owner": group["marko"]}]
        log(course_key, events, "ivan", [group["ana"], group["ivan"]], outcomes="First", action_items=items)
        api.confirm_attendance(course_key, make_actor("ana"), Meeting.objects.get().pk, publish=events)
        events.clear()
        return Meeting.objects.get().pk

    def edit(self, course_key, events, who, meeting_id, group, **changes):
        item_id = Meeting.objects.get(pk=meeting_id).action_items.get().pk
        fields = held(
            [group["ana"], group["marko"]],
            outcomes="Second",
            action_items=[{"id": item_id, "text": "Share the new rubric", "owner": group["marko"], "done": True}],
            **changes,
        )
        return state_after(api.edit_meeting, course_key, make_actor(who), meeting_id, fields, publish=events)

    @pytest.mark.parametrize("editor", ["ivan", "ana"])
    def test_the_author_and_coordinators_edit_and_the_old_version_is_kept(
        self, course_key, events, group, meeting_id, editor
    ):
        state = self.edit(course_key, events, editor, meeting_id, group)

        meeting = state.meetings.meetings[0]
        assert meeting.outcomes == "Second"
        assert meeting.last_edit.by.username == editor
        assert {a.person.username: a.confirmed is not None for a in meeting.attendees} == {"ana": True, "marko": False}
        assert meeting.action_items[0].text == "Share the new rubric"
        assert meeting.action_items[0].done is not None
        revision = MeetingRevision.objects.get()
        assert revision.previous["outcomes"] == "First"
        assert [a["learner_id"] for a in revision.previous["attendees"]] == [group["ana"], group["ivan"]]
        assert events.names == ["edx.studygroup.meeting.edited"]

    def test_other_members_cannot_edit_or_delete(self, course_key, events, group, meeting_id):
        with pytest.raises(api.NotAllowed):
            self.edit(course_key, events, "marko", meeting_id, group)
        with pytest.raises(api.NotAllowed):
            api.delete_meeting(course_key, make_actor("marko"), meeting_id, publish=events)

        assert Meeting.objects.get().outcomes == "First"
        assert not MeetingRevision.objects.exists()

    def test_a_bad_edit_writes_nothing(self, course_key, events, group, meeting_id):
        with pytest.raises(api.InvalidInput):
            self.edit(course_key, events, "ivan", meeting_id, group, duration_minutes=0)

        assert not MeetingRevision.objects.exists()
        assert Meeting.objects.get().outcomes == "First"

    def test_delete_is_soft(self, course_key, events, group, meeting_id):
        state = state_after(api.delete_meeting, course_key, make_actor("ana"), meeting_id, publish=events)

        assert state.meetings.total == 0
        meeting = Meeting.objects.get()
        assert meeting.deleted is not None
        assert meeting.deleted_by.user_id == "ana"
        assert meeting.attendance.count() == 2
        assert events.names == ["edx.studygroup.meeting.deleted"]
        assert api.meeting_event(course_key, make_actor("ana"), meeting_id).cancelled  # its calendar file cancels it

    def test_meetings_of_other_groups_are_unknown(self, course_key, events, group, meeting_id):
        api.create_group(course_key, make_actor("lena"), {**SCHOOL, "city": "Split"}, size_limit=5, publish=events)

        for call in (
            lambda: api.meeting_event(course_key, make_actor("lena"), meeting_id),
            lambda: api.delete_meeting(course_key, make_actor("lena"), meeting_id, publish=events),
        ):
            with pytest.raises(api.UnknownMeeting):
                call()


class TestActionItems:
    @pytest.fixture
    def item_id(self, course_key, events, group):
        log(course_key, events, "ivan", [group["ivan"]], action_items=[{"text": "Ask", "owner": group["marko"]}])
        events.clear()
        return Meeting.objects.get().action_items.get().pk

    @pytest.mark.parametrize("who", ["marko", "ana"])
    def test_the_owner_or_a_coordinator_ticks_it_off_and_on(self, course_key, events, group, item_id, who):
        done = state_after(api.set_action_item_done, course_key, make_actor(who), item_id, True, publish=events)
        assert done.meetings.meetings[0].action_items[0].done is not None

        reopened = state_after(api.set_action_item_done, course_key, make_actor(who), item_id, False, publish=events)

        assert reopened.meetings.meetings[0].action_items[0].done is None
        assert events.names == ["edx.studygroup.action_item.completed", "edx.studygroup.action_item.reopened"]

    def test_other_members_cannot(self, course_key, events, group, item_id):
        assert not state_of(course_key, "ivan").meetings.meetings[0].action_items[0].can_tick

        with pytest.raises(api.NotAllowed):
            api.set_action_item_done(course_key, make_actor("ivan"), item_id, True, publish=events)


class TestHistory:
    def test_newest_first_five_a_page_without_deleted_ones(self, course_key, events, group):
        for days in range(1, 8):
            log(course_key, events, "ana", [group["ana"]], delta=timedelta(days=-days), topics=f"{days} days ago")
        api.delete_meeting(course_key, make_actor("ana"), Meeting.objects.get(topics="3 days ago").pk, publish=events)

        first = api.meeting_history(course_key, make_actor("ivan"))
        second = api.meeting_history(course_key, make_actor("ivan"), page=2)

        assert (first.total, first.num_pages) == (6, 2)
        assert [m.topics for m in first.meetings] == [f"{d} days ago" for d in (1, 2, 4, 5, 6)]
        assert [m.topics for m in second.meetings] == ["7 days ago"]

    def test_a_page_costs_the_same_for_one_or_five_meetings(self, course_key, events, group):
        counts = []
        for total in (1, 5):
            Meeting.objects.all().delete()
            for days in range(total):
                items = [{"text": "Do", "owner": group["ivan"]}]
                log(
                    course_key,
                    events,
                    "ana",
                    [group["ana"], group["ivan"]],
                    delta=timedelta(days=-1 - days),
                    action_items=items,
                )
            with CaptureQueriesContext(connection) as captured:
                api.meeting_history(course_key, make_actor("ivan"))
            counts.append(len(captured))

        assert counts[0] == counts[1]

    def test_a_learners_state_costs_the_same_for_one_or_five_meetings(self, course_key, events, group):
        counts = []
        for total in (1, 5):
            Meeting.objects.all().delete()
            for days in range(total):
                log(
                    course_key,
                    events,
                    "ana",
                    [group["ana"]],
                    delta=timedelta(days=-1 - days),
                    action_items=[{"text": "Do", "owner": group["ana"]}],
                )
            api.plan_meeting(course_key, make_actor("ana"), planned(), publish=events)
            with CaptureQueriesContext(connection) as captured:
                api.get_learner_state(course_key, make_actor("ivan"))
            counts.append(len(captured))

        assert counts[0] == counts[1]

    def test_only_members_read_the_history(self, course_key, events, group):
        with pytest.raises(api.NotInGroup):
            api.meeting_history(course_key, make_actor("stranger"))


def when_fields(delta):
    fields = when(delta)
    return {"date": fields["date"], "time_zone": fields["time_zone"]}


def meeting_group(meeting):
    return Meeting.objects.get(pk=meeting.id).group_id
