"""
The public interface to study-group data: every read, every write, every permission.

Callers pass an :class:`~studygroup_xblock.data.Actor` the runtime vouches for and get
records from ``data.py`` back. Every refusal is a :class:`StudyGroupError` subclass
carrying an HTTP status, a stable code and an untranslated message, so the caller can
answer in the learner's language. Every change runs in one transaction and publishes
its ``edx.studygroup.*`` event through the ``publish`` callable only once committed.
"""

import re
import secrets
import unicodedata
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from django.core.paginator import Paginator
from django.db import IntegrityError, transaction
from django.db.models import (
    Case,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Sum,
    Value,
    When,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext_noop
from django_countries import countries

from . import models, validation
from .data import (
    ActionItemRecord,
    Actor,
    AdaptationPage,
    AdaptationRecord,
    Attendee,
    CourseTotals,
    DashboardPage,
    Edit,
    GroupDetail,
    GroupReport,
    GroupRow,
    GroupSummary,
    Hiding,
    LearnerState,
    MeetingPage,
    MeetingRecord,
    Member,
    Participant,
    ParticipationRecord,
    ProgressBoard,
    ProgressRow,
    SearchPage,
    StaffAdaptation,
    StaffMeeting,
    Stay,
    UnitAdaptations,
    UnitRecord,
)
from .errors import (
    AlreadyInGroup,
    AlreadyLogged,
    CodeRequired,
    Conflict,
    DuplicateSchool,
    GroupArchived,
    GroupFull,
    InvalidInput,
    LastCoordinator,
    NotAllowed,
    NotAttendee,
    NotInGroup,
    StudyGroupError,
    Unavailable,
    UnknownActionItem,
    UnknownAdaptation,
    UnknownCode,
    UnknownGroup,
    UnknownMeeting,
    UnknownMember,
)
from .models import (
    ActionItem,
    Adaptation,
    AdaptationRevision,
    Attendance,
    CheckIn,
    Learner,
    Meeting,
    MeetingRevision,
    Membership,
    Moderation,
    StudyGroup,
    Unit,
    UsefulMark,
)
from .retries import retrying

__all__ = [
    # Refusals, which callers catch as api.GroupFull and so on.
    "AlreadyInGroup",
    "AlreadyLogged",
    "CodeRequired",
    "Conflict",
    "DuplicateSchool",
    "GroupArchived",
    "GroupFull",
    "InvalidInput",
    "LastCoordinator",
    "NotAllowed",
    "NotAttendee",
    "NotInGroup",
    "StudyGroupError",
    "UnknownActionItem",
    "UnknownAdaptation",
    "UnknownCode",
    "UnknownGroup",
    "UnknownMeeting",
    "UnknownMember",
    "Unavailable",
    # Running a request against the api: transient database failures retried, else Unavailable.
    "retrying",
    # Groups.
    "count_groups",
    "create_group",
    "get_learner_state",
    "hand_over_coordination",
    "join_group",
    "join_group_by_code",
    "leave_group",
    "remove_member",
    "retire_learner",
    "rotate_join_code",
    "search_groups",
    "set_member_role",
    "update_group",
    # Meetings.
    "confirm_attendance",
    "course_units",
    "delete_meeting",
    "edit_meeting",
    "get_meeting",
    "log_meeting",
    "meeting_history",
    "members_on",
    "plan_meeting",
    "register_unit",
    "set_action_item_done",
    # Adaptations and progress.
    "check_in",
    "delete_adaptation",
    "gallery_query",
    "edit_adaptation",
    "hide_adaptation",
    "mark_useful",
    "share_adaptation",
    "unhide_adaptation",
    "unit_adaptations",
    # Course staff, reports.
    "course_dashboard",
    "group_report",
    "participation_record",
    "export_rows",
    "weekly_meetings",
]

Publish = Callable[[str, dict], None]

PAGE_SIZE = 10
MEETING_PAGE_SIZE = 5
ADAPTATION_PAGE_SIZE = 5
DASHBOARD_PAGE_SIZE = 25
EXPORT_CHUNK = 500
QUIET_AFTER_DAYS = 30
GROUP_STATUSES = ("active", "quiet", "archived")
DASHBOARD_ORDER = {
    "school": ("school_name",),
    "-school": ("-school_name",),
    "country": ("country", "school_name"),
    "-country": ("-country", "school_name"),
    "members": ("member_count",),
    "-members": ("-member_count",),
    "meetings": ("meeting_count",),
    "-meetings": ("-meeting_count",),
    "last_meeting": (F("last_meeting").asc(nulls_first=True),),
    "-last_meeting": (F("last_meeting").desc(nulls_last=True),),
    "adaptations": ("adaptation_count",),
    "-adaptations": ("-adaptation_count",),
}
GALLERY_ORDER = {"newest": ("-created", "-id"), "useful": ("-useful", "-created", "-id")}
DURATION_RANGE = (5, 600)
GUESTS_MAX = 500
ATTENDEES_MAX = 100
UNITS_MAX = 100
ACTION_ITEMS_MAX = 30
SEARCH_QUERY_MAX = 100
JOIN_CODE_INPUT_MAX = 32  # room for a pasted code with spaces and dashes
SIZE_LIMIT_RANGE = (2, 50)
SIZE_LIMIT_MESSAGE = gettext_noop("The group size limit must be between %(low)s and %(high)s.")
JOIN_CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I lookalikes
COORDINATOR = Membership.Role.COORDINATOR
MEMBER = Membership.Role.MEMBER
# Length limits of every text a learner sends, for the forms' maxlength too.
FIELD_LIMITS = {
    "school_name": models.SCHOOL_NAME_MAX,
    "city": models.CITY_MAX,
    "description": models.DESCRIPTION_MAX,
    "query": SEARCH_QUERY_MAX,
    "code": JOIN_CODE_INPUT_MAX,
    "location": models.LOCATION_MAX,
    "link": models.LINK_MAX,
    "agenda": models.AGENDA_MAX,
    "topics": models.TOPICS_MAX,
    "notes": models.NOTES_MAX,
    "outcomes": models.OUTCOMES_MAX,
    "action_item": models.ACTION_ITEM_MAX,
    "guests": GUESTS_MAX,
    "adaptation_title": models.ADAPTATION_TITLE_MAX,
    "adaptation_body": models.ADAPTATION_BODY_MAX,
    "subject": models.SUBJECT_MAX,
    "reason": models.HIDE_REASON_MAX,
    "duration_min": DURATION_RANGE[0],
    "duration_max": DURATION_RANGE[1],
}
# Letters of the pilot countries' alphabets (and neighbours) that Unicode does not decompose.
UNDECOMPOSED_LETTERS = str.maketrans({"đ": "d", "ħ": "h", "ł": "l", "ø": "o", "æ": "ae", "œ": "oe", "\u0131": "i"})


# --- reading ---------------------------------------------------------------------------


def get_learner_state(course_key, actor: Actor) -> LearnerState:
    """The learner's group in this course (if any) and their role in it; writes nothing."""
    membership = _active_membership_or_none(course_key, actor)
    if membership is None:
        return LearnerState(group=None, role=None, checked_in=_checked_in(course_key, actor))
    return LearnerState(
        group=_detail(membership.group, actor),
        role=membership.role,
        next_meeting=_next_meeting(membership),
        meetings=_meeting_page(membership, 1),
        open_action_items=_open_action_items(membership),
        progress=_progress_board(membership),
        checked_in=_checked_in(course_key, actor),
    )


def search_groups(course_key, query="", country="", page=1) -> SearchPage:
    """The course's active groups in which every word of the query names the school, city or country."""
    query = validation.text(query, "q", max_length=SEARCH_QUERY_MAX, required=False)
    groups = _with_member_count(StudyGroup.objects.filter(course_key=course_key, archived__isnull=True))
    if country:
        groups = groups.filter(country=validation.country(country))
    folded = fold(query)
    if folded:
        country_names = [(code, fold(str(name))) for code, name in countries]
        for word in folded.split():
            word_countries = [code for code, name in country_names if word in name]
            groups = groups.filter(Q(school_key__contains=word) | Q(country__in=word_countries))
    paginator = Paginator(groups.order_by("school_name", "city", "id"), PAGE_SIZE)
    page_obj = paginator.get_page(validation.positive_int(page, "page"))
    return SearchPage(
        results=tuple(_summary(group) for group in page_obj),
        page=page_obj.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
    )


def count_groups(course_key) -> int:
    """How many groups of the course still have members."""
    return StudyGroup.objects.filter(course_key=course_key, archived__isnull=True).count()


# --- forming groups --------------------------------------------------------------------


def create_group(course_key, actor, fields, *, size_limit, publish: Publish, allow_duplicate=False):
    """Create a group with the actor as its coordinator.

    Unless ``allow_duplicate``, refuse with :class:`DuplicateSchool` when the course
    already has a group for the same school and city, so colleagues find each other
    instead of splitting up.
    """
    values = _group_values(fields)
    low, high = SIZE_LIMIT_RANGE
    if not low <= size_limit <= high:
        raise InvalidInput(SIZE_LIMIT_MESSAGE, field="size_limit", low=low, high=high)
    with _one_group_per_learner():
        learner = _upsert_learner(actor)
        _refuse_if_in_group(course_key, learner)
        if not allow_duplicate:
            existing = _with_member_count(
                StudyGroup.objects.filter(course_key=course_key, archived__isnull=True, school_key=values["school_key"])
            ).first()
            if existing:
                raise DuplicateSchool(_summary(existing))
        group = StudyGroup.objects.create(
            course_key=course_key,
            join_code=_new_join_code(),
            size_limit=size_limit,
            created_by=learner,
            **values,
        )
        membership = _add_member(group, learner, COORDINATOR)
        _publish(publish, "edx.studygroup.group.created", group)
        _publish(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via="created")
    return get_learner_state(course_key, actor)


def join_group(course_key, actor, group_id, *, publish: Publish) -> LearnerState:
    """Join an open group found by searching."""
    group_id = validation.positive_int(group_id, "group_id")
    return _join(course_key, actor, publish, via="search", id=group_id)


def join_group_by_code(course_key, actor, code, *, publish: Publish) -> LearnerState:
    """Join any group, open or not, with the code a colleague sent."""
    code = normalise_join_code(validation.text(code, "code", max_length=JOIN_CODE_INPUT_MAX))
    return _join(course_key, actor, publish, via="code", join_code=code)


def leave_group(course_key, actor, *, publish: Publish) -> LearnerState:
    """Leave the learner's group; the last member leaving archives it."""
    with _in_my_group(course_key, actor) as membership:
        others = list(_active_members(membership.group).exclude(pk=membership.pk))
        if membership.role == COORDINATOR and others and not any(other.role == COORDINATOR for other in others):
            raise LastCoordinator()
        _end(membership, publish, "edx.studygroup.membership.left")
    return get_learner_state(course_key, actor)


# --- coordinating ----------------------------------------------------------------------


def update_group(course_key, actor, fields, *, publish: Publish) -> LearnerState:
    """Change the group's details and whether it is open; coordinators only."""
    values = _group_values(fields)
    with _in_my_group(course_key, actor, coordinator=True) as mine:
        group = mine.group
        StudyGroup.objects.filter(pk=group.pk).update(modified=timezone.now(), **values)
        _publish(publish, "edx.studygroup.group.edited", group)
    return get_learner_state(course_key, actor)


def rotate_join_code(course_key, actor, *, publish: Publish) -> LearnerState:
    """Give the group a new join code, so the old one (if it spread too far) stops working."""
    with _in_my_group(course_key, actor, coordinator=True) as mine:
        group = mine.group
        group.join_code = _new_join_code()
        group.save(update_fields=["join_code", "modified"])
        _publish(publish, "edx.studygroup.group.code_rotated", group)
    return get_learner_state(course_key, actor)


def remove_member(course_key, actor, membership_id, *, publish: Publish) -> LearnerState:
    """Take a colleague out of the group (their history stays); coordinators only."""
    with _in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id)
        _end(target, publish, "edx.studygroup.membership.removed", removed_by=mine.learner)
    return get_learner_state(course_key, actor)


def set_member_role(course_key, actor, membership_id, role, *, publish: Publish) -> LearnerState:
    """Make a member a (co-)coordinator, or a coordinator a member again; coordinators only."""
    if not isinstance(role, str) or role not in Membership.Role.values:
        raise InvalidInput(gettext_noop("Choose coordinator or member."), field="role")
    with _in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id, allow_self=True)
        other_coordinators = _active_members(mine.group).filter(role=COORDINATOR).exclude(pk=target.pk)
        if role == MEMBER and target.role == COORDINATOR and not other_coordinators.exists():
            raise LastCoordinator()
        _set_role(target, role, publish)
    return get_learner_state(course_key, actor)


def hand_over_coordination(course_key, actor, membership_id, *, publish: Publish) -> LearnerState:
    """Make a colleague coordinator and the actor a plain member, in one step."""
    with _in_my_group(course_key, actor, coordinator=True) as mine:
        target = _colleague(mine, membership_id)
        _set_role(target, COORDINATOR, publish)
        _set_role(mine, MEMBER, publish)
    return get_learner_state(course_key, actor)


# --- meetings --------------------------------------------------------------------------


def register_unit(course_key, usage_key, title=None, position="") -> int:
    """Record the unit a block sits in (or its new title or place), so other units can name it.

    Without a title, an already recorded unit is only looked up: handlers need its id,
    not the work of finding its name and place in the outline.
    """
    if title is None:
        known = Unit.objects.filter(usage_key=str(usage_key)).values_list("pk", flat=True).first()
        if known is not None:
            return known
    title = " ".join(str(title or "").split())[: models.UNIT_TITLE_MAX] or str(usage_key)
    unit, created = Unit.objects.get_or_create(
        usage_key=str(usage_key), defaults={"course_key": course_key, "title": title, "position": position}
    )
    if not created and (unit.title, unit.position) != (title, position):
        Unit.objects.filter(pk=unit.pk).update(title=title, position=position)
    return unit.id


def course_units(course_key) -> tuple[UnitRecord, ...]:
    """The course's units with a Study Group block, in course order where known, else as first seen."""
    return tuple(UnitRecord(id=unit.id, title=unit.title) for unit in _units_in_order(course_key))


def members_on(course_key, actor, date, time_zone) -> tuple[Participant, ...]:
    """Who was in the actor's group on a day: the people a meeting that day can list as present."""
    membership = _my_active_membership(course_key, actor)
    noon = validation.moment(date, "12:00", time_zone)
    learners = _learners_on(membership.group, noon, time_zone).order_by("full_name", "username")
    audience = _audience_of(membership)
    return tuple(_person(learner, audience, membership.group_id) for learner in learners)


def meeting_history(course_key, actor, page=1) -> MeetingPage:
    """The actor's group's meetings, newest first."""
    membership = _my_active_membership(course_key, actor)
    return _meeting_page(membership, validation.positive_int(page, "page"))


def get_meeting(course_key, actor, meeting_id) -> tuple[MeetingRecord, str]:
    """One meeting of the actor's group, and the group's school (for the meeting's calendar file)."""
    membership = _my_active_membership(course_key, actor)
    meeting = _meeting_in(membership.group, meeting_id)
    return _meeting_records([meeting], membership)[0], membership.group.school_name


def plan_meeting(course_key, actor, fields, *, publish: Publish) -> LearnerState:
    """Plan a meeting of the actor's group; any member may."""
    values = _planned_values(fields)
    with _in_my_group(course_key, actor) as mine:
        meeting = Meeting.objects.create(
            group=mine.group, status=Meeting.Status.PLANNED, created_by=mine.learner, **values
        )
        _publish(publish, "edx.studygroup.meeting.planned", mine.group, meeting_id=meeting.id)
    return get_learner_state(course_key, actor)


def log_meeting(course_key, actor, fields, *, publish: Publish, planned_meeting_id=None) -> LearnerState:
    """Record a held meeting, new or one that was planned; any member may.

    A planned meeting is logged once: the second of two colleagues logging it at the
    same moment gets :class:`AlreadyLogged`, not a second record.
    """
    values = _held_values(fields)
    with _in_my_group(course_key, actor) as mine:
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
        _publish(
            publish,
            "edx.studygroup.meeting.logged",
            mine.group,
            meeting_id=meeting.id,
            from_plan=planned_meeting_id is not None,
        )
    return get_learner_state(course_key, actor)


def edit_meeting(course_key, actor, meeting_id, fields, *, publish: Publish) -> LearnerState:
    """Change a meeting; its author and the coordinators may. The previous version is kept."""
    with _in_my_group(course_key, actor) as mine:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        MeetingRevision.objects.create(meeting=meeting, edited_by=mine.learner, previous=_snapshot(meeting))
        if meeting.status == Meeting.Status.PLANNED:
            for name, value in _planned_values(fields).items():
                setattr(meeting, name, value)
            meeting.save()
        else:
            _save_held_meeting(meeting, mine, _held_values(fields), fields)
        _publish(publish, "edx.studygroup.meeting.edited", mine.group, meeting_id=meeting.id)
    return get_learner_state(course_key, actor)


def delete_meeting(course_key, actor, meeting_id, *, publish: Publish) -> LearnerState:
    """Take a meeting out of the group's record; it stays, marked deleted, for course staff."""
    with _in_my_group(course_key, actor) as mine:
        meeting = _meeting_in(mine.group, meeting_id)
        _refuse_unless_editor(meeting, mine)
        meeting.deleted, meeting.deleted_by = timezone.now(), mine.learner
        meeting.save(update_fields=["deleted", "deleted_by"])
        _publish(publish, "edx.studygroup.meeting.deleted", mine.group, meeting_id=meeting.id)
    return get_learner_state(course_key, actor)


def confirm_attendance(course_key, actor, meeting_id, *, publish: Publish) -> LearnerState:
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
            _publish(publish, "edx.studygroup.meeting.attendance_confirmed", group, meeting_id=meeting_id)
    return get_learner_state(course_key, actor)


def set_action_item_done(course_key, actor, item_id, done, *, publish: Publish) -> LearnerState:
    """Tick an action item off (or on again); its owner or a coordinator may."""
    item_id = validation.positive_int(item_id, "action_item_id")
    done = validation.boolean(done, "done")
    with _in_my_group(course_key, actor) as mine:
        item = ActionItem.objects.filter(pk=item_id, meeting__group=mine.group, meeting__deleted__isnull=True).first()
        if item is None:
            raise UnknownActionItem(field="action_item_id")
        if not _can_tick(item, mine):
            raise NotAllowed(gettext_noop("Only its owner or a coordinator can tick off an action item."))
        if (item.done is not None) != done:
            item.done, item.done_by = (timezone.now(), mine.learner) if done else (None, None)
            item.save(update_fields=["done", "done_by"])
            event = "edx.studygroup.action_item.completed" if done else "edx.studygroup.action_item.reopened"
            _publish(publish, event, mine.group, meeting_id=item.meeting_id, action_item_id=item.id)
    return get_learner_state(course_key, actor)


# --- adaptations -----------------------------------------------------------------------


def unit_adaptations(course_key, actor, unit_id, *, is_staff, sharing_on, **gallery_query) -> UnitAdaptations:
    """A unit's adaptations as the actor may see them: their group's, and other schools' if shared."""
    membership = _active_membership_or_none(course_key, actor)
    unit = _unit_in(course_key, unit_id)
    group = ()
    if membership is not None:
        mine = _visible(Adaptation.objects.filter(group=membership.group, unit=unit), actor, is_staff)
        group = _adaptation_records(list(mine.order_by("-created", "-id")), actor, membership, is_staff)
    gallery = _gallery(course_key, actor, membership, unit, is_staff, **gallery_query) if sharing_on else None
    return UnitAdaptations(group=group, gallery=gallery)


def share_adaptation(course_key, actor, unit_id, fields, *, sharing_on, publish: Publish):
    """Share how the actor's group adapted a unit; any member may."""
    values = _adaptation_values(fields, sharing_on)
    with _in_my_group(course_key, actor) as mine:
        adaptation = Adaptation.objects.create(
            group=mine.group, unit=_unit_in(course_key, unit_id), author=mine.learner, **values
        )
        _publish(
            publish,
            "edx.studygroup.adaptation.shared",
            mine.group,
            adaptation_id=adaptation.id,
            course_wide=adaptation.course_wide,
        )


def edit_adaptation(course_key, actor, unit_id, adaptation_id, fields, *, sharing_on, publish: Publish):
    """Change an adaptation of this unit; only its author, still in the group, may. The old version is kept."""
    values = _adaptation_values(fields, sharing_on)
    with transaction.atomic():
        adaptation = _authored_adaptation(course_key, actor, adaptation_id, unit=_unit_in(course_key, unit_id))
        if not Membership.objects.filter(group=adaptation.group, learner=adaptation.author, active=True).exists():
            raise NotAllowed(gettext_noop("Only members of its group can change an adaptation."))
        AdaptationRevision.objects.create(
            adaptation=adaptation, edited_by=adaptation.author, previous=_adaptation_snapshot(adaptation)
        )
        Adaptation.objects.filter(pk=adaptation.pk).update(**values)
        _publish(publish, "edx.studygroup.adaptation.edited", adaptation.group, adaptation_id=adaptation.id)


def delete_adaptation(course_key, actor, adaptation_id, *, publish: Publish):
    """Withdraw an adaptation; only its author may. It stays, marked deleted, for course staff."""
    with transaction.atomic():
        adaptation = _authored_adaptation(course_key, actor, adaptation_id)
        Adaptation.objects.filter(pk=adaptation.pk).update(deleted=timezone.now(), deleted_by=adaptation.author)
        _publish(publish, "edx.studygroup.adaptation.deleted", adaptation.group, adaptation_id=adaptation.id)


def mark_useful(course_key, actor, adaptation_id, useful, *, publish: Publish):
    """Mark another school's course-wide adaptation useful (once), or take the mark back."""
    useful = validation.boolean(useful, "useful")
    adaptation = _gallery_adaptation(course_key, actor, adaptation_id)
    with transaction.atomic():
        if _set_row(UsefulMark, useful, adaptation=adaptation, learner=_upsert_learner(actor)):
            event = "edx.studygroup.adaptation.marked_useful" if useful else "edx.studygroup.adaptation.unmarked_useful"
            _publish(publish, event, adaptation.group, adaptation_id=adaptation.id)


def hide_adaptation(course_key, actor, adaptation_id, reason, *, is_staff, publish: Publish):
    """Hide an inappropriate adaptation from learners, saying why; course staff only."""
    reason = validation.text(reason, "reason", max_length=models.HIDE_REASON_MAX)
    _moderate(course_key, actor, adaptation_id, is_staff, publish, hidden=True, reason=reason)


def unhide_adaptation(course_key, actor, adaptation_id, *, is_staff, publish: Publish):
    """Show a hidden adaptation again; course staff only."""
    _moderate(course_key, actor, adaptation_id, is_staff, publish, hidden=False, reason="")


# --- progress --------------------------------------------------------------------------


def check_in(course_key, actor, unit_id, done, *, publish: Publish) -> LearnerState:
    """Say the actor has worked through a unit (or take that back); any learner may."""
    done = validation.boolean(done, "done")
    unit = _unit_in(course_key, unit_id)
    with transaction.atomic():
        if _set_row(CheckIn, done, learner=_upsert_learner(actor), unit=unit):
            event = "edx.studygroup.unit.checked_in" if done else "edx.studygroup.unit.check_in_withdrawn"
            transaction.on_commit(lambda: publish(event, {"course_id": str(course_key), "unit_id": unit.id}))
    return get_learner_state(course_key, actor)


# --- course staff ----------------------------------------------------------------------


def course_dashboard(course_key, *, is_staff, sort="school", country="", status="", query="", page=1) -> DashboardPage:
    """Every group of the course at a glance, for staff: totals and one sorted, filtered page of groups.

    Counts are per-group subqueries, so a page costs the same number of queries for ten
    groups or thousands.
    """
    _refuse_unless_staff(is_staff)
    sort = validation.choice(sort, "sort", DASHBOARD_ORDER)
    groups = _dashboard_rows(course_key)
    if country:
        groups = groups.filter(country=validation.country(country))
    if status:
        groups = groups.filter(status=validation.choice(status, "status", GROUP_STATUSES))
    query = validation.text(query, "q", max_length=SEARCH_QUERY_MAX, required=False)
    for word in fold(query).split():
        groups = groups.filter(school_key__contains=word)
    paginator = Paginator(groups.order_by(*DASHBOARD_ORDER[sort], "id"), DASHBOARD_PAGE_SIZE)
    page_obj = paginator.get_page(validation.positive_int(page, "page"))
    rows = list(page_obj)
    coordinators = _coordinators_of(rows)
    return DashboardPage(
        totals=_course_totals(course_key),
        rows=tuple(
            GroupRow(
                id=group.id,
                school_name=group.school_name,
                city=group.city,
                country=group.country,
                member_count=group.member_count,
                coordinators=tuple(coordinators.get(group.id, ())),
                meetings=group.meeting_count,
                meetings_last_30_days=group.recent_meetings,
                last_meeting=group.last_meeting,
                adaptations=group.adaptation_count,
                status=group.status,
            )
            for group in rows
        ),
        page=page_obj.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
    )


def weekly_meetings(course_key, *, is_staff, group_id=None, weeks=26, zone="UTC") -> tuple[tuple[date, int], ...]:
    """Meetings held per week (Monday to Sunday in ``zone``) over the last ``weeks`` weeks, course or group."""
    _refuse_unless_staff(is_staff)
    local = ZoneInfo(zone if validation.known_zone(zone) else "UTC")
    today = timezone.now().astimezone(local).date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    first_start = datetime.combine(first, time.min, tzinfo=local)
    meetings = Meeting.objects.filter(
        group__course_key=course_key, status=Meeting.Status.HELD, deleted__isnull=True, start__gte=first_start
    )
    if group_id is not None:
        meetings = meetings.filter(group_id=validation.positive_int(group_id, "group_id"))
    counts = {}
    for start in meetings.values_list("start", flat=True):
        day = start.astimezone(local).date()
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    return tuple((monday, counts.get(monday, 0)) for monday in mondays)


def group_report(course_key, actor, group_id, *, is_staff) -> GroupReport:
    """All on record about a group: for staff with deleted and hidden things marked, for its coordinators
    the evidence report, without them."""
    group_id = validation.positive_int(group_id, "group_id")
    group = _with_member_count(StudyGroup.objects.filter(course_key=course_key, pk=group_id)).first()
    if group is None:
        raise UnknownGroup(field="group_id")
    coordinates = Membership.objects.filter(group=group, learner__user_id=actor.user_id, active=True, role=COORDINATOR)
    if not is_staff and not coordinates.exists():
        raise NotAllowed(gettext_noop("Only course staff and the group's coordinators can see this report."))
    audience = _Audience(actor, group.id, is_staff)  # its coordinators belong to it
    stays = Membership.objects.filter(group=group).select_related("learner").order_by("joined", "id")
    meetings = Meeting.objects.filter(group=group)
    adaptations = Adaptation.objects.filter(group=group)
    if not is_staff:
        meetings = meetings.filter(deleted__isnull=True)
        adaptations = adaptations.filter(deleted__isnull=True, hidden__isnull=True)
    meetings = list(
        meetings.exclude(status=Meeting.Status.PLANNED)
        .order_by("start", "id")
        .prefetch_related(
            Prefetch("attendance", queryset=Attendance.objects.select_related("learner").order_by("learner__username")),
            Prefetch("action_items", queryset=ActionItem.objects.select_related("owner").order_by("pk")),
            Prefetch("units", queryset=Unit.objects.order_by("position", "first_seen")),
        )
    )
    adaptations = (
        adaptations.select_related("unit", "author").annotate(useful=Count("useful_marks")).order_by("created", "id")
    )
    held = [meeting for meeting in meetings if not meeting.deleted]
    return GroupReport(
        summary=_summary(group),
        created=group.created,
        archived=group.archived,
        stays=tuple(
            Stay(
                username=stay.learner.username,
                full_name=_full_name(stay.learner, audience, group.id),
                role=stay.role,
                joined=stay.joined,
                left=stay.left,
                removed=stay.removed_by_id is not None,
            )
            for stay in stays
        ),
        meetings=tuple(_staff_meeting(meeting) for meeting in meetings),
        adaptations=tuple(_staff_adaptation(adaptation) for adaptation in adaptations),
        hours=round(sum(meeting.duration_minutes for meeting in held) / 60, 1),
        confirmations=sum(1 for meeting in held for entry in meeting.attendance.all() if entry.confirmed),
    )


def export_rows(course_key, kind, *, is_staff):
    """A CSV export's header and rows (lazily, a chunk of the database at a time); staff only."""
    _refuse_unless_staff(is_staff)
    header, rows = EXPORTS[validation.choice(kind, "kind", EXPORTS)]
    return header, rows(course_key)


def participation_record(course_key, actor) -> ParticipationRecord:
    """The learner's own meetings (attended, confirmed or not) and adaptations, in any of their groups."""
    attended = (
        Attendance.objects.filter(
            learner__user_id=actor.user_id,
            meeting__group__course_key=course_key,
            meeting__status=Meeting.Status.HELD,
            meeting__deleted__isnull=True,
        )
        .select_related("meeting__group")
        .order_by("meeting__start")
    )
    shared = (
        Adaptation.objects.filter(author__user_id=actor.user_id, group__course_key=course_key, deleted__isnull=True)
        .select_related("unit")
        .order_by("created")
    )
    membership = _active_membership_or_none(course_key, actor)
    return ParticipationRecord(
        school_name=membership.group.school_name if membership else None,
        meetings=tuple(
            (
                entry.meeting.start,
                entry.meeting.duration_minutes,
                entry.meeting.group.school_name,
                entry.confirmed is not None,
            )
            for entry in attended
        ),
        adaptations=tuple((adaptation.created, adaptation.unit.title, adaptation.title) for adaptation in shared),
    )


# --- retirement ------------------------------------------------------------------------


def retire_learner(user_id, *, publish: Publish):
    """Take a retired user out of their groups and scrub their name; the history stays, anonymous.

    A group they coordinated alone passes to its longest-standing member, so it can
    still be coordinated; a group they were alone in is archived.
    """
    memberships = Membership.objects.filter(learner__user_id=str(user_id), active=True)
    for membership_id, group_id in list(memberships.values_list("pk", "group_id")):
        with transaction.atomic():
            membership = _lock_membership(memberships.filter(pk=membership_id), group_id)
            if membership is None:
                continue
            others = _active_members(membership.group).exclude(pk=membership.pk).order_by("joined", "id")
            if membership.role == COORDINATOR and not others.filter(role=COORDINATOR).exists() and others:
                _set_role(others[0], COORDINATOR, publish)
            _end(membership, publish, "edx.studygroup.membership.left")
    Learner.objects.filter(user_id=str(user_id)).update(username=f"retired_{secrets.token_hex(8)}", full_name="")


# --- text rules ------------------------------------------------------------------------


def fold(text):
    """Text folded for matching: case, accents, punctuation and spacing ignored."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(UNDECOMPOSED_LETTERS))
    text = "".join(char for char in text if not unicodedata.combining(char))
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def school_key(school_name, city):
    """The folded school and city that duplicates share; each cut to its column share, as folding can lengthen text."""
    return f"{fold(school_name)[: models.SCHOOL_NAME_MAX]}|{fold(city)[: models.CITY_MAX]}"


def normalise_join_code(code):
    """A join code as typed or pasted (any case, dashes, spaces) in its stored form."""
    return re.sub(r"[^A-Z0-9]", "", code.upper())


def format_join_code(code):
    """The code as shown to people: two groups of four, easy to read out."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


# --- internals -------------------------------------------------------------------------


def _join(course_key, actor, publish, via, **lookup):
    unknown = UnknownCode(field="code") if via == "code" else UnknownGroup(field="group_id")
    # Found before the transaction, locked by its key within it, as every change to a group
    # is: locking it through the join-code index instead deadlocked with a new code being made.
    group_id = StudyGroup.objects.filter(course_key=course_key, **lookup).values_list("pk", flat=True).first()
    if group_id is None:
        raise unknown
    with _one_group_per_learner():
        group = StudyGroup.objects.select_for_update().get(pk=group_id)
        if any(getattr(group, name) != value for name, value in lookup.items()):
            raise unknown  # the coordinator made a new code meanwhile
        if group.archived:
            raise GroupArchived()
        if via != "code" and not group.is_open:
            raise CodeRequired()
        learner = _upsert_learner(actor)
        _refuse_if_in_group(course_key, learner)
        # The group lock came before any plain read, so this count includes every join
        # committed by whoever held the lock before (see _lock_membership).
        if _active_members(group).count() >= group.size_limit:
            raise GroupFull()
        membership = _add_member(group, learner, MEMBER)
        _publish(publish, "edx.studygroup.membership.joined", group, membership_id=membership.id, via=via)
    return get_learner_state(course_key, actor)


@contextmanager
def _one_group_per_learner():
    """A transaction in which a racing second active membership reads as AlreadyInGroup."""
    try:
        with transaction.atomic():
            yield
    except IntegrityError as error:
        raise AlreadyInGroup() from error


def _refuse_if_in_group(course_key, learner):
    if Membership.objects.filter(course_key=course_key, learner=learner, active=True).exists():
        raise AlreadyInGroup()


def _add_member(group, learner, role):
    return Membership.objects.create(
        group=group, learner=learner, course_key=group.course_key, role=role, joined=timezone.now()
    )


def _end(membership, publish, event_name, removed_by=None):
    """End a stay in a group, keeping its dates; archive the group if nobody is left."""
    membership.active = None
    membership.left = timezone.now()
    membership.removed_by = removed_by
    membership.save(update_fields=["active", "left", "removed_by"])
    _publish(publish, event_name, membership.group, membership_id=membership.id)
    group = membership.group
    if not _active_members(group).exists():
        group.archived = membership.left
        group.save(update_fields=["archived", "modified"])
        _publish(publish, "edx.studygroup.group.archived", group)


def _set_role(membership, role, publish):
    if membership.role != role:
        membership.role = role
        membership.save(update_fields=["role"])
        _publish(
            publish, "edx.studygroup.membership.role_changed", membership.group, membership_id=membership.id, role=role
        )


@contextmanager
def _in_my_group(course_key, actor, coordinator=False):
    """A transaction holding the actor's group locked, giving their active membership."""
    mine = Membership.objects.filter(course_key=course_key, learner__user_id=actor.user_id, active=True)
    group_id = mine.values_list("group_id", flat=True).first()
    with transaction.atomic():
        membership = _lock_membership(mine, group_id)
        if membership is None:
            raise NotInGroup()
        if coordinator and membership.role != COORDINATOR:
            raise NotAllowed(gettext_noop("Only the group's coordinators can do that."))
        yield membership


def _lock_membership(memberships, group_id):
    """Lock the group, then read the membership again: None if it ended meanwhile.

    ``group_id`` must be read before the transaction. Every change to a group's members
    locks the group row first, so concurrent changes queue up instead of deadlocking,
    and the lock comes before any plain read: on MySQL under REPEATABLE READ the first
    plain read fixes the snapshot, which then includes every change committed by
    whoever held the lock before.
    """
    if group_id is None:
        return None
    group = StudyGroup.objects.select_for_update().get(pk=group_id)
    membership = memberships.select_related("learner").filter(group=group, active=True).first()
    if membership is not None:
        membership.group = group
    return membership


def _colleague(mine, membership_id, allow_self=False):
    membership_id = validation.positive_int(membership_id, "membership_id")
    target = _active_members(mine.group).filter(pk=membership_id).first()
    if target is None or (target.pk == mine.pk and not allow_self):
        raise UnknownMember(field="membership_id")
    target.group = mine.group
    return target


def _active_members(group):
    return Membership.objects.filter(group=group, active=True)


def _upsert_learner(actor):
    learner, created = Learner.objects.get_or_create(
        user_id=actor.user_id, defaults={"username": actor.username, "full_name": actor.full_name}
    )
    if not created and (learner.username, learner.full_name) != (actor.username, actor.full_name):
        learner.username, learner.full_name = actor.username, actor.full_name
        learner.save(update_fields=["username", "full_name", "modified"])
    return learner


def _new_join_code():
    while True:
        code = "".join(secrets.choice(JOIN_CODE_ALPHABET) for _ in range(models.JOIN_CODE_LENGTH))
        if not StudyGroup.objects.filter(join_code=code).exists():
            return code


def _publish(publish, name, group, **data):
    payload = {"course_id": str(group.course_key), "group_id": group.id, **data}
    transaction.on_commit(lambda: publish(name, payload))


def _with_member_count(groups):
    return groups.annotate(member_count=Count("memberships", filter=Q(memberships__active=True)))


def _summary(group):
    """The group's summary; ``member_count`` comes annotated (or set) on the group."""
    return GroupSummary(
        id=group.id,
        school_name=group.school_name,
        city=group.city,
        country=group.country,
        language=group.language,
        is_open=group.is_open,
        member_count=group.member_count,
        size_limit=group.size_limit,
    )


def _detail(group, actor):
    """The actor's own group."""
    audience = _Audience(actor, group.id)
    memberships = _active_members(group).select_related("learner").order_by("role", "joined", "id")
    members = tuple(
        Member(
            membership_id=membership.id,
            learner_id=membership.learner_id,
            username=membership.learner.username,
            full_name=_full_name(membership.learner, audience, group.id),
            role=membership.role,
            joined=membership.joined,
            is_you=membership.learner.user_id == actor.user_id,
        )
        for membership in memberships
    )
    group.member_count = len(members)
    return GroupDetail(
        summary=_summary(group),
        description=group.description,
        join_code=format_join_code(group.join_code),
        created=group.created,
        members=members,
    )


def _group_values(fields):
    if not isinstance(fields, dict):
        raise InvalidInput()
    school_name = validation.text(fields.get("school_name"), "school_name", max_length=models.SCHOOL_NAME_MAX)
    city = validation.text(fields.get("city"), "city", max_length=models.CITY_MAX)
    language = validation.language(fields.get("language"), "language")
    is_open = validation.boolean(fields.get("is_open"), "is_open")
    return {
        "school_name": school_name,
        "city": city,
        "country": validation.country(fields.get("country")),
        "language": language,
        "description": validation.text(
            fields.get("description", ""),
            "description",
            max_length=models.DESCRIPTION_MAX,
            required=False,
            multiline=True,
        ),
        "is_open": is_open,
        "school_key": school_key(school_name, city),
    }


# --- meeting internals -----------------------------------------------------------------


def _my_active_membership(course_key, actor):
    membership = _active_membership_or_none(course_key, actor)
    if membership is None:
        raise NotInGroup()
    return membership


def _meeting_in(group, meeting_id):
    meeting_id = validation.positive_int(meeting_id, "meeting_id")
    meeting = Meeting.objects.filter(pk=meeting_id, group=group, deleted__isnull=True).first()
    if meeting is None:
        raise UnknownMeeting(field="meeting_id")
    return meeting


def _refuse_unless_editor(meeting, membership):
    if meeting.created_by_id != membership.learner_id and membership.role != COORDINATOR:
        raise NotAllowed(gettext_noop("Only the meeting's author and the group's coordinators can change it."))


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
        member.learner_id: member.learner for member in _active_members(mine.group).select_related("learner")
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


def _meeting_page(membership, page):
    meetings = Meeting.objects.filter(group=membership.group, deleted__isnull=True).order_by("-start", "-id")
    paginator = Paginator(meetings, MEETING_PAGE_SIZE)
    page_obj = paginator.get_page(page)
    return MeetingPage(
        meetings=_meeting_records(list(page_obj), membership),
        page=page_obj.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
    )


def _next_meeting(membership):
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


def _open_action_items(membership):
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
    audience = _audience_of(membership)
    records = []
    for meeting in meetings:
        revisions = list(meeting.revisions.all())
        attendance = list(meeting.attendance.all())
        records.append(
            MeetingRecord(
                id=meeting.id,
                uid=str(meeting.uid),
                status=meeting.status,
                start=meeting.start,
                duration_minutes=meeting.duration_minutes,
                mode=meeting.mode,
                location=meeting.location,
                link=meeting.link,
                agenda=meeting.agenda,
                guests=meeting.guests,
                topics=meeting.topics,
                notes=meeting.notes,
                outcomes=meeting.outcomes,
                units=tuple(UnitRecord(id=unit.id, title=unit.title) for unit in meeting.units.all()),
                attendees=tuple(
                    Attendee(person=_person(entry.learner, audience, meeting.group_id), confirmed=entry.confirmed)
                    for entry in attendance
                ),
                action_items=tuple(_action_item_record(item, membership) for item in meeting.action_items.all()),
                created_by=_person(meeting.created_by, audience, meeting.group_id),
                created=meeting.created,
                last_edit=Edit(by=_person(revisions[0].edited_by, audience, meeting.group_id), at=revisions[0].edited)
                if revisions
                else None,
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
        owner=_person(item.owner, _audience_of(membership), membership.group_id) if item.owner else None,
        done=item.done,
        can_tick=_can_tick(item, membership),
    )


@dataclass(frozen=True)
class _Audience:
    """Whom a record is for, as far as the privacy rule asks: their group, and whether they are course staff."""

    actor: Actor
    group_id: int | None
    is_staff: bool = False


def _audience_of(membership):
    """A member of a group, looking at their own group's records."""
    learner = membership.learner
    return _Audience(Actor(user_id=learner.user_id, username=learner.username), membership.group_id)


def _full_name(learner, audience, group_id):
    """The privacy rule, in one place: a person's full name stays within the group they are named
    in (``group_id``) and course staff; everyone else knows them by username only."""
    return learner.full_name if audience.is_staff or group_id == audience.group_id else ""


def _person(learner, audience, group_id):
    """``learner`` as ``audience`` may see them, named in the records of group ``group_id``."""
    return Participant(
        learner_id=learner.pk,
        username=learner.username,
        full_name=_full_name(learner, audience, group_id),
        is_you=learner.user_id == audience.actor.user_id,
    )


# --- adaptation and progress internals -------------------------------------------------


def _units_in_order(course_key):
    """Units in course-outline order where the runtime told us it; the others after, as first seen."""
    placed = Case(When(position="", then=Value(1)), default=Value(0))
    return Unit.objects.filter(course_key=course_key).order_by(placed, "position", "first_seen", "id")


def _unit_in(course_key, unit_id):
    unit = Unit.objects.filter(pk=validation.positive_int(unit_id, "unit_id"), course_key=course_key).first()
    if unit is None:
        raise InvalidInput(gettext_noop("Choose units from the list."), field="unit_id")
    return unit


def _active_membership_or_none(course_key, actor):
    return (
        Membership.objects.select_related("group", "learner")
        .filter(course_key=course_key, learner__user_id=actor.user_id, active=True)
        .first()
    )


def _visible(adaptations, actor, is_staff):
    """Adaptations not deleted; hidden ones only for course staff and their author."""
    adaptations = adaptations.filter(deleted__isnull=True)
    if is_staff:
        return adaptations
    return adaptations.filter(Q(hidden__isnull=True) | Q(author__user_id=actor.user_id))


def gallery_query(isced="", subject="", language="", sort="newest", page=1):
    """The gallery's filters, sort and page, checked (and unchanged by checking again).

    Handlers check them before changing anything, so a bad query writes nothing.
    """
    return {
        "isced": validation.choice(str(isced), "isced", ["", *map(str, Adaptation.Level.values)]),
        "subject": validation.text(subject, "subject", max_length=models.SUBJECT_MAX, required=False),
        "language": validation.language(language, "language") if language else "",
        "sort": validation.choice(sort, "sort", GALLERY_ORDER),
        "page": validation.positive_int(page, "page"),
    }


def _gallery(course_key, actor, membership, unit, is_staff, **query):
    query = gallery_query(**query)
    adaptations = _visible(
        Adaptation.objects.filter(unit=unit, group__course_key=course_key, course_wide=True), actor, is_staff
    )
    if membership is not None:
        adaptations = adaptations.exclude(group=membership.group)
    if query["isced"]:
        adaptations = adaptations.filter(isced_level=int(query["isced"]))
    if query["subject"]:
        adaptations = adaptations.filter(subject__icontains=query["subject"])
    if query["language"]:
        adaptations = adaptations.filter(language=query["language"])
    adaptations = adaptations.annotate(useful=Count("useful_marks")).order_by(*GALLERY_ORDER[query["sort"]])
    paginator = Paginator(adaptations, ADAPTATION_PAGE_SIZE)
    page_obj = paginator.get_page(query["page"])
    return AdaptationPage(
        adaptations=_adaptation_records(list(page_obj), actor, membership, is_staff),
        page=page_obj.number,
        num_pages=paginator.num_pages,
        total=paginator.count,
    )


def _adaptation_values(fields, sharing_on):
    if not isinstance(fields, dict):
        raise InvalidInput()
    course_wide = validation.boolean(fields.get("course_wide", False), "course_wide")
    if course_wide and not sharing_on:
        raise InvalidInput(
            gettext_noop("In this unit, adaptations are shared with your group only."), field="course_wide"
        )
    return {
        "title": validation.text(fields.get("title"), "title", max_length=models.ADAPTATION_TITLE_MAX),
        "body": validation.text(fields.get("body"), "body", max_length=models.ADAPTATION_BODY_MAX, multiline=True),
        "subject": validation.text(fields.get("subject"), "subject", max_length=models.SUBJECT_MAX),
        "isced_level": validation.whole_number(fields.get("isced_level"), "isced_level", 1, 3),
        "language": validation.language(fields.get("language"), "language"),
        "link": validation.web_link(fields.get("link"), "link", max_length=models.LINK_MAX),
        "course_wide": course_wide,
    }


def _adaptation_in(course_key, adaptation_id, **conditions):
    """A live adaptation of the course meeting ``conditions``; UnknownAdaptation otherwise."""
    adaptation = (
        Adaptation.objects.select_related("group", "author")
        .filter(
            pk=validation.positive_int(adaptation_id, "adaptation_id"),
            group__course_key=course_key,
            deleted__isnull=True,
            **conditions,
        )
        .first()
    )
    if adaptation is None:
        raise UnknownAdaptation(field="adaptation_id")
    return adaptation


def _authored_adaptation(course_key, actor, adaptation_id, **conditions):
    adaptation = _adaptation_in(course_key, adaptation_id, **conditions)
    if adaptation.author.user_id != actor.user_id:
        raise NotAllowed(gettext_noop("Only its author can change an adaptation."))
    return adaptation


def _gallery_adaptation(course_key, actor, adaptation_id):
    """An adaptation the actor can mark: another school's, shared with the course, not hidden."""
    adaptation = _adaptation_in(course_key, adaptation_id, course_wide=True, hidden__isnull=True)
    in_its_group = Membership.objects.filter(group=adaptation.group, learner__user_id=actor.user_id, active=True)
    if adaptation.author.user_id == actor.user_id or in_its_group.exists():
        raise NotAllowed(gettext_noop("Mark other schools' adaptations; your own group's speak for themselves."))
    return adaptation


def _moderate(course_key, actor, adaptation_id, is_staff, publish, *, hidden, reason):
    if not is_staff:
        raise NotAllowed(gettext_noop("Only course staff can hide or show adaptations."))
    with transaction.atomic():
        adaptation = _adaptation_in(course_key, adaptation_id)
        moderator = _upsert_learner(actor)
        Adaptation.objects.filter(pk=adaptation.pk).update(
            hidden=timezone.now() if hidden else None, hidden_by=moderator if hidden else None, hidden_reason=reason
        )
        Moderation.objects.create(adaptation=adaptation, moderator=moderator, hidden=hidden, reason=reason)
        event = "edx.studygroup.adaptation.hidden" if hidden else "edx.studygroup.adaptation.unhidden"
        _publish(publish, event, adaptation.group, adaptation_id=adaptation.id)


def _adaptation_snapshot(adaptation):
    return {
        "title": adaptation.title,
        "body": adaptation.body,
        "subject": adaptation.subject,
        "isced_level": adaptation.isced_level,
        "language": adaptation.language,
        "link": adaptation.link,
        "course_wide": adaptation.course_wide,
    }


def _adaptation_records(adaptations, actor, membership, is_staff):
    """Records of a page of adaptations in a constant number of queries."""
    prefetch_related_objects(
        adaptations,
        "group",
        "unit",
        "author",
        Prefetch("revisions", queryset=AdaptationRevision.objects.select_related("edited_by")),
    )
    ids = [adaptation.pk for adaptation in adaptations]
    counts = dict(UsefulMark.objects.filter(adaptation__in=ids).values_list("adaptation").annotate(count=Count("pk")))
    marked = set(
        UsefulMark.objects.filter(adaptation__in=ids, learner__user_id=actor.user_id).values_list(
            "adaptation_id", flat=True
        )
    )
    own_group = membership.group_id if membership else None
    audience = _Audience(actor, own_group, is_staff)
    records = []
    for adaptation in adaptations:
        revisions = list(adaptation.revisions.all())
        is_author = adaptation.author.user_id == actor.user_id
        records.append(
            AdaptationRecord(
                id=adaptation.id,
                unit=UnitRecord(id=adaptation.unit.id, title=adaptation.unit.title),
                school_name=adaptation.group.school_name,
                country=adaptation.group.country,
                title=adaptation.title,
                body=adaptation.body,
                subject=adaptation.subject,
                isced_level=adaptation.isced_level,
                language=adaptation.language,
                link=adaptation.link,
                course_wide=adaptation.course_wide,
                author=_person(adaptation.author, audience, adaptation.group_id),
                created=adaptation.created,
                last_edit=Edit(
                    by=_person(revisions[0].edited_by, audience, adaptation.group_id), at=revisions[0].edited
                )
                if revisions
                else None,
                useful_count=counts.get(adaptation.id, 0),
                marked_useful=adaptation.id in marked,
                hidden=Hiding(reason=adaptation.hidden_reason, at=adaptation.hidden)
                if adaptation.hidden and (is_staff or is_author)
                else None,
                can_edit=is_author,
                can_mark=adaptation.group_id != own_group and adaptation.course_wide and not adaptation.hidden,
            )
        )
    return tuple(records)


def _progress_board(membership):
    units = tuple(_units_in_order(membership.group.course_key))
    members = list(_active_members(membership.group).select_related("learner").order_by("joined", "id"))
    check_ins = CheckIn.objects.filter(
        learner__in=[member.learner_id for member in members], unit__in=units
    ).values_list("learner_id", "unit_id")
    done = {}
    for learner_id, unit_id in check_ins:
        done.setdefault(learner_id, set()).add(unit_id)
    audience = _audience_of(membership)
    order = [unit.id for unit in units]
    return ProgressBoard(
        units=tuple(UnitRecord(id=unit.id, title=unit.title) for unit in units),
        rows=tuple(
            ProgressRow(
                person=_person(member.learner, audience, membership.group_id),
                checked_in=tuple(unit_id for unit_id in order if unit_id in done.get(member.learner_id, ())),
            )
            for member in members
        ),
    )


def _checked_in(course_key, actor):
    return tuple(
        CheckIn.objects.filter(learner__user_id=actor.user_id, unit__course_key=course_key)
        .order_by("unit_id")
        .values_list("unit_id", flat=True)
    )


# --- staff internals -------------------------------------------------------------------


def _set_row(model, present, **fields):
    """Make the one row with ``fields`` exist or not (a mark, a check-in); whether anything changed."""
    if present:
        return model.objects.get_or_create(**fields)[1]
    return model.objects.filter(**fields).delete()[0] > 0


def _coordinators_of(groups):
    """Usernames of each group's active coordinators, longest-serving first, in one query."""
    coordinators = {}
    for group_id, username in (
        Membership.objects.filter(group__in=groups, role=COORDINATOR, active=True)
        .order_by("joined", "id")
        .values_list("group_id", "learner__username")
    ):
        coordinators.setdefault(group_id, []).append(username)
    return coordinators


def _refuse_unless_staff(is_staff):
    if not is_staff:
        raise NotAllowed(gettext_noop("Only course staff can see this."))


def _count(model, **filters):
    """A per-group count as a subquery, so the counts never multiply each other's rows."""
    counted = model.objects.filter(group=OuterRef("pk"), **filters).values("group").annotate(n=Count("pk"))
    return Coalesce(Subquery(counted.values("n")), 0)


def _dashboard_rows(course_key):
    held = {"status": Meeting.Status.HELD, "deleted__isnull": True}
    cutoff = timezone.now() - timedelta(days=QUIET_AFTER_DAYS)
    last_meeting = Meeting.objects.filter(group=OuterRef("pk"), **held).order_by("-start").values("start")[:1]
    return (
        StudyGroup.objects.filter(course_key=course_key)
        .annotate(
            member_count=_count(Membership, active=True),
            meeting_count=_count(Meeting, **held),
            recent_meetings=_count(Meeting, start__gte=cutoff, **held),
            adaptation_count=_count(Adaptation, deleted__isnull=True),
            last_meeting=Subquery(last_meeting),
        )
        .annotate(
            status=Case(
                When(archived__isnull=False, then=Value("archived")),
                When(
                    Q(last_meeting__gte=cutoff) | Q(last_meeting__isnull=True, created__gte=cutoff),
                    then=Value("active"),
                ),
                default=Value("quiet"),
            )
        )
    )


def _course_totals(course_key):
    live = StudyGroup.objects.filter(course_key=course_key, archived__isnull=True)
    held = Meeting.objects.filter(group__course_key=course_key, status=Meeting.Status.HELD, deleted__isnull=True)
    minutes = held.aggregate(total=Sum("duration_minutes"))["total"] or 0
    return CourseTotals(
        groups=live.count(),
        learners=Membership.objects.filter(course_key=course_key, active=True).count(),
        countries=live.values("country").distinct().count(),
        meetings=held.count(),
        hours=round(minutes / 60, 1),
        adaptations=Adaptation.objects.filter(group__course_key=course_key, deleted__isnull=True).count(),
    )


def _staff_meeting(meeting):
    return StaffMeeting(
        id=meeting.id,
        status=meeting.status,
        start=meeting.start,
        duration_minutes=meeting.duration_minutes,
        mode=meeting.mode,
        location=meeting.location,
        guests=meeting.guests,
        attendees=tuple((entry.learner.username, entry.confirmed is not None) for entry in meeting.attendance.all()),
        units=tuple(unit.title for unit in meeting.units.all()),
        topics=meeting.topics,
        outcomes=meeting.outcomes,
        action_items=tuple(
            (item.text, item.owner.username if item.owner else "", item.done is not None)
            for item in meeting.action_items.all()
        ),
        deleted=meeting.deleted is not None,
    )


def _staff_adaptation(adaptation):
    return StaffAdaptation(
        id=adaptation.id,
        unit=adaptation.unit.title,
        title=adaptation.title,
        body=adaptation.body,
        subject=adaptation.subject,
        isced_level=adaptation.isced_level,
        author=adaptation.author.username,
        created=adaptation.created,
        course_wide=adaptation.course_wide,
        useful=adaptation.useful,
        hidden_reason=adaptation.hidden_reason if adaptation.hidden else None,
        deleted=adaptation.deleted is not None,
    )


def _in_chunks(queryset, size=EXPORT_CHUNK):
    """Lists of ``size`` rows, so exports hold one chunk in memory, not the course."""
    chunk = []
    for row in queryset.iterator(chunk_size=size):
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _group_export(course_key):
    for chunk in _in_chunks(_dashboard_rows(course_key).order_by("id")):
        coordinators = _coordinators_of(chunk)
        for group in chunk:
            yield (
                group.id,
                group.school_name,
                group.city,
                group.country,
                group.language,
                group.is_open,
                group.size_limit,
                group.member_count,
                "; ".join(coordinators.get(group.id, ())),
                group.meeting_count,
                group.recent_meetings,
                group.last_meeting,
                group.adaptation_count,
                group.status,
                group.created,
                group.archived,
            )


def _membership_export(course_key):
    stays = Membership.objects.filter(course_key=course_key).select_related("group", "learner").order_by("group", "id")
    for stay in stays.iterator(chunk_size=EXPORT_CHUNK):
        yield (
            stay.group_id,
            stay.group.school_name,
            stay.learner.username,
            stay.learner.full_name,
            stay.role,
            stay.joined,
            stay.left,
            stay.removed_by_id is not None,
            stay.active is True,
        )


def _meeting_export(course_key):
    meetings = Meeting.objects.filter(group__course_key=course_key).select_related("group", "created_by")
    for chunk in _in_chunks(meetings.order_by("group", "start", "id")):
        # Plain values per chunk: tens of thousands of attendance rows are too many to build as objects.
        attendees, items, units = {}, {}, {}
        for meeting_id, username, confirmed in (
            Attendance.objects.filter(meeting__in=chunk)
            .order_by("learner__username")
            .values_list("meeting_id", "learner__username", "confirmed")
        ):
            attendees.setdefault(meeting_id, []).append(f"{username} (confirmed)" if confirmed else username)
        for meeting_id, text, owner, done in (
            ActionItem.objects.filter(meeting__in=chunk)
            .order_by("pk")
            .values_list("meeting_id", "text", "owner__username", "done")
        ):
            items.setdefault(meeting_id, []).append(f"{text} [{owner or '-'}]" + (" (done)" if done else ""))
        for meeting_id, title in Meeting.units.through.objects.filter(meeting__in=chunk).values_list(
            "meeting_id", "unit__title"
        ):
            units.setdefault(meeting_id, []).append(title)
        for meeting in chunk:
            yield (
                meeting.id,
                meeting.group_id,
                meeting.group.school_name,
                meeting.status,
                meeting.start,
                meeting.duration_minutes,
                meeting.mode,
                meeting.location,
                meeting.link,
                meeting.guests,
                "; ".join(attendees.get(meeting.id, ())),
                "; ".join(units.get(meeting.id, ())),
                meeting.agenda,
                meeting.topics,
                meeting.notes,
                meeting.outcomes,
                "; ".join(items.get(meeting.id, ())),
                meeting.created_by.username,
                meeting.created,
                meeting.deleted is not None,
            )


def _adaptation_export(course_key):
    adaptations = (
        Adaptation.objects.filter(group__course_key=course_key)
        .select_related("group", "unit", "author")
        .annotate(useful=Count("useful_marks"))
        .order_by("group", "created", "id")
    )
    for adaptation in adaptations.iterator(chunk_size=EXPORT_CHUNK):
        yield (
            adaptation.id,
            adaptation.group_id,
            adaptation.group.school_name,
            adaptation.group.country,
            adaptation.unit.title,
            adaptation.title,
            adaptation.body,
            adaptation.subject,
            adaptation.isced_level,
            adaptation.language,
            adaptation.link,
            adaptation.author.username,
            adaptation.created,
            adaptation.course_wide,
            adaptation.useful,
            adaptation.hidden_reason if adaptation.hidden else "",
            adaptation.deleted is not None,
        )


EXPORTS = {
    "groups": (
        (
            "group_id",
            "school",
            "city",
            "country",
            "language",
            "open",
            "size_limit",
            "members",
            "coordinators",
            "meetings",
            "meetings_last_30_days",
            "last_meeting",
            "adaptations",
            "status",
            "created",
            "archived",
        ),
        _group_export,
    ),
    "memberships": (
        ("group_id", "school", "username", "name", "role", "joined", "left", "removed", "active"),
        _membership_export,
    ),
    "meetings": (
        (
            "meeting_id",
            "group_id",
            "school",
            "status",
            "start_utc",
            "duration_minutes",
            "mode",
            "place",
            "link",
            "guests",
            "attendees",
            "units",
            "agenda",
            "topics",
            "notes",
            "outcomes",
            "action_items",
            "recorded_by",
            "recorded",
            "deleted",
        ),
        _meeting_export,
    ),
    "adaptations": (
        (
            "adaptation_id",
            "group_id",
            "school",
            "country",
            "unit",
            "title",
            "description",
            "subject",
            "isced_level",
            "language",
            "link",
            "author",
            "shared",
            "course_wide",
            "useful",
            "hidden_reason",
            "deleted",
        ),
        _adaptation_export,
    ),
}
