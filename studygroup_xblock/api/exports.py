"""The course's CSV exports, streamed a chunk of the database at a time; staff only."""

from collections.abc import Iterator
from operator import attrgetter

from django.db.models import Count
from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..models import (
    ActionItem,
    Adaptation,
    Attendance,
    Meeting,
    Membership,
)
from .common import Untrusted, refuse_unless_staff
from .staff import QUIET_AFTER_DAYS, coordinators_of, dashboard_rows

EXPORT_CHUNK = 500


def export_rows(
    course_key: CourseKey, kind: Untrusted, *, is_staff: bool
) -> tuple[tuple[str, ...], Iterator[tuple[object, ...]]]:
    """A CSV export's header and rows (lazily, a chunk of the database at a time); staff only."""
    refuse_unless_staff(is_staff)
    sources, columns = EXPORTS[validation.choice(kind, "kind", EXPORTS)]
    header = tuple(name for name, _value in columns)
    return header, (tuple(value(source) for _name, value in columns) for source in sources(course_key))


def _columns(*pairs):
    """Each column of an export once: its header, and its value (a source's attribute, or a function of it)."""
    return tuple((name, attrgetter(value) if isinstance(value, str) else value) for name, value in pairs)


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


def _groups(course_key):
    for chunk in _in_chunks(dashboard_rows(course_key).order_by("id")):
        coordinators = coordinators_of(chunk)
        for group in chunk:
            group.coordinator_names = "; ".join(coordinators.get(group.id, ()))
            yield group


def _memberships(course_key):
    stays = Membership.objects.filter(course_key=course_key).select_related("group", "learner").order_by("group", "id")
    return stays.iterator(chunk_size=EXPORT_CHUNK)


def _meetings(course_key):
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
            meeting.attendee_names = "; ".join(attendees.get(meeting.id, ()))
            meeting.unit_titles = "; ".join(units.get(meeting.id, ()))
            meeting.action_item_texts = "; ".join(items.get(meeting.id, ()))
            yield meeting


def _adaptations(course_key):
    adaptations = (
        Adaptation.objects.filter(group__course_key=course_key)
        .select_related("group", "unit", "author")
        .annotate(useful=Count("useful_marks"))
        .order_by("group", "created", "id")
    )
    return adaptations.iterator(chunk_size=EXPORT_CHUNK)


def _is_set(name):
    return lambda source: getattr(source, name) is not None


EXPORTS = {
    "groups": (
        _groups,
        _columns(
            ("group_id", "id"),
            ("school", "school_name"),
            ("city", "city"),
            ("country", "country"),
            ("language", "language"),
            ("open", "is_open"),
            ("size_limit", "size_limit"),
            ("members", "member_count"),
            ("coordinators", "coordinator_names"),
            ("meetings", "meeting_count"),
            (f"meetings_last_{QUIET_AFTER_DAYS}_days", "recent_meetings"),
            ("last_meeting", "last_meeting"),
            ("adaptations", "adaptation_count"),
            ("status", "status"),
            ("created", "created"),
            ("archived", "archived"),
        ),
    ),
    "memberships": (
        _memberships,
        _columns(
            ("group_id", "group_id"),
            ("school", "group.school_name"),
            ("username", "learner.username"),
            ("name", "learner.full_name"),
            ("role", "role"),
            ("joined", "joined"),
            ("left", "left"),
            ("removed", _is_set("removed_by_id")),
            ("active", lambda stay: stay.active is True),
        ),
    ),
    "meetings": (
        _meetings,
        _columns(
            ("meeting_id", "id"),
            ("group_id", "group_id"),
            ("school", "group.school_name"),
            ("status", "status"),
            ("start_utc", "start"),
            ("duration_minutes", "duration_minutes"),
            ("mode", "mode"),
            ("place", "location"),
            ("link", "link"),
            ("guests", "guests"),
            ("attendees", "attendee_names"),
            ("units", "unit_titles"),
            ("agenda", "agenda"),
            ("topics", "topics"),
            ("notes", "notes"),
            ("outcomes", "outcomes"),
            ("action_items", "action_item_texts"),
            ("recorded_by", "created_by.username"),
            ("recorded", "created"),
            ("deleted", _is_set("deleted")),
        ),
    ),
    "adaptations": (
        _adaptations,
        _columns(
            ("adaptation_id", "id"),
            ("group_id", "group_id"),
            ("school", "group.school_name"),
            ("country", "group.country"),
            ("unit", "unit.title"),
            ("title", "title"),
            ("description", "body"),
            ("subject", "subject"),
            ("isced_level", "isced_level"),
            ("language", "language"),
            ("link", "link"),
            ("author", "author.username"),
            ("shared", "created"),
            ("course_wide", "course_wide"),
            ("useful", "useful"),
            ("hidden_reason", lambda adaptation: adaptation.hidden_reason if adaptation.hidden else ""),
            ("deleted", _is_set("deleted")),
        ),
    ),
}
