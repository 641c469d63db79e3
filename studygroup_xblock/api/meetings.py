"""A group's meetings: planned, logged with who was there, confirmed, corrected; action items."""

from datetime import UTC, timedelta

from django.db import transaction
from django.db.models import (
    Q,
)
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import (
    Actor,
    CalendarEvent,
    MailSetting,
    MeetingPage,
    Participant,
)
from ..errors import (
    ActionItemTickersOnly,
    AlreadyLogged,
    InvalidInput,
    MeetingEditorsOnly,
    NotAttendee,
    NotInGroup,
    UnknownActionItem,
    UnknownMeeting,
)
from ..models import (
    ActionItem,
    Attendance,
    Learner,
    Meeting,
    MeetingRevision,
    Membership,
    Unit,
)
from . import mail, state
from .common import (
    COORDINATOR,
    Publish,
    Untrusted,
    active_members,
    audience_of,
    belongs_or_coordinates,
    change,
    in_my_group,
    locked_group,
    my_active_membership,
    participant,
    publish_after_commit,
    read,
)
from .tallies import counting

MEETING_PAGE_SIZE = 5


DURATION_RANGE = (5, 600)


GUESTS_MAX = 500


ATTENDEES_MAX = 100


UNITS_MAX = 100


ACTION_ITEMS_MAX = 30


@read
def members_on(course_key: CourseKey, actor: Actor, date: Untrusted, time_zone: Untrusted) -> tuple[Participant, ...]:
    """Who was in the actor's group on a day: the people a meeting that day can list as present."""
    membership = my_active_membership(course_key, actor)
    noon = validation.moment(date, "12:00", time_zone)
    learners = _learners_on(membership.group, noon, time_zone).order_by("full_name", "username")
    audience = audience_of(membership)
    return tuple(participant(learner, audience, membership.group_id) for learner in learners)


@read
def meeting_history(course_key: CourseKey, actor: Actor, page: Untrusted = 1) -> MeetingPage:
    """The actor's group's meetings, newest first."""
    return _reader(course_key, actor).meeting_page(validation.positive_int(page, "page"))


@read
def meeting_event(course_key: CourseKey, actor: Actor, meeting_id: Untrusted) -> CalendarEvent:
    """A meeting of the actor's group as a calendar event: a deleted one as its cancellation, so a
    calendar that subscribed to it takes it out."""
    meeting_id = validation.positive_int(meeting_id, "meeting_id")
    membership = my_active_membership(course_key, actor)
    meeting = Meeting.objects.filter(pk=meeting_id, group_id=membership.group_id).select_related("group").first()
    if meeting is None:
        raise UnknownMeeting(field="meeting_id")
    return mail.calendar_event(meeting)


def _reader(course_key, actor):
    reader = state.Reader.of(course_key, actor)
    if reader is None:
        raise NotInGroup()
    return reader


@change
def plan_meeting(
    course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish, mail_setting: MailSetting | None = None
) -> int:
    """Plan a meeting of the actor's group; any member may. The members get its invitation by e-mail,
    and a reminder as the component's ``mail_setting`` says."""
    values = _planned_values(fields, mail_setting)
    with in_my_group(course_key, actor) as mine:
        meeting = planned(mine, values, publish)
    return meeting.pk


def planned(mine, values, publish):
    """A new planned meeting of ``mine``'s group, by them: its invitations queued, its event published
    on commit. However it was planned: by hand, or at a proposed time."""
    meeting = Meeting.objects.create(group=mine.group, status=Meeting.Status.PLANNED, created_by=mine.learner, **values)
    mail.meeting_changed(meeting, mail.Kind.INVITATION)
    publish_after_commit(publish, "edx.studygroup.meeting.planned", mine.group, **_when(meeting))
    return meeting


@change
def log_meeting(
    course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish, planned_meeting_id: Untrusted = None
) -> int:
    """Record a held meeting, new or one that was planned; any member may.

    A planned meeting is logged once: the second of two colleagues logging it at the
    same moment gets :class:`AlreadyLogged`, not a second record.
    """
    values = _held_values(fields)
    with in_my_group(course_key, actor) as mine, counting(mine.group) as change:
        if planned_meeting_id is None:
            meeting = Meeting(group=mine.group, created_by=mine.learner)
        else:
            meeting = _meeting_in(mine.group, planned_meeting_id)
            if meeting.status == Meeting.Status.HELD:
                raise AlreadyLogged()
            # The plan stays on record; the record is now the logger's to keep right.
            MeetingRevision.objects.create(meeting=meeting, edited_by=mine.learner, previous=_snapshot(meeting))
            meeting.created_by = mine.learner
            meeting.remind_at = None  # held: nothing left to remind anyone of
        meeting.status = Meeting.Status.HELD
        attendees = _save_held_meeting(meeting, mine, values, fields)
        change.held(meeting.start, +1)
        publish_after_commit(
            publish,
            "edx.studygroup.meeting.logged",
            mine.group,
            **_when(meeting),
            attendees=attendees,
            guests=meeting.guests,
            from_plan=planned_meeting_id is not None,
        )
    return meeting.pk


@change
def edit_meeting(
    course_key: CourseKey,
    actor: Actor,
    meeting_id: Untrusted,
    fields: Untrusted,
    *,
    publish: Publish,
    mail_setting: MailSetting | None = None,
) -> None:
    """Change a meeting; its author and the coordinators may. The previous version is kept; the members
    get a planned meeting's update by e-mail, and its reminder moves with it."""
    with in_my_group(course_key, actor) as mine, counting(mine.group) as change:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        MeetingRevision.objects.create(meeting=meeting, edited_by=mine.learner, previous=_snapshot(meeting))
        if meeting.status == Meeting.Status.PLANNED:
            for name, value in _planned_values(fields, mail_setting).items():
                setattr(meeting, name, value)
            meeting.save()
            mail.meeting_changed(meeting, mail.Kind.UPDATE)
        else:
            change.held(meeting.start, -1)
            _save_held_meeting(meeting, mine, _held_values(fields), fields)
            change.held(meeting.start, +1)
        publish_after_commit(publish, "edx.studygroup.meeting.edited", mine.group, **_when(meeting))


@change
def delete_meeting(course_key: CourseKey, actor: Actor, meeting_id: Untrusted, *, publish: Publish) -> None:
    """Take a meeting out of the group's record; it stays, marked deleted, for course staff."""
    with in_my_group(course_key, actor) as mine, counting(mine.group) as change:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        meeting.deleted, meeting.deleted_by, meeting.remind_at = timezone.now(), mine.learner, None
        meeting.save(update_fields=["deleted", "deleted_by", "remind_at"])
        if meeting.status == Meeting.Status.HELD:
            change.held(meeting.start, -1)
        elif meeting.start > timezone.now():
            mail.meeting_changed(meeting, mail.Kind.CANCELLATION)
        publish_after_commit(publish, "edx.studygroup.meeting.deleted", mine.group, meeting_id=meeting.id)


@change
def confirm_attendance(course_key: CourseKey, actor: Actor, meeting_id: Untrusted, *, publish: Publish) -> None:
    """A colleague recorded as present confirms it: stronger evidence than one colleague's record."""
    meeting_id = validation.positive_int(meeting_id, "meeting_id")
    mine = Attendance.objects.filter(
        meeting_id=meeting_id,
        meeting__group__course_key=course_key,
        meeting__deleted__isnull=True,
        learner__user_id=actor.user_id,
    )
    found = mine.values_list("pk", "meeting__group_id").first()
    if found is None:
        raise NotAttendee()
    attendance_id, group_id = found
    with transaction.atomic():
        group = locked_group(group_id)
        confirmed = mine.filter(pk=attendance_id, confirmed__isnull=True).update(confirmed=timezone.now())
        if confirmed:
            publish_after_commit(publish, "edx.studygroup.meeting.attendance_confirmed", group, meeting_id=meeting_id)


@change
def set_action_item_done(
    course_key: CourseKey, actor: Actor, item_id: Untrusted, done: Untrusted, *, publish: Publish
) -> None:
    """Tick an action item off (or on again); its owner or a coordinator may."""
    item_id = validation.positive_int(item_id, "action_item_id")
    done = validation.boolean(done, "done")
    with in_my_group(course_key, actor) as mine:
        item = ActionItem.objects.filter(pk=item_id, meeting__group=mine.group, meeting__deleted__isnull=True).first()
        if item is None:
            raise UnknownActionItem(field="action_item_id")
        if not belongs_or_coordinates(item.owner_id, mine.learner_id, mine.role == COORDINATOR):
            raise ActionItemTickersOnly()
        if (item.done is not None) != done:
            item.done, item.done_by = (timezone.now(), mine.learner) if done else (None, None)
            item.save(update_fields=["done", "done_by"])
            event = "edx.studygroup.action_item.completed" if done else "edx.studygroup.action_item.reopened"
            publish_after_commit(publish, event, mine.group, meeting_id=item.meeting_id, action_item_id=item.id)


def _meeting_in(group, meeting_id):
    meeting_id = validation.positive_int(meeting_id, "meeting_id")
    meeting = Meeting.objects.filter(pk=meeting_id, group=group, deleted__isnull=True).first()
    if meeting is None:
        raise UnknownMeeting(field="meeting_id")
    return meeting


def _refuse_unless_editor(meeting, membership):
    if not belongs_or_coordinates(meeting.created_by_id, membership.learner_id, membership.role == COORDINATOR):
        raise MeetingEditorsOnly()


def _learners_on(group, moment, time_zone):
    """Learners whose stay in the group overlaps the day of ``moment`` in the learner's time zone."""
    day_start, day_end = validation.local_day(moment, time_zone)
    stays = Membership.objects.filter(group=group, joined__lt=day_end).filter(
        Q(left__isnull=True) | Q(left__gte=day_start)
    )
    return Learner.objects.filter(pk__in=stays.values("learner_id"))


def _planned_values(fields, mail_setting):
    """A planned meeting's fields, with when it is reminded of and where its e-mails lead."""
    if not isinstance(fields, dict):
        raise InvalidInput()
    start = validation.moment(fields.get("date"), fields.get("time"), fields.get("time_zone"))
    if start < timezone.now() - timedelta(hours=1):
        raise InvalidInput(
            gettext_noop(
                "A planned meeting must be in the future: choose a later date, or log it as a meeting you held."
            ),
            field="date",
        )
    return _common_meeting_values(fields, start) | mail.meeting_mail_fields(start, mail_setting)


def _held_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    start = validation.moment(fields.get("date"), fields.get("time"), fields.get("time_zone"))
    if start > timezone.now():
        raise InvalidInput(
            gettext_noop("A held meeting cannot be in the future: check the date, or plan it as a meeting to come."),
            field="date",
        )
    return {
        **_common_meeting_values(fields, start),
        "guests": validation.whole_number(fields.get("guests", 0), "guests", 0, GUESTS_MAX),
        "topics": _long_text(fields, "topics", models.TOPICS_MAX),
        "notes": _long_text(fields, "notes", models.NOTES_MAX),
        "outcomes": _long_text(fields, "outcomes", models.OUTCOMES_MAX),
    }


def _common_meeting_values(fields, start):
    return {
        "start": start,
        **how_and_where(fields),
        "link": validation.web_link(fields.get("link"), "link", max_length=models.LINK_MAX),
        "agenda": _long_text(fields, "agenda", models.AGENDA_MAX),
    }


def how_and_where(fields):
    """How long a meeting lasts, how the group meets and where, checked: a meeting's, or a proposed time's."""
    return {
        "duration_minutes": validation.whole_number(
            fields.get("duration_minutes"), "duration_minutes", *DURATION_RANGE
        ),
        "mode": validation.choice(fields.get("mode"), "mode", Meeting.Mode.values),
        "location": validation.text(fields.get("location"), "location", max_length=models.LOCATION_MAX, required=False),
    }


def _long_text(fields, name, max_length):
    return validation.text(fields.get(name), name, max_length=max_length, required=False, multiline=True)


def _when(meeting):
    """What a meeting's events say of it besides its id: when it starts (UTC) and for how long."""
    start = meeting.start.astimezone(UTC).isoformat()
    return {"meeting_id": meeting.id, "start": start, "duration_minutes": meeting.duration_minutes}


def _save_held_meeting(meeting, mine, values, fields):
    """Write a held meeting with its attendees, units and action items, all checked against the group;
    how many members were there."""
    for name, value in values.items():
        setattr(meeting, name, value)
    present = _learners_on(mine.group, meeting.start, fields["time_zone"])
    attendee_ids = validation.id_list(fields.get("attendees"), "attendees", max_items=ATTENDEES_MAX)
    attendees = list(present.filter(pk__in=attendee_ids))
    if not attendee_ids or len(attendees) != len(attendee_ids):
        raise InvalidInput(gettext_noop("Tick who was there, from the group's members on that day."), field="attendees")
    unit_ids = validation.id_list(fields.get("units"), "units", max_items=UNITS_MAX)
    units = list(Unit.objects.filter(course_key=mine.group.course_key, pk__in=unit_ids))
    if len(units) != len(unit_ids):
        raise InvalidInput(gettext_noop("Choose units from the list."), field="units")
    possible_owners = {learner.pk: learner for learner in present} | {
        member.learner_id: member.learner for member in active_members(mine.group).select_related("learner")
    }
    items = _action_item_values(fields.get("action_items"), possible_owners)
    meeting.save()
    kept = Attendance.objects.filter(meeting=meeting, learner__in=attendees).values_list("learner_id", flat=True)
    Attendance.objects.filter(meeting=meeting).exclude(learner__in=attendees).delete()
    Attendance.objects.bulk_create(
        Attendance(meeting=meeting, learner=learner) for learner in attendees if learner.pk not in set(kept)
    )
    # Whoever writes the record and lists themselves has said so themselves.
    Attendance.objects.filter(meeting=meeting, learner=mine.learner, confirmed__isnull=True).update(
        confirmed=timezone.now()
    )
    meeting.units.set(units)
    _replace_action_items(meeting, items, mine.learner)
    return len(attendees)


def _action_item_values(value, possible_owners):
    if value is None:
        value = []
    if not isinstance(value, list) or len(value) > ACTION_ITEMS_MAX:
        raise InvalidInput(
            gettext_noop("There are too many tasks: remove some, or keep them for the next meeting."),
            field="action_items",
        )
    items = []
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidInput(field="action_items")
        owner_id = entry.get("owner")
        if owner_id is not None:
            owner_id = validation.positive_int(owner_id, "action_items")
            if owner_id not in possible_owners:
                raise InvalidInput(gettext_noop("Choose who does it from the group's members."), field="action_items")
        items.append(
            {
                "id": None if entry.get("id") is None else validation.positive_int(entry["id"], "action_items"),
                "text": validation.text(entry.get("text"), "action_items", max_length=models.ACTION_ITEM_MAX),
                "owner": possible_owners.get(owner_id),
                "done": validation.boolean(entry.get("done", False), "action_items"),
            }
        )
    return items


def _replace_action_items(meeting, items, learner):
    """Make the meeting's action items those given: kept ones keep who ticked them and when."""
    existing = {item.pk: item for item in meeting.action_items.all()}
    if any(entry["id"] is not None and entry["id"] not in existing for entry in items):
        raise UnknownActionItem(field="action_items")
    kept_ids = {entry["id"] for entry in items if entry["id"] is not None}
    ActionItem.objects.filter(meeting=meeting).exclude(pk__in=kept_ids).delete()
    now = timezone.now()
    for entry in items:
        item = existing.get(entry["id"]) or ActionItem(meeting=meeting)
        item.text, item.owner = entry["text"], entry["owner"]
        if entry["done"] and item.done is None:
            item.done, item.done_by = now, learner
        elif not entry["done"]:
            item.done, item.done_by = None, None
        item.save()


def _snapshot(meeting):
    """The meeting as JSON, as it is before an edit."""
    return {
        "status": meeting.status,
        "created_by": meeting.created_by_id,
        "start": meeting.start.isoformat(),
        "duration_minutes": meeting.duration_minutes,
        "mode": meeting.mode,
        "location": meeting.location,
        "link": meeting.link,
        "agenda": meeting.agenda,
        "guests": meeting.guests,
        "topics": meeting.topics,
        "notes": meeting.notes,
        "outcomes": meeting.outcomes,
        "units": sorted(meeting.units.values_list("pk", flat=True)),
        "attendees": [
            {"learner_id": learner_id, "confirmed": confirmed.isoformat() if confirmed else None}
            for learner_id, confirmed in meeting.attendance.values_list("learner_id", "confirmed").order_by("pk")
        ],
        "action_items": [
            {"text": text, "owner_id": owner_id, "done": done.isoformat() if done else None}
            for text, owner_id, done in meeting.action_items.values_list("text", "owner_id", "done").order_by("pk")
        ],
    }
