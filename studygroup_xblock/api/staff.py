"""What course staff see: the dashboard, weekly counts, a group's record, a learner's participation record."""

import bisect
from datetime import date, datetime, time, timedelta
from operator import itemgetter
from zoneinfo import ZoneInfo

from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..data import (
    Actor,
    AttendedMeeting,
    CourseTotals,
    DashboardPage,
    GroupReport,
    GroupRow,
    NudgeRecord,
    ParticipationRecord,
    Presence,
    ReportedActionItem,
    School,
    SharedAdaptation,
    StaffAdaptation,
    StaffMeeting,
    Stay,
    hours,
)
from ..errors import (
    StaffOrCoordinatorsOnly,
    UnknownGroup,
)
from ..models import (
    ActionItem,
    Adaptation,
    Attendance,
    Meeting,
    Membership,
    Nudge,
    StudyGroup,
    Unit,
)
from ..validation import fold
from . import tallies
from .common import (
    COORDINATOR,
    COUNT_LIMIT,
    Audience,
    Untrusted,
    active_membership_or_none,
    change,
    full_name_for,
    group_summary,
    page_count,
    read,
    record_of,
    refuse_unless_staff,
)
from .pace import PACE_FILTERS, on_pace_filter, on_track
from .prepared import Prepared, json_list, json_rows
from .search import SEARCH_QUERY_MAX, named, rarest_word, search_words

DASHBOARD_PAGE_SIZE = 25


QUIET_AFTER_DAYS = 30


GROUP_STATUSES = ("active", "quiet", "archived")


DASHBOARD_ORDER = {
    # Each order ends on the id in its own direction, so an index serves it whole.
    "school": ("school_name", "id"),
    "-school": ("-school_name", "-id"),
    "country": ("country", "school_name", "id"),
    "-country": ("-country", "-school_name", "-id"),
    "members": ("member_count", "id"),
    "-members": ("-member_count", "-id"),
    "meetings": ("meeting_count", "id"),
    "-meetings": ("-meeting_count", "-id"),
    "last_meeting": (F("last_meeting").asc(nulls_first=True), "id"),
    "-last_meeting": (F("last_meeting").desc(nulls_last=True), "-id"),
    "adaptations": ("adaptation_count", "id"),
    "-adaptations": ("-adaptation_count", "-id"),
}


def course_dashboard(
    course_key: CourseKey,
    *,
    is_staff: bool,
    sort: Untrusted = "school",
    country: Untrusted = "",
    status: Untrusted = "",
    query: Untrusted = "",
    pace: Untrusted = "",
    page: Untrusted = 1,
) -> DashboardPage:
    """Every group of the course at a glance, for staff: totals and one sorted, filtered page of groups.

    Totals come from the course's tallies and each group's counts from its own row, so a
    page costs the same two queries for ten groups or ten thousand (and a count when filtered).
    """
    refuse_unless_staff(is_staff)
    sort = validation.choice(sort, "sort", DASHBOARD_ORDER)
    values = {"course_key": str(course_key), "since": quiet_since(), "today": timezone.localdate()}
    if country:
        values["country"] = validation.country(country)
    status = validation.choice(status, "status", GROUP_STATUSES) if status else None
    pace = validation.choice(pace, "pace", PACE_FILTERS) if pace else None
    words = search_words(validation.text(query, "q", max_length=SEARCH_QUERY_MAX, required=False))
    for n, (word, end) in enumerate(words):
        values.update({f"word{n}": word, f"end{n}": end})
    rarest = rarest_word(course_key, words)
    shape = (sort, "country" in values, status, pace, len(words), words.index(rarest) if rarest else None)
    counted = tallies.totals(course_key)
    if country or status or pace or words:
        found = len(_dashboard_rows(shape=(*shape, None), **values))
        total, more = min(found, COUNT_LIMIT), found > COUNT_LIMIT
    else:
        total, more = counted[tallies.GROUPS] + counted[tallies.ARCHIVED], False
    pages = page_count(total, DASHBOARD_PAGE_SIZE)
    number = min(validation.positive_int(page, "page"), pages)
    rows = _dashboard_rows(shape=(*shape, (number - 1) * DASHBOARD_PAGE_SIZE), **values)
    return DashboardPage(
        totals=CourseTotals(
            groups=counted[tallies.GROUPS],
            schools=counted[tallies.SCHOOLS],
            learners=counted[tallies.LEARNERS],
            countries=counted[tallies.COUNTRY],
            meetings=counted[tallies.MEETINGS],
            hours=hours(counted[tallies.MINUTES]),
            adaptations=counted[tallies.ADAPTATIONS],
        ),
        rows=tuple(
            GroupRow(
                id=row.id,
                school_name=row.school_name,
                city=row.city,
                country=row.country,
                member_count=row.member_count,
                coordinators=coordinator_names(row.coordinators),
                meetings=row.meeting_count,
                recent_meetings=row.recent,
                last_meeting=row.last_meeting,
                adaptations=row.adaptation_count,
                status=row.status,
                on_pace=on_track(row.pace_owed_days, row.pace_behind_from, row.member_count, values["today"]),
            )
            for row in rows
        ),
        page=number,
        num_pages=pages,
        total=total,
        more=more,
    )


def _dashboard(shape, course_key, since, today, country=None, **words):
    """A page of the dashboard's groups in the order asked, with their coordinators and recent
    meetings; or (``offset`` None) the ids of up to ``COUNT_LIMIT`` + 1 of them, to count."""
    sort, by_country, status, pace, word_count, rarest, offset = shape
    groups = StudyGroup.objects.filter(course_key=course_key)
    if by_country:
        groups = groups.filter(country=country)
    groups = groups.annotate(status=group_status(since))
    if status:
        groups = groups.filter(status=status)
    if pace:
        groups = groups.filter(on_pace_filter(pace, today))
    words = [(words[f"word{n}"], words[f"end{n}"]) for n in range(word_count)]
    groups = named(groups, course_key, words, words[rarest] if rarest is not None else None)
    if offset is None:
        return groups.values_list("pk", named=True)[: COUNT_LIMIT + 1]
    page = groups.order_by(*DASHBOARD_ORDER[sort])[offset : offset + DASHBOARD_PAGE_SIZE]
    return page.annotate(recent=recent_meetings(since), coordinators=coordinators()).values_list(
        *DASHBOARD_FIELDS, "recent", "coordinators", named=True
    )


DASHBOARD_FIELDS = (
    *("id", "school_name", "city", "country", "member_count", "meeting_count", "last_meeting", "adaptation_count"),
    "status",
    "pace_owed_days",
    "pace_behind_from",
)
_dashboard_rows = Prepared(_dashboard)


def weekly_meetings(
    course_key: CourseKey, *, is_staff: bool, group_id: Untrusted = None, weeks: int = 26, zone: str = "UTC"
) -> tuple[tuple[date, int], ...]:
    """Meetings held per week (Monday to Sunday in ``zone``) over the last ``weeks`` weeks, course or group.

    Counted by the hour (the course's from its hourly tallies), so exact for zones a whole
    number of hours from UTC, and right to the hour for the few others.
    """
    refuse_unless_staff(is_staff)
    local = ZoneInfo(zone if validation.known_zone(zone) else "UTC")
    today = timezone.now().astimezone(local).date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    first_start = datetime.combine(first, time.min, tzinfo=local)
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    starts = [datetime.combine(monday, time.min, tzinfo=local) for monday in mondays]
    if group_id is None:
        return tuple(zip(mondays, tallies.held_by_week(course_key, starts), strict=True))
    meetings = Meeting.objects.filter(
        group__course_key=course_key,
        group_id=validation.positive_int(group_id, "group_id"),
        status=Meeting.Status.HELD,
        deleted__isnull=True,
        start__gte=first_start,
    )
    # An hour ("YYYY-MM-DDTHH", UTC) counts in the last week whose Monday it is not before.
    hours = [tallies.hour_of(start) for start in starts]
    counts = [0] * weeks
    for start in meetings.values_list("start", flat=True):
        counts[bisect.bisect_right(hours, tallies.hour_of(start)) - 1] += 1
    return tuple(zip(mondays, counts, strict=True))


@change
def note_evidence_opened(course_key: CourseKey, actor: Actor, group_id: Untrusted) -> None:
    """A coordinator opened their group's evidence report: a first step of theirs done (``guide``). Only
    the first time counts; for anyone else (the course team) it notes nothing."""
    group_id = validation.positive_int(group_id, "group_id")
    coordinated = Membership.objects.filter(learner__user_id=actor.user_id, active=True, role=COORDINATOR)
    StudyGroup.objects.filter(
        course_key=course_key, pk=group_id, evidence_opened__isnull=True, pk__in=coordinated.values("group_id")
    ).update(evidence_opened=timezone.now())


@read
def group_report(
    course_key: CourseKey,
    actor: Actor,
    group_id: Untrusted,
    *,
    is_staff: bool,
    school: Untrusted = "",
    start: Untrusted = "",
    end: Untrusted = "",
) -> GroupReport:
    """All on record about a group: for staff with deleted and hidden things marked, for its coordinators
    the evidence report, without them.

    For one of its ``school``s (a regional group's) it is that school's evidence: its teachers,
    the meetings they attended (with only them present), the adaptations they shared. From
    ``start`` to ``end`` (days, either may be left out) it keeps to the meetings and
    adaptations of that period.
    """
    group_id = validation.positive_int(group_id, "group_id")
    group = StudyGroup.objects.filter(course_key=course_key, pk=group_id).first()
    if group is None:
        raise UnknownGroup(field="group_id")
    coordinates = Membership.objects.filter(group=group, learner__user_id=actor.user_id, active=True, role=COORDINATOR)
    if not is_staff and not coordinates.exists():
        raise StaffOrCoordinatorsOnly()
    audience = Audience(actor, group.id, is_staff)  # its coordinators belong to it
    stays = Membership.objects.filter(group=group).select_related("learner").order_by("joined", "id")
    schools = _schools(group, stays)
    chosen = validation.choice(school, "school", dict(schools)) if school else ""
    if chosen:
        stays = stays.filter(school_key=chosen)
    first, last = validation.day(start, "start"), validation.day(end, "end")
    meetings = _in_period(Meeting.objects.filter(group=group), "start", first, last)
    adaptations = _in_period(Adaptation.objects.filter(group=group), "created", first, last)
    attendance = Attendance.objects.select_related("learner").order_by("learner__username")
    if chosen:
        teachers = stays.values("learner_id")
        meetings = meetings.filter(attendance__learner__in=teachers).distinct()
        adaptations = adaptations.filter(author__in=teachers)
        attendance = attendance.filter(learner__in=teachers)
    if not is_staff:
        meetings = meetings.filter(deleted__isnull=True)
        adaptations = adaptations.filter(deleted__isnull=True, hidden__isnull=True)
    recorded = list(
        meetings.exclude(status=Meeting.Status.PLANNED)
        .order_by("start", "id")
        .prefetch_related(
            Prefetch("attendance", queryset=attendance),
            Prefetch("action_items", queryset=ActionItem.objects.select_related("owner").order_by("pk")),
            Prefetch("units", queryset=Unit.objects.order_by("position", "first_seen")),
        )
    )
    adaptations = (
        adaptations.select_related("unit", "author").annotate(useful=Count("useful_marks")).order_by("created", "id")
    )
    return GroupReport(
        summary=group_summary(group),
        created=group.created,
        archived=group.archived,
        stays=tuple(
            Stay(
                username=stay.learner.username,
                full_name=full_name_for(stay.learner, audience, group.id),
                role=stay.role,
                joined=stay.joined,
                left=stay.left,
                removed=stay.removed_by_id is not None,
                school=School(stay.school_name, stay.city, stay.country),
            )
            for stay in stays
        ),
        meetings=tuple(_staff_meeting(meeting) for meeting in recorded),
        adaptations=tuple(_staff_adaptation(adaptation) for adaptation in adaptations),
        schools=tuple(schools),
        school=dict(schools).get(chosen),
        chosen_period=(first, last),
        nudges=_nudges(group) if is_staff else (),
    )


def _schools(group, stays):
    """The schools a group's members have taught at, the host school first, as (key, school) pairs."""
    found = {group.school_key: School(group.school_name, group.city, group.country)}
    for key, *school in stays.exclude(school_key="").values_list("school_key", "school_name", "city", "country"):
        found.setdefault(key, School(*school))
    host = found.pop(group.school_key)
    return [(group.school_key, host), *sorted(found.items(), key=lambda item: fold(item[1].school_name))]


def _in_period(rows, field, first, last):
    """``rows`` whose ``field`` (a time) falls on the days from ``first`` to ``last`` (either may be None)."""
    if first:
        rows = rows.filter(**{f"{field}__date__gte": first})
    if last:
        rows = rows.filter(**{f"{field}__date__lte": last})
    return rows


@read
def participation_record(course_key: CourseKey, actor: Actor) -> ParticipationRecord:
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
    membership = active_membership_or_none(course_key, actor)
    return ParticipationRecord(
        school_name=membership.school_name or membership.group.school_name if membership else None,
        meetings=tuple(
            AttendedMeeting(
                start=entry.meeting.start,
                duration_minutes=entry.meeting.duration_minutes,
                school_name=entry.meeting.group.school_name,
                confirmed=entry.confirmed is not None,
            )
            for entry in attended
        ),
        adaptations=tuple(
            SharedAdaptation(created=adaptation.created, unit=adaptation.unit.title, title=adaptation.title)
            for adaptation in shared
        ),
    )


def coordinators():
    """Each group's active coordinators (username, since when), read with the group's row as JSON."""
    return json_rows(
        Membership.objects.filter(role=COORDINATOR, active=True), "group", "learner__username", "joined", "id"
    )


def coordinator_names(found):
    """The usernames :func:`coordinators` found, longest-serving first."""
    return tuple(name for name, *_since in sorted(json_list(found), key=itemgetter(1, 2)))


def recent_meetings(since):
    """How many meetings each group held in the quiet period (from ``since``), read with the group's row."""
    held = Meeting.objects.filter(group=OuterRef("pk"), status=Meeting.Status.HELD, deleted__isnull=True)
    return Coalesce(Subquery(held.filter(start__gte=since).values("group").annotate(n=Count("pk")).values("n")), 0)


def group_status(since):
    """Archived, quiet (no meeting held since ``since``, the start of the quiet period, and older than
    it) or active: the one rule, as SQL, for the dashboard, its filter and the export."""
    active = Q(last_meeting__gte=since) | Q(last_meeting__isnull=True, created__gte=since)
    return Case(
        When(archived__isnull=False, then=Value("archived")),
        When(active, then=Value("active")),
        default=Value("quiet"),
        output_field=CharField(),
    )


def quiet_since():
    return timezone.now() - timedelta(days=QUIET_AFTER_DAYS)


def _nudges(group):
    """What course staff sent the group's coordinators, newest first."""
    nudges = Nudge.objects.filter(group=group).order_by("-sent", "-pk").values_list("sent_by__username", "text", "sent")
    return tuple(NudgeRecord(sent_by=username, text=text, sent=sent) for username, text, sent in nudges)


def _staff_meeting(meeting):
    return record_of(
        StaffMeeting,
        meeting,
        attendees=tuple(
            Presence(name=entry.learner.username, confirmed=entry.confirmed is not None)
            for entry in meeting.attendance.all()
        ),
        units=tuple(unit.title for unit in meeting.units.all()),
        action_items=tuple(
            ReportedActionItem(
                text=item.text, owner=item.owner.username if item.owner else "", done=item.done is not None
            )
            for item in meeting.action_items.all()
        ),
        deleted=meeting.deleted is not None,
    )


def _staff_adaptation(adaptation):
    return record_of(
        StaffAdaptation,
        adaptation,
        unit=adaptation.unit.title,
        author=adaptation.author.username,
        hidden_reason=adaptation.hidden_reason if adaptation.hidden else None,
        deleted=adaptation.deleted is not None,
    )
