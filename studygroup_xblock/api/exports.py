"""The course's CSV exports, read a chunk of the database at a time; staff only.

Each chunk is a query of its own, the next one starting after the last id seen (keyset
paging), so memory holds one chunk whether or not the database driver buffers a whole
result, as MySQL's do. Rows are plain values the database has already put in their CSV
form where it can (times in ISO 8601, flags as booleans), never model objects.
"""

from collections.abc import Iterator
from operator import itemgetter

from django.db.models import Case, CharField, Func, OuterRef, Q, Subquery, Value, When
from django.utils import timezone
from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..exports import defused
from ..models import (
    ActionItem,
    Adaptation,
    Attendance,
    GroupPace,
    Meeting,
    Membership,
    StudyGroup,
    Unit,
)
from .common import Untrusted, refuse_unless_staff
from .pace import on_track
from .staff import (
    QUIET_AFTER_DAYS,
    coordinator_names,
    coordinators,
    group_status,
    quiet_since,
    recent_meetings,
)

EXPORT_CHUNK = 1000
TEXT = "text"  # a column of people's text
GROUPS_PER_CHUNK = 200


def export_rows(
    course_key: CourseKey, kind: Untrusted, *, is_staff: bool
) -> tuple[tuple[str, ...], Iterator[list[object]]]:
    """A CSV export's header and rows, ready to write (lazily, a chunk of the database at a time); staff only.

    People's text that a spreadsheet would run as a formula is defused; numbers, flags (yes or
    no) and times (ISO 8601) go as the database wrote them.
    """
    refuse_unless_staff(is_staff)
    sources, columns = EXPORTS[validation.choice(kind, "kind", EXPORTS)]
    header = tuple(column[0] for column in columns)
    values = itemgetter(*(column[1] for column in columns))
    texts = [place for place, column in enumerate(columns) if column[2:] == (TEXT,)]

    def ready(row):
        row = list(values(row))
        for place in texts:
            row[place] = defused(row[place] or "")
        return row

    return header, map(ready, sources(course_key))


def iso(field):
    """A time as ISO 8601 text in UTC, to the second, written by the database ("" for none)."""
    return Case(When(**{f"{field}__isnull": True}, then=Value("")), default=UtcText(field), output_field=CharField())


class UtcText(Func):
    """A stored time (UTC) as ``2026-03-29T01:30:00+00:00``, the same text on every database: cast to
    text, MySQL's DATETIME(6) would add microseconds that SQLite's leaves out."""

    output_field = CharField()

    def as_sqlite(self, compiler, connection, **extra_context):
        return self._written("strftime", Value("%Y-%m-%dT%H:%M:%S+00:00"), *self.source_expressions).as_sql(
            compiler, connection, **extra_context
        )

    def as_mysql(self, compiler, connection, **extra_context):
        return self._written("DATE_FORMAT", *self.source_expressions, Value("%Y-%m-%dT%H:%i:%s+00:00")).as_sql(
            compiler, connection, **extra_context
        )

    def as_postgresql(self, compiler, connection, **extra_context):
        in_utc = Func(*self.source_expressions, template="(%(expressions)s AT TIME ZONE 'UTC')")
        written = self._written("to_char", in_utc, Value('YYYY-MM-DD"T"HH24:MI:SS"+00:00"'))
        return written.as_sql(compiler, connection, **extra_context)

    @staticmethod
    def _written(function, *expressions):
        return Func(*expressions, function=function, output_field=CharField())


def flag(condition):
    """A condition as "yes" or "no", written by the database (nothing to convert on the way)."""
    return Case(When(condition, then=Value("yes")), default=Value("no"), output_field=CharField())


def _chunks(rows, *fields, size=EXPORT_CHUNK, **expressions):
    """``rows`` as dicts of ``fields`` and ``expressions`` (and ``pk``), ``size`` at a time in id order."""
    rows = rows.values("pk", *fields, **expressions).order_by("pk")
    after = 0
    while chunk := list(rows.filter(pk__gt=after)[:size]):
        yield chunk
        after = chunk[-1]["pk"]


def _group_ids(course_key):
    """The course's group ids, a few hundred at a time: the tables below a group have no course of
    their own to walk an index by, their group has."""
    for groups in _chunks(_all_groups(course_key), size=GROUPS_PER_CHUNK):
        yield [group["pk"] for group in groups]


def _by_group(course_key, rows, *fields, **expressions):
    """``rows`` (of a model with a ``group``) of the course's groups, group by group (see ``_group_ids``)."""
    for ids in _group_ids(course_key):
        yield from rows.filter(group_id__in=ids).order_by("group_id", "pk").values("pk", *fields, **expressions)


def _groups(course_key):
    fields = ("school_name", "city", "country", "language", "size_limit", "member_count", "school_count")
    counts = ("meeting_count", "adaptation_count", "nudge_count")
    pace = ("pace_owed_days", "pace_behind_from")
    times = {"last_meeting_at": iso("last_meeting"), "created_at": iso("created"), "archived_at": iso("archived")}
    since = quiet_since()
    found = {
        "status": group_status(since),
        "open": flag(Q(is_open=True)),
        "takes_requests": flag(Q(by_request=True)),
        "recent_meetings": recent_meetings(since),
    }
    today = timezone.localdate()
    for chunk in _chunks(_all_groups(course_key), *fields, *counts, *pace, **times, **found, leaders=coordinators()):
        # The chunk's paces in a query of their own: joined to each group's row, they halved the
        # export's speed on MariaDB.
        paces = GroupPace.objects.filter(group_id__in=[row["pk"] for row in chunk])
        rhythms = {
            group_id: (start, weeks) for group_id, start, weeks in paces.values_list("group", "start", "weeks_per_unit")
        }
        for row in chunk:
            row["coordinators"] = "; ".join(coordinator_names(row["leaders"]))
            start, weeks = rhythms.get(row["pk"], ("", ""))
            on_pace = on_track(row["pace_owed_days"], row["pace_behind_from"], row["member_count"], today)
            row.update(
                pace_start=start and start.isoformat(), pace_weeks=weeks, on_pace="" if on_pace is None else on_pace
            )
            yield row


def _memberships(course_key):
    fields = ("group_id", "group__school_name", "learner__username", "learner__full_name", "role")
    fields += ("school_name", "city", "country")
    flags = {"removed": flag(Q(removed_by__isnull=False)), "in_group": flag(Q(active__isnull=False))}
    yield from _by_group(course_key, Membership.objects, *fields, joined_at=iso("joined"), left_at=iso("left"), **flags)


def _meetings(course_key):
    fields = ("group_id", "group__school_name", "status", "duration_minutes", "mode", "location", "link", "guests")
    texts = ("agenda", "topics", "notes", "outcomes", "created_by__username")
    times = {"start_at": iso("start"), "created_at": iso("created"), "is_deleted": flag(Q(deleted__isnull=False))}
    unit_titles = dict(Unit.objects.filter(course_key=course_key).values_list("pk", "title"))
    for ids in _group_ids(course_key):
        meetings = Meeting.objects.filter(group_id__in=ids).order_by("group_id", "start", "pk")
        rows = list(meetings.values("pk", *fields, *texts, **times))
        # Everyone a meeting names was in its group once: their names come with the groups' stays.
        names = dict(Membership.objects.filter(group_id__in=ids).values_list("learner_id", "learner__username"))
        of_groups = {"meeting__group_id__in": ids}
        attendees, items, units = {}, {}, {}
        sure = flag(Q(confirmed__isnull=False))
        for meeting_id, learner_id, confirmed in Attendance.objects.filter(**of_groups).values_list(
            "meeting_id", "learner_id", sure
        ):
            name = names.get(learner_id, "")
            attendees.setdefault(meeting_id, []).append(f"{name} (confirmed)" if confirmed == "yes" else name)
        finished = flag(Q(done__isnull=False))
        for meeting_id, text, owner_id, done in (
            ActionItem.objects.filter(**of_groups)
            .order_by("pk")
            .values_list("meeting_id", "text", "owner_id", finished)
        ):
            owner = names.get(owner_id, "-")
            items.setdefault(meeting_id, []).append(f"{text} [{owner}]" + (" (done)" if done == "yes" else ""))
        discussed = Meeting.units.through.objects.filter(**of_groups).values_list("meeting_id", "unit_id")
        for meeting_id, unit_id in discussed:
            units.setdefault(meeting_id, []).append(unit_titles.get(unit_id, ""))
        for row in rows:
            row["attendees"] = "; ".join(sorted(attendees.get(row["pk"], ())))
            row["units"] = "; ".join(units.get(row["pk"], ()))
            row["action_items"] = "; ".join(items.get(row["pk"], ()))
            yield row


def _adaptations(course_key):
    fields = ("group_id", "group__school_name", "group__country", "unit__title", "title", "body", "subject")
    more = ("isced_level", "language", "link", "author__username", "useful_count")
    shown = {
        "created_at": iso("created"),
        "shared_widely": flag(Q(course_wide=True)),
        "hidden_reason_shown": Case(When(hidden__isnull=False, then="hidden_reason"), default=Value("")),
        "is_deleted": flag(Q(deleted__isnull=False)),
        "author_school": author_school(),
    }
    yield from _by_group(course_key, Adaptation.objects, *fields, *more, **shown)


def author_school():
    """The school the author of each adaptation teaches at, as their latest stay in its group names it."""
    stays = Membership.objects.filter(group=OuterRef("group_id"), learner=OuterRef("author_id"))
    return Subquery(stays.order_by("-joined", "-pk").values("school_name")[:1])


def _all_groups(course_key):
    return StudyGroup.objects.filter(course_key=course_key)


def _all_memberships(course_key):
    return Membership.objects.filter(course_key=course_key)


def _all_meetings(course_key):
    return Meeting.objects.filter(group__course_key=course_key)


def _all_adaptations(course_key):
    return Adaptation.objects.filter(group__course_key=course_key)


# Every row of each export, to count (``reports.is_large_export``).
SOURCES_OF = {
    "groups": _all_groups,
    "memberships": _all_memberships,
    "meetings": _all_meetings,
    "adaptations": _all_adaptations,
}
EXPORTS = {
    "groups": (
        _groups,
        (
            ("group_id", "pk"),
            ("school", "school_name", TEXT),
            ("city", "city", TEXT),
            ("country", "country"),
            ("language", "language"),
            ("open", "open"),
            ("by_request", "takes_requests"),
            ("size_limit", "size_limit"),
            ("members", "member_count"),
            ("schools", "school_count"),
            ("coordinators", "coordinators", TEXT),
            ("meetings", "meeting_count"),
            (f"meetings_last_{QUIET_AFTER_DAYS}_days", "recent_meetings"),
            ("last_meeting", "last_meeting_at"),
            ("adaptations", "adaptation_count"),
            ("nudges", "nudge_count"),
            ("status", "status"),
            ("created", "created_at"),
            ("archived", "archived_at"),
            ("pace_start", "pace_start"),
            ("pace_weeks_per_unit", "pace_weeks"),
            ("members_on_pace", "on_pace"),
        ),
    ),
    "memberships": (
        _memberships,
        (
            ("group_id", "group_id"),
            ("school", "group__school_name", TEXT),
            ("username", "learner__username", TEXT),
            ("name", "learner__full_name", TEXT),
            ("member_school", "school_name", TEXT),
            ("member_city", "city", TEXT),
            ("member_country", "country"),
            ("role", "role"),
            ("joined", "joined_at"),
            ("left", "left_at"),
            ("removed", "removed"),
            ("active", "in_group"),
        ),
    ),
    "meetings": (
        _meetings,
        (
            ("meeting_id", "pk"),
            ("group_id", "group_id"),
            ("school", "group__school_name", TEXT),
            ("status", "status"),
            ("start_utc", "start_at"),
            ("duration_minutes", "duration_minutes"),
            ("mode", "mode"),
            ("place", "location", TEXT),
            ("link", "link", TEXT),
            ("guests", "guests"),
            ("attendees", "attendees", TEXT),
            ("units", "units", TEXT),
            ("agenda", "agenda", TEXT),
            ("topics", "topics", TEXT),
            ("notes", "notes", TEXT),
            ("outcomes", "outcomes", TEXT),
            ("action_items", "action_items", TEXT),
            ("recorded_by", "created_by__username", TEXT),
            ("recorded", "created_at"),
            ("deleted", "is_deleted"),
        ),
    ),
    "adaptations": (
        _adaptations,
        (
            ("adaptation_id", "pk"),
            ("group_id", "group_id"),
            ("school", "group__school_name", TEXT),
            ("country", "group__country"),
            ("unit", "unit__title", TEXT),
            ("title", "title", TEXT),
            ("description", "body", TEXT),
            ("subject", "subject", TEXT),
            ("isced_level", "isced_level"),
            ("language", "language"),
            ("link", "link", TEXT),
            ("author", "author__username", TEXT),
            ("author_school", "author_school", TEXT),
            ("shared", "created_at"),
            ("course_wide", "shared_widely"),
            ("useful", "useful_count"),
            ("hidden_reason", "hidden_reason_shown", TEXT),
            ("deleted", "is_deleted"),
        ),
    ),
}
