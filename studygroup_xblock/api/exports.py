"""The course's CSV exports, read a chunk of the database at a time; staff only.

Each chunk is a query of its own, the next one starting after the last id seen (keyset
paging), so memory holds one chunk whether or not the database driver buffers a whole
result, as MySQL's do; rows are plain values, never model objects.
"""

from collections.abc import Iterator
from operator import itemgetter

from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..models import (
    ActionItem,
    Adaptation,
    Attendance,
    Meeting,
    Membership,
    StudyGroup,
)
from .common import Untrusted, refuse_unless_staff
from .staff import QUIET_AFTER_DAYS, coordinators_of, recent_meetings, status_of

EXPORT_CHUNK = 2000


def export_rows(
    course_key: CourseKey, kind: Untrusted, *, is_staff: bool
) -> tuple[tuple[str, ...], Iterator[tuple[object, ...]]]:
    """A CSV export's header and rows (lazily, a chunk of the database at a time); staff only."""
    refuse_unless_staff(is_staff)
    sources, columns = EXPORTS[validation.choice(kind, "kind", EXPORTS)]
    header = tuple(name for name, _value in columns)
    values = [value for _name, value in columns]
    return header, (tuple(value(row) for value in values) for row in sources(course_key))


def _columns(*pairs):
    """Each column of an export once: its header, and its value (a field of the row, or a function of it)."""
    return tuple((name, itemgetter(value) if isinstance(value, str) else value) for name, value in pairs)


def _chunks(rows, *fields):
    """``rows`` as dicts of ``fields`` (and ``pk``), ``EXPORT_CHUNK`` at a time in id order."""
    after = 0
    while chunk := list(rows.filter(pk__gt=after).order_by("pk").values("pk", *fields)[:EXPORT_CHUNK]):
        yield chunk
        after = chunk[-1]["pk"]


def _groups(course_key):
    fields = ("school_name", "city", "country", "language", "is_open", "size_limit", "member_count")
    counts = ("meeting_count", "last_meeting", "adaptation_count", "created", "archived")
    for chunk in _chunks(StudyGroup.objects.filter(course_key=course_key), *fields, *counts):
        ids = [row["pk"] for row in chunk]
        coordinators, recent = coordinators_of(ids), recent_meetings(ids)
        for row in chunk:
            row["coordinators"] = "; ".join(coordinators.get(row["pk"], ()))
            row["recent_meetings"] = recent.get(row["pk"], 0)
            row["status"] = status_of(row["archived"], row["last_meeting"], row["created"])
            yield row


def _memberships(course_key):
    fields = ("group_id", "group__school_name", "learner__username", "learner__full_name", "role", "joined", "left")
    for chunk in _chunks(Membership.objects.filter(course_key=course_key), *fields, "removed_by_id", "active"):
        yield from chunk


def _meetings(course_key):
    fields = ("group_id", "group__school_name", "status", "start", "duration_minutes", "mode", "location", "link")
    texts = ("guests", "agenda", "topics", "notes", "outcomes", "created_by__username", "created", "deleted")
    for chunk in _chunks(Meeting.objects.filter(group__course_key=course_key), *fields, *texts):
        ids = [row["pk"] for row in chunk]
        attendees, items, units = {}, {}, {}
        present = Attendance.objects.filter(meeting__in=ids).order_by("learner__username")
        for meeting_id, username, confirmed in present.values_list("meeting_id", "learner__username", "confirmed"):
            attendees.setdefault(meeting_id, []).append(f"{username} (confirmed)" if confirmed else username)
        agreed = ActionItem.objects.filter(meeting__in=ids).order_by("pk")
        for meeting_id, text, owner, done in agreed.values_list("meeting_id", "text", "owner__username", "done"):
            items.setdefault(meeting_id, []).append(f"{text} [{owner or '-'}]" + (" (done)" if done else ""))
        discussed = Meeting.units.through.objects.filter(meeting__in=ids)
        for meeting_id, title in discussed.values_list("meeting_id", "unit__title"):
            units.setdefault(meeting_id, []).append(title)
        for row in chunk:
            row["attendees"] = "; ".join(attendees.get(row["pk"], ()))
            row["units"] = "; ".join(units.get(row["pk"], ()))
            row["action_items"] = "; ".join(items.get(row["pk"], ()))
            yield row


def _adaptations(course_key):
    fields = ("group_id", "group__school_name", "group__country", "unit__title", "title", "body", "subject")
    more = ("isced_level", "language", "link", "author__username", "created", "course_wide", "useful_count")
    shown = ("hidden", "hidden_reason", "deleted")
    for chunk in _chunks(Adaptation.objects.filter(group__course_key=course_key), *fields, *more, *shown):
        yield from chunk


def _is_set(name):
    return lambda row: row[name] is not None


EXPORTS = {
    "groups": (
        _groups,
        _columns(
            ("group_id", "pk"),
            ("school", "school_name"),
            ("city", "city"),
            ("country", "country"),
            ("language", "language"),
            ("open", "is_open"),
            ("size_limit", "size_limit"),
            ("members", "member_count"),
            ("coordinators", "coordinators"),
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
            ("school", "group__school_name"),
            ("username", "learner__username"),
            ("name", "learner__full_name"),
            ("role", "role"),
            ("joined", "joined"),
            ("left", "left"),
            ("removed", _is_set("removed_by_id")),
            ("active", lambda stay: stay["active"] is True),
        ),
    ),
    "meetings": (
        _meetings,
        _columns(
            ("meeting_id", "pk"),
            ("group_id", "group_id"),
            ("school", "group__school_name"),
            ("status", "status"),
            ("start_utc", "start"),
            ("duration_minutes", "duration_minutes"),
            ("mode", "mode"),
            ("place", "location"),
            ("link", "link"),
            ("guests", "guests"),
            ("attendees", "attendees"),
            ("units", "units"),
            ("agenda", "agenda"),
            ("topics", "topics"),
            ("notes", "notes"),
            ("outcomes", "outcomes"),
            ("action_items", "action_items"),
            ("recorded_by", "created_by__username"),
            ("recorded", "created"),
            ("deleted", _is_set("deleted")),
        ),
    ),
    "adaptations": (
        _adaptations,
        _columns(
            ("adaptation_id", "pk"),
            ("group_id", "group_id"),
            ("school", "group__school_name"),
            ("country", "group__country"),
            ("unit", "unit__title"),
            ("title", "title"),
            ("description", "body"),
            ("subject", "subject"),
            ("isced_level", "isced_level"),
            ("language", "language"),
            ("link", "link"),
            ("author", "author__username"),
            ("shared", "created"),
            ("course_wide", "course_wide"),
            ("useful", "useful_count"),
            ("hidden_reason", lambda adaptation: adaptation["hidden_reason"] if adaptation["hidden"] else ""),
            ("deleted", _is_set("deleted")),
        ),
    ),
}
