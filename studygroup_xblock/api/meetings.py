"""A group's meetings: planned, logged with who was there, confirmed, corrected; action items."""

from datetime import timedelta

from django.db import transaction
from django.db.models import (
    Prefetch,
    Q,
    prefetch_related_objects,
)
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import models, validation
from ..data import (
    ActionItemRecord,
    Actor,
    Attendee,
    LearnerState,
    MeetingPage,
    MeetingRecord,
    Participant,
    UnitRecord,
)
from ..errors import (
    ActionItemTickersOnly,
    AlreadyLogged,
    InvalidInput,
    MeetingEditorsOnly,
    NotAttendee,
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
    StudyGroup,
    Unit,
)
from . import groups
from .common import (
    COORDINATOR,
    Publish,
    Untrusted,
    active_members,
    audience_of,
    in_my_group,
    last_edit,
    my_active_membership,
    page_of,
    participant,
    publish_after_commit,
    record_of,
)

MEETING_PAGE_SIZE = 5


DURATION_RANGE = (5, 600)


GUESTS_MAX = 500


ATTENDEES_MAX = 100


UNITS_MAX = 100


ACTION_ITEMS_MAX = 30


def members_on(course_key: CourseKey, actor: Actor, date: Untrusted, time_zone: Untrusted) -> tuple[Participant, ...]:
    """Who was in the actor's group on a day: the people a meeting that day can list as present."""
    membership = my_active_membership(course_key, actor)
    noon = validation.moment(date, "12:00", time_zone)
    learners = _learners_on(membership.group, noon, time_zone).order_by("full_name", "username")
    audience = audience_of(membership)
    return tuple(participant(learner, audience, membership.group_id) for learner in learners)


def meeting_history(course_key: CourseKey, actor: Actor, page: Untrusted = 1) -> MeetingPage:
    """The actor's group's meetings, newest first."""
    membership = my_active_membership(course_key, actor)
    return meeting_page(membership, validation.positive_int(page, "page"))


def get_meeting(course_key: CourseKey, actor: Actor, meeting_id: Untrusted) -> tuple[MeetingRecord, str]:
    """One meeting of the actor's group, and the group's school (for the meeting's calendar file)."""
    membership = my_active_membership(course_key, actor)
    meeting = _meeting_in(membership.group, meeting_id)
    return _meeting_records([meeting], membership)[0], membership.group.school_name


def plan_meeting(course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish) -> LearnerState:
    """Plan a meeting of the actor's group; any member may."""
    values = _planned_values(fields)
    with in_my_group(course_key, actor) as mine:
        meeting = Meeting.objects.create(
            group=mine.group, status=Meeting.Status.PLANNED, created_by=mine.learner, **values
        )
        publish_after_commit(publish, "edx.studygroup.meeting.planned", mine.group, meeting_id=meeting.id)
    return groups.get_learner_state(course_key, actor)


def log_meeting(
    course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish, planned_meeting_id: Untrusted = None
) -> LearnerState:
    """Record a held meeting, new or one that was planned; any member may.

    A planned meeting is logged once: the second of two colleagues logging it at the
    same moment gets :class:`AlreadyLogged`, not a second record.
    """
    values = _held_values(fields)
    with in_my_group(course_key, actor) as mine:
        if planned_meeting_id is None:
            meeting = Meeting(group=mine.group, created_by=mine.learner)
        else:
            meeting = _meeting_in(mine.group, planned_meeting_id)
            if meeting.status == Meeting.Status.HELD:
                raise AlreadyLogged()
            # The plan stays on record; the record is now the logger's to keep right.
            MeetingRevision.objects.create(meeting=meeting, edited_by=mine.learner, previous=_snapshot(meeting))
            meeting.created_by = mine.learner
        meeting.status = Meeting.Status.HELD
        _save_held_meeting(meeting, mine, values, fields)
        publish_after_commit(
            publish,
            "edx.studygroup.meeting.logged",
            mine.group,
            meeting_id=meeting.id,
            from_plan=planned_meeting_id is not None,
        )
    return groups.get_learner_state(course_key, actor)


def edit_meeting(
    course_key: CourseKey, actor: Actor, meeting_id: Untrusted, fields: Untrusted, *, publish: Publish
) -> LearnerState:
    """Change a meeting; its author and the coordinators may. The previous version is kept."""
    with in_my_group(course_key, actor) as mine:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        MeetingRevision.objects.create(meeting=meeting, edited_by=mine.learner, previous=_snapshot(meeting))
        if meeting.status == Meeting.Status.PLANNED:
            for name, value in _planned_values(fields).items():
                setattr(meeting, name, value)
            meeting.save()
        else:
            _save_held_meeting(meeting, mine, _held_values(fields), fields)
        publish_after_commit(publish, "edx.studygroup.meeting.edited", mine.group, meeting_id=meeting.id)
    return groups.get_learner_state(course_key, actor)


def delete_meeting(course_key: CourseKey, actor: Actor, meeting_id: Untrusted, *, publish: Publish) -> LearnerState:
    """Take a meeting out of the group's record; it stays, marked deleted, for course staff."""
    with in_my_group(course_key, actor) as mine:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        meeting.deleted, meeting.deleted_by = timezone.now(), mine.learner
        meeting.save(update_fields=["deleted", "deleted_by"])
        publish_after_commit(publish, "edx.studygroup.meeting.deleted", mine.group, meeting_id=meeting.id)
    return groups.get_learner_state(course_key, actor)


def confirm_attendance(course_key: CourseKey, actor: Actor, meeting_id: Untrusted, *, publish: Publish) -> LearnerState:
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
        group = StudyGroup.objects.select_for_update().get(pk=group_id)  # group first, as every group change
        confirmed = mine.filter(pk=attendance_id, confirmed__isnull=True).update(confirmed=timezone.now())
        if confirmed:
            publish_after_commit(publish, "edx.studygroup.meeting.attendance_confirmed", group, meeting_id=meeting_id)
    return groups.get_learner_state(course_key, actor)


def set_action_item_done(
    course_key: CourseKey, actor: Actor, item_id: Untrusted, done: Untrusted, *, publish: Publish
) -> LearnerState:
    """Tick an action item off (or on again); its owner or a coordinator may."""
    item_id = validation.positive_int(item_id, "action_item_id")
    done = validation.boolean(done, "done")
    with in_my_group(course_key, actor) as mine:
        item = ActionItem.objects.filter(pk=item_id, meeting__group=mine.group, meeting__deleted__isnull=True).first()
        if item is None:
            raise UnknownActionItem(field="action_item_id")
        if not _can_tick(item, mine):
            raise ActionItemTickersOnly()
        if (item.done is not None) != done:
            item.done, item.done_by = (timezone.now(), mine.learner) if done else (None, None)
            item.save(update_fields=["done", "done_by"])
            event = "edx.studygroup.action_item.completed" if done else "edx.studygroup.action_item.reopened"
            publish_after_commit(publish, event, mine.group, meeting_id=item.meeting_id, action_item_id=item.id)
    return groups.get_learner_state(course_key, actor)


def _meeting_in(group, meeting_id):
    meeting_id = validation.positive_int(meeting_id, "meeting_id")
    meeting = Meeting.objects.filter(pk=meeting_id, group=group, deleted__isnull=True).first()
    if meeting is None:
        raise UnknownMeeting(field="meeting_id")
    return meeting


def _refuse_unless_editor(meeting, membership):
    if meeting.created_by_id != membership.learner_id and membership.role != COORDINATOR:
        raise MeetingEditorsOnly()


def _can_tick(item, membership):
    return item.owner_id == membership.learner_id or membership.role == COORDINATOR


def _learners_on(group, moment, time_zone):
    """Learners whose stay in the group overlaps the day of ``moment`` in the learner's time zone."""
    day_start, day_end = validation.local_day(moment, time_zone)
    stays = Membership.objects.filter(group=group, joined__lt=day_end).filter(
        Q(left__isnull=True) | Q(left__gte=day_start)
    )
    return Learner.objects.filter(pk__in=stays.values("learner_id"))


def _planned_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    start = validation.moment(fields.get("date"), fields.get("time"), fields.get("time_zone"))
    if start < timezone.now() - timedelta(hours=1):
        raise InvalidInput(gettext_noop("A planned meeting must be in the future."), field="date")
    return _common_meeting_values(fields, start)


def _held_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    start = validation.moment(fields.get("date"), fields.get("time"), fields.get("time_zone"))
    if start > timezone.now():
        raise InvalidInput(gettext_noop("A held meeting cannot be in the future."), field="date")
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
        "duration_minutes": validation.whole_number(
            fields.get("duration_minutes"), "duration_minutes", *DURATION_RANGE
        ),
        "mode": validation.choice(fields.get("mode"), "mode", Meeting.Mode.values),
        "location": validation.text(fields.get("location"), "location", max_length=models.LOCATION_MAX, required=False),
        "link": validation.web_link(fields.get("link"), "link", max_length=models.LINK_MAX),
        "agenda": _long_text(fields, "agenda", models.AGENDA_MAX),
    }


def _long_text(fields, name, max_length):
    return validation.text(fields.get(name), name, max_length=max_length, required=False, multiline=True)


def _save_held_meeting(meeting, mine, values, fields):
    """Write a held meeting with its attendees, units and action items, all checked against the group."""
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


def _action_item_values(value, possible_owners):
    if value is None:
        value = []
    if not isinstance(value, list) or len(value) > ACTION_ITEMS_MAX:
        raise InvalidInput(gettext_noop("Too many action items."), field="action_items")
    items = []
    for entry in value:
        if not isinstance(entry, dict):
            raise InvalidInput(field="action_items")
        owner_id = entry.get("owner")
        if owner_id is not None:
            owner_id = validation.positive_int(owner_id, "action_items")
            if owner_id not in possible_owners:
                raise InvalidInput(gettext_noop("Choose an owner from the group's members."), field="action_items")
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


def meeting_page(membership, page):
    meetings = Meeting.objects.filter(group=membership.group, deleted__isnull=True).order_by("-start", "-id")
    rows, paging = page_of(meetings, MEETING_PAGE_SIZE, page)
    return MeetingPage(meetings=_meeting_records(rows, membership), **paging)


def next_meeting_of(membership):
    """The earliest planned meeting not yet over."""
    now = timezone.now()
    upcoming = Meeting.objects.filter(
        group=membership.group,
        status=Meeting.Status.PLANNED,
        deleted__isnull=True,
        start__gte=now - timedelta(minutes=DURATION_RANGE[1]),
    ).order_by("start", "id")
    for meeting in upcoming[:5]:
        if meeting.start + timedelta(minutes=meeting.duration_minutes) >= now:
            return _meeting_records([meeting], membership)[0]
    return None


def open_action_items_of(membership):
    """What the group's latest held meeting left to do, for the next agenda."""
    latest = (
        Meeting.objects.filter(group=membership.group, status=Meeting.Status.HELD, deleted__isnull=True)
        .order_by("-start", "-id")
        .first()
    )
    if latest is None:
        return ()
    items = latest.action_items.filter(done__isnull=True).select_related("owner").order_by("pk")
    return tuple(_action_item_record(item, membership) for item in items)


def _meeting_records(meetings, membership):
    """Records of a page of meetings in a constant number of queries."""
    prefetch_related_objects(
        meetings,
        Prefetch("attendance", queryset=Attendance.objects.select_related("learner").order_by("learner__full_name")),
        Prefetch("action_items", queryset=ActionItem.objects.select_related("owner").order_by("pk")),
        Prefetch("units", queryset=Unit.objects.order_by("first_seen", "pk")),
        Prefetch("revisions", queryset=MeetingRevision.objects.select_related("edited_by")),
        "created_by",
    )
    audience = audience_of(membership)
    records = []
    for meeting in meetings:
        revisions = list(meeting.revisions.all())
        attendance = list(meeting.attendance.all())
        records.append(
            record_of(
                MeetingRecord,
                meeting,
                uid=str(meeting.uid),
                units=tuple(UnitRecord(id=unit.id, title=unit.title) for unit in meeting.units.all()),
                attendees=tuple(
                    Attendee(person=participant(entry.learner, audience, meeting.group_id), confirmed=entry.confirmed)
                    for entry in attendance
                ),
                action_items=tuple(_action_item_record(item, membership) for item in meeting.action_items.all()),
                created_by=participant(meeting.created_by, audience, meeting.group_id),
                last_edit=last_edit(revisions, audience, meeting.group_id),
                edits=len(revisions),
                can_edit=meeting.created_by_id == membership.learner_id or membership.role == COORDINATOR,
                can_confirm=any(
                    entry.learner_id == membership.learner_id and entry.confirmed is None for entry in attendance
                ),
            )
        )
    return tuple(records)


def _action_item_record(item, membership):
    return ActionItemRecord(
        id=item.id,
        text=item.text,
        owner=participant(item.owner, audience_of(membership), membership.group_id) if item.owner else None,
        done=item.done,
        can_tick=_can_tick(item, membership),
    )
