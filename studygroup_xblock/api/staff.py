"""What course staff see: the dashboard, weekly counts, a group's record, a learner's participation record."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

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
    ParticipationRecord,
    Presence,
    ReportedActionItem,
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
    StudyGroup,
    Unit,
)
from ..validation import fold
from .common import (
    COORDINATOR,
    Audience,
    Untrusted,
    active_membership_or_none,
    full_name_for,
    page_of,
    record_of,
    refuse_unless_staff,
    with_member_count,
)
from .groups import SEARCH_QUERY_MAX, group_summary

DASHBOARD_PAGE_SIZE = 25


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


def course_dashboard(
    course_key: CourseKey,
    *,
    is_staff: bool,
    sort: Untrusted = "school",
    country: Untrusted = "",
    status: Untrusted = "",
    query: Untrusted = "",
    page: Untrusted = 1,
) -> DashboardPage:
    """Every group of the course at a glance, for staff: totals and one sorted, filtered page of groups.

    Counts are per-group subqueries, so a page costs the same number of queries for ten
    groups or thousands.
    """
    refuse_unless_staff(is_staff)
    sort = validation.choice(sort, "sort", DASHBOARD_ORDER)
    groups = dashboard_rows(course_key)
    if country:
        groups = groups.filter(country=validation.country(country))
    if status:
        groups = groups.filter(status=validation.choice(status, "status", GROUP_STATUSES))
    query = validation.text(query, "q", max_length=SEARCH_QUERY_MAX, required=False)
    for word in fold(query).split():
        groups = groups.filter(school_key__contains=word)
    rows, paging = page_of(
        groups.order_by(*DASHBOARD_ORDER[sort], "id"), DASHBOARD_PAGE_SIZE, validation.positive_int(page, "page")
    )
    coordinators = coordinators_of(rows)
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
                recent_meetings=group.recent_meetings,
                last_meeting=group.last_meeting,
                adaptations=group.adaptation_count,
                status=group.status,
            )
            for group in rows
        ),
        **paging,
    )


def weekly_meetings(
    course_key: CourseKey, *, is_staff: bool, group_id: Untrusted = None, weeks: int = 26, zone: str = "UTC"
) -> tuple[tuple[date, int], ...]:
    """Meetings held per week (Monday to Sunday in ``zone``) over the last ``weeks`` weeks, course or group."""
    refuse_unless_staff(is_staff)
    local = ZoneInfo(zone if validation.known_zone(zone) else "UTC")
    today = timezone.now().astimezone(local).date()
    first = today - timedelta(days=today.weekday(), weeks=weeks - 1)
    first_start = datetime.combine(first, time.min, tzinfo=local)
    meetings = Meeting.objects.filter(
        group__course_key=course_key, status=Meeting.Status.HELD, deleted__isnull=True, start__gte=first_start
    )
    if group_id is not None:
        meetings = meetings.filter(group_id=validation.positive_int(group_id, "group_id"))
    counts: dict[date, int] = {}
    for start in meetings.values_list("start", flat=True):
        day = start.astimezone(local).date()
        monday = day - timedelta(days=day.weekday())
        counts[monday] = counts.get(monday, 0) + 1
    mondays = [first + timedelta(weeks=n) for n in range(weeks)]
    return tuple((monday, counts.get(monday, 0)) for monday in mondays)


def group_report(course_key: CourseKey, actor: Actor, group_id: Untrusted, *, is_staff: bool) -> GroupReport:
    """All on record about a group: for staff with deleted and hidden things marked, for its coordinators
    the evidence report, without them."""
    group_id = validation.positive_int(group_id, "group_id")
    group = with_member_count(StudyGroup.objects.filter(course_key=course_key, pk=group_id)).first()
    if group is None:
        raise UnknownGroup(field="group_id")
    coordinates = Membership.objects.filter(group=group, learner__user_id=actor.user_id, active=True, role=COORDINATOR)
    if not is_staff and not coordinates.exists():
        raise StaffOrCoordinatorsOnly()
    audience = Audience(actor, group.id, is_staff)  # its coordinators belong to it
    stays = Membership.objects.filter(group=group).select_related("learner").order_by("joined", "id")
    meetings = Meeting.objects.filter(group=group)
    adaptations = Adaptation.objects.filter(group=group)
    if not is_staff:
        meetings = meetings.filter(deleted__isnull=True)
        adaptations = adaptations.filter(deleted__isnull=True, hidden__isnull=True)
    recorded = list(
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
            )
            for stay in stays
        ),
        meetings=tuple(_staff_meeting(meeting) for meeting in recorded),
        adaptations=tuple(_staff_adaptation(adaptation) for adaptation in adaptations),
    )


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
        school_name=membership.group.school_name if membership else None,
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


def coordinators_of(groups):
    """Usernames of each group's active coordinators, longest-serving first, in one query."""
    coordinators = {}
    for group_id, username in (
        Membership.objects.filter(group__in=groups, role=COORDINATOR, active=True)
        .order_by("joined", "id")
        .values_list("group_id", "learner__username")
    ):
        coordinators.setdefault(group_id, []).append(username)
    return coordinators


def _count(model, **filters):
    """A per-group count as a subquery, so the counts never multiply each other's rows."""
    counted = model.objects.filter(group=OuterRef("pk"), **filters).values("group").annotate(n=Count("pk"))
    return Coalesce(Subquery(counted.values("n")), 0)


def dashboard_rows(course_key):
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
        hours=hours(minutes),
        adaptations=Adaptation.objects.filter(group__course_key=course_key, deleted__isnull=True).count(),
    )


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
