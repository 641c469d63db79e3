"""One course's study group, from its first day to its last, through every change the block publishes
an event for: what the xAPI tests run to see every statement the block's events make.

Ana starts a group at her primary school in Zagreb; Ivan, from a school nearby, joins it; Marko
and Petra ask to join, and only Marko is let in; they meet, plan, share and check in; course
staff (Staff) moderate, nudge and export; then the group ends, and is archived as Ana, its last
member, leaves. Every call goes through the public api, on behalf of the person who makes it.
"""

from datetime import timedelta
from tempfile import TemporaryDirectory
from zoneinfo import ZoneInfo

from django.test import override_settings
from django.utils import timezone

from studygroup_xblock import api as api_module
from studygroup_xblock.data import Actor
from tests.conftest import Committed

# Each call runs as one request of the LMS does: committed as it returns, so what it publishes on
# commit is published, in a test's own transaction too (which never commits). The caller must not
# also run the callbacks of the whole story: they would be published twice.
api = Committed(api_module)

ZONE = "Europe/Zagreb"
COURSE_LANGUAGES = ("en", "hr")  # the languages the block offers a learner to choose from

# The course's units holding a Study Group block (course content, not written by the group's people).
UNITS = (
    ("block-v1:Pilot+TeacherAcademy+2026+type@studygroup+block@unit1", "Unit 1: Formative assessment"),
    ("block-v1:Pilot+TeacherAcademy+2026+type@studygroup+block@unit2", "Unit 2: Feedback"),
)

# Everything the story's people write, each recognisable wherever it turns up.
SCHOOL_NAME = "OŠ Tina Ujevića"
CITY = "Zagreb"
DESCRIPTION = "Class teachers of years 1-4 trying formative assessment together, Tuesdays after lessons."
IVAN_SCHOOL = "OŠ Augusta Šenoe"
FIRST_ASK = "Could I join? I teach maths in year 4 at your school."
SECOND_ASK = "Asking again: my Tuesdays are free from this month."
PETRA_ASK = "English teacher from Sesvete here: is there room for one more?"
DECLINE_REASON = "We keep the group to our own staff room this term; the Sesvete group meets nearby."
LOCATION = "Staff room, first floor"
HELD_AGENDA = "Exit tickets: what each of us tried in week one"
HELD_TOPICS = "Traffic-light cards against written exit slips in year 3"
HELD_NOTES = "Marko's class answered the pictorial exit slips faster than the written ones."
HELD_OUTCOMES = "Everyone tries one pictorial exit slip before we meet again."
ACTION_ITEM = "Collect ten pictorial exit slips from year 4 for the next meeting"
EDITED_NOTES = "Marko's year 4 answered the pictorial exit slips in under two minutes."
PLANNED_AGENDA = "Peer feedback rubrics: bring one pupil sample each"
PROPOSED_LOCATION = "School library, ground floor"
PICKED_AGENDA = "Kick-off of the feedback unit: comments that move learning forward"
ADAPTATION_TITLE = "Smiley-face exit slips for first graders"
ADAPTATION_BODY = "Three faces instead of written answers: pupils circle one for each question."
EDITED_TITLE = "Smiley-face exit slips for years 1 and 2"
EDITED_BODY = "Three faces instead of written answers; in year 2 pupils add one word beside the face."
SUBJECT = "Croatian language"
DRAFT_TITLE = "Draft: two stars and a wish worksheet"
DRAFT_BODY = "A half page for peer feedback: two things done well, one wish for next time."
HIDE_REASON = "It names a pupil in full: share it again without the name."
NUDGE = "Your group has no meeting planned: the feedback webinar is next Thursday, plan one around it."

WRITTEN = (
    SCHOOL_NAME,
    CITY,
    DESCRIPTION,
    IVAN_SCHOOL,
    FIRST_ASK,
    SECOND_ASK,
    PETRA_ASK,
    DECLINE_REASON,
    LOCATION,
    HELD_AGENDA,
    HELD_TOPICS,
    HELD_NOTES,
    HELD_OUTCOMES,
    ACTION_ITEM,
    EDITED_NOTES,
    PLANNED_AGENDA,
    PROPOSED_LOCATION,
    PICKED_AGENDA,
    ADAPTATION_TITLE,
    ADAPTATION_BODY,
    EDITED_TITLE,
    EDITED_BODY,
    SUBJECT,
    DRAFT_TITLE,
    DRAFT_BODY,
    HIDE_REASON,
    NUDGE,
)

GROUP = {
    "school_name": SCHOOL_NAME,
    "city": CITY,
    "country": "HR",
    "language": "hr",
    "description": DESCRIPTION,
    "admission": "open",
}


def every_event(course_key, people, publish_as):
    """A course's study group lives through every change the block publishes an event for, each made
    through the api by the person ``people`` names (ana, ivan, marko, petra, staff: Django users),
    published through ``publish_as(user)``. Run once on a fresh database, it publishes each of the
    block's events at least once. Times are relative to now, in Zagreb's time zone."""
    ana, ivan, marko, petra, staff = (_actor(user) for user in _cast(people))
    by_ana, by_ivan, by_marko, by_petra, by_staff = (publish_as(user) for user in _cast(people))
    today = timezone.now().astimezone(ZoneInfo(ZONE)).date()

    # The course's two units are recorded as Ana is first shown them.
    unit1 = api.register_unit(course_key, ana, UNITS[0][0], UNITS[0][1], position="0001.0001")
    unit2 = api.register_unit(course_key, ana, UNITS[1][0], UNITS[1][1], position="0001.0002")

    # Ana starts an open group at her school and hides her first steps; Ivan finds it and joins.
    group_id = api.create_group(course_key, ana, GROUP, size_limit=12, publish=by_ana)
    api.dismiss_guide(course_key, ana, publish=by_ana)
    api.join_group(course_key, ivan, group_id, publish=by_ivan)
    # Ivan teaches at a school nearby: he names it.
    api.set_my_school(course_key, ivan, {"school_name": IVAN_SCHOOL, "city": CITY, "country": "HR"}, publish=by_ivan)

    # Ana takes new members by request from now on, and makes a new join code: the old one spread too far.
    api.update_group(course_key, ana, {**GROUP, "admission": "request"}, publish=by_ana)
    api.rotate_join_code(course_key, ana, publish=by_ana)

    # Marko asks to join, takes it back, and asks again; Petra asks too. Ana lets Marko in, not Petra.
    api.ask_to_join(course_key, marko, group_id, FIRST_ASK, publish=by_marko)
    api.withdraw_request(course_key, marko, publish=by_marko)
    marko_asks = api.ask_to_join(course_key, marko, group_id, SECOND_ASK, publish=by_marko)
    petra_asks = api.ask_to_join(course_key, petra, group_id, PETRA_ASK, publish=by_petra)
    api.decide_request(course_key, ana, marko_asks, True, publish=by_ana)
    api.decide_request(course_key, ana, petra_asks, False, DECLINE_REASON, publish=by_ana)

    # Ana makes Ivan a coordinator beside her, and sets the group a pace: a unit every two weeks from today.
    members = {member.username: member for member in api.get_learner_state(course_key, ana).group.members}
    api.set_member_role(course_key, ana, members[ivan.username].membership_id, "coordinator", publish=by_ana)
    api.set_pace(course_key, ana, {"start": today.isoformat(), "weeks_per_unit": 2}, publish=by_ana)

    # Ivan logs the meeting the three of them held earlier today, with a task for Marko; he corrects his
    # notes, Ana confirms she was there, and Marko ticks his task off, then on again: it is not finished.
    everyone = [members[person.username].learner_id for person in (ana, ivan, marko)]
    held = _held(everyone, unit1, owner=members[marko.username].learner_id)
    meeting_id = api.log_meeting(course_key, ivan, held, publish=by_ivan)
    (item,) = api.meeting_history(course_key, ivan).meetings[0].action_items
    kept_item = [{**held["action_items"][0], "id": item.id}]
    corrected = {**held, "notes": EDITED_NOTES, "action_items": kept_item}
    api.edit_meeting(course_key, ivan, meeting_id, corrected, publish=by_ivan)
    api.confirm_attendance(course_key, ana, meeting_id, publish=by_ana)
    api.set_action_item_done(course_key, marko, item.id, True, publish=by_marko)
    api.set_action_item_done(course_key, marko, item.id, False, publish=by_marko)

    # Ana plans the next meeting; Marko proposes two other times instead, Ivan answers, Marko picks the
    # first, and Ana deletes her plan. Marko proposes times for the meeting after, then withdraws them.
    planned_id = api.plan_meeting(course_key, ana, _planned(today + timedelta(days=6)), publish=by_ana)
    proposal_id = api.propose_times(course_key, marko, _proposal(today, 7, 8), publish=by_marko)
    first, second = api.get_learner_state(course_key, ivan).proposal.times
    answers = {str(first.id): "yes", str(second.id): "if_need_be"}
    api.answer_times(course_key, ivan, proposal_id, answers, publish=by_ivan)
    api.pick_time(course_key, marko, proposal_id, first.id, PICKED_AGENDA, publish=by_marko)
    api.delete_meeting(course_key, ana, planned_id, publish=by_ana)
    later_id = api.propose_times(course_key, marko, _proposal(today, 14, 15), publish=by_marko)
    api.withdraw_proposal(course_key, marko, later_id, publish=by_marko)

    # Ivan shares how the group adapted unit 1 with the course, and improves it; Petra, at another
    # school, marks it useful, then takes the mark back; course staff hide it, then show it again.
    shared = _adaptation(ADAPTATION_TITLE, ADAPTATION_BODY)
    api.share_adaptation(course_key, ivan, unit1, shared, sharing_on=True, publish=by_ivan)
    adaptation_id = _adaptation_id(course_key, ivan, unit1, ADAPTATION_TITLE)
    edited = _adaptation(EDITED_TITLE, EDITED_BODY)
    api.edit_adaptation(course_key, ivan, unit1, adaptation_id, edited, sharing_on=True, publish=by_ivan)
    api.mark_useful(course_key, petra, adaptation_id, True, publish=by_petra)
    api.mark_useful(course_key, petra, adaptation_id, False, publish=by_petra)
    api.hide_adaptation(course_key, staff, adaptation_id, HIDE_REASON, is_staff=True, publish=by_staff)
    api.unhide_adaptation(course_key, staff, adaptation_id, is_staff=True, publish=by_staff)
    # Ivan shares a draft for unit 2 with the group only, and deletes it.
    draft = _adaptation(DRAFT_TITLE, DRAFT_BODY, course_wide=False)
    api.share_adaptation(course_key, ivan, unit2, draft, sharing_on=True, publish=by_ivan)
    draft_id = _adaptation_id(course_key, ivan, unit2, DRAFT_TITLE)
    api.delete_adaptation(course_key, ivan, draft_id, publish=by_ivan)

    # Marko says he has worked through unit 1, then takes it back.
    api.check_in(course_key, marko, unit1, True, publish=by_marko)
    api.check_in(course_key, marko, unit1, False, publish=by_marko)

    # Marko switches his meeting e-mails off, then on again; Petra has the block speak Croatian to her.
    api.set_meeting_mail(course_key, marko, False, publish=by_marko)
    api.set_meeting_mail(course_key, marko, True, publish=by_marko)
    api.choose_language(course_key, petra, "hr", offered=COURSE_LANGUAGES, publish=by_petra)

    # Course staff nudge the group's coordinators, and have the meetings export prepared in the
    # background (request_export always prepares one: the dashboard asks for it above LARGE_EXPORT
    # rows), its file written to a folder of its own that goes when the story does.
    api.nudge_coordinators(course_key, staff, [group_id], NUDGE, is_staff=True, publish=by_staff)
    with TemporaryDirectory() as folder, override_settings(MEDIA_ROOT=folder):
        api.request_export(course_key, staff, "meetings", is_staff=True, publish=by_staff)

    # The group ends: Ana clears its pace and takes Marko out; Ivan leaves; Ana, the last, leaves and
    # the group is archived.
    api.clear_pace(course_key, ana, publish=by_ana)
    api.remove_member(course_key, ana, members[marko.username].membership_id, publish=by_ana)
    api.leave_group(course_key, ivan, publish=by_ivan)
    api.leave_group(course_key, ana, publish=by_ana)


def _cast(people):
    return people.ana, people.ivan, people.marko, people.petra, people.staff


def _actor(user):
    return Actor(user_id=str(user.id), username=user.username, full_name=user.get_full_name())


def _held(attendees, unit_id, owner):
    """The meeting held earlier today (from midnight at the earliest, so every member was in the group
    that day), as Ivan logs it."""
    now = timezone.now().astimezone(ZoneInfo(ZONE))
    start = max(now - timedelta(hours=1), now.replace(hour=0, minute=0, second=0, microsecond=0))
    return {
        "date": f"{start:%Y-%m-%d}",
        "time": f"{start:%H:%M}",
        "time_zone": ZONE,
        "duration_minutes": 45,
        "mode": "in_person",
        "location": LOCATION,
        "link": "",
        "agenda": HELD_AGENDA,
        "attendees": attendees,
        "guests": 1,
        "units": [unit_id],
        "topics": HELD_TOPICS,
        "notes": HELD_NOTES,
        "outcomes": HELD_OUTCOMES,
        "action_items": [{"text": ACTION_ITEM, "owner": owner, "done": False}],
    }


def _planned(day):
    return {
        "date": day.isoformat(),
        "time": "17:30",
        "time_zone": ZONE,
        "duration_minutes": 60,
        "mode": "in_person",
        "location": LOCATION,
        "link": "",
        "agenda": PLANNED_AGENDA,
    }


def _proposal(today, *days):
    """Times at five in the afternoon, ``days`` from ``today``, to answer by the day before the first."""
    times = [
        {
            "date": (today + timedelta(days=offset)).isoformat(),
            "time": "17:00",
            "duration_minutes": 60,
            "mode": "in_person",
            "location": PROPOSED_LOCATION,
        }
        for offset in days
    ]
    answer_by = today + timedelta(days=days[0] - 1)
    return {"times": times, "time_zone": ZONE, "answer_by": answer_by.isoformat()}


def _adaptation(title, body, course_wide=True):
    return {
        "title": title,
        "body": body,
        "subject": SUBJECT,
        "isced_level": 1,
        "language": "hr",
        "link": "",
        "course_wide": course_wide,
    }


def _adaptation_id(course_key, actor, unit_id, title):
    """The id of the adaptation of the unit titled ``title``, as its author's group sees it."""
    shared = api.unit_adaptations(course_key, actor, unit_id, is_staff=False, sharing_on=True).group
    return next(adaptation.id for adaptation in shared if adaptation.title == title)
