"""The course's CSV exports, streamed a chunk of the database at a time; staff only."""

from django.db.models import (
    Count,
)

from .. import validation
from ..models import (
    ActionItem,
    Adaptation,
    Attendance,
    Meeting,
    Membership,
)
from .common import refuse_unless_staff
from .staff import coordinators_of, dashboard_rows

EXPORT_CHUNK = 500


def export_rows(course_key, kind, *, is_staff):
    """A CSV export's header and rows (lazily, a chunk of the database at a time); staff only."""
    refuse_unless_staff(is_staff)
    header, rows = EXPORTS[validation.choice(kind, "kind", EXPORTS)]
    return header, rows(course_key)


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
    for chunk in _in_chunks(dashboard_rows(course_key).order_by("id")):
        coordinators = coordinators_of(chunk)
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
