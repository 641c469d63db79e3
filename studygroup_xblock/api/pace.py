"""A group's pace through the course.

A coordinator sets where the group starts and its rhythm (one unit every so many weeks); each
unit of the course, in the outline's order, is due on the last school day of its stretch (the
Friday, for a stretch that starts on a Monday), unless the coordinator moves it. Every unit's
day is kept (``PaceDate``): a unit the course shows later falls in line after the others.

A member is behind by the units due after the day they joined that they have not worked
through: a colleague who joins late starts from where the group is. Each group keeps the
earliest day one of its members owes a unit (``StudyGroup.pace_behind_from``), counted again
with its other counts by every change to its pace, members or their check-ins
(``tallies.counting``): someone is behind on any day after it, so staff filter the course's
groups by one indexed column, however many there are.
"""

import bisect
from datetime import date, timedelta

from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_noop
from opaque_keys.edx.keys import CourseKey

from .. import validation
from ..data import Actor, PaceRecord, Standing, UnitDate, utc_day
from ..errors import InvalidInput
from ..models import GroupPace, PaceDate, StudyGroup
from . import tallies
from .common import Publish, Untrusted, change, course_units, in_my_group, publish_after_commit
from .prepared import json_list
from .tallies import counting

WEEKS_PER_UNIT_RANGE = (1, 8)
SCHOOL_WEEK_END = 3  # days before the next stretch starts: its Friday, when stretches start on a Monday
YEARS = (2000, 2099)  # a pace's days lie in these years


@change
def set_pace(course_key: CourseKey, actor: Actor, fields: Untrusted, *, publish: Publish) -> None:
    """Set the group's pace, ``{"start": day, "weeks_per_unit": n, "dates": {unit id: day}}``, over the
    course's units; the coordinators may. A unit not in ``dates`` is due when the rhythm says."""
    if not isinstance(fields, dict):
        raise InvalidInput()
    start = _pace_day(fields.get("start"), "start")
    if start is None:
        raise InvalidInput(gettext_noop("Enter the day the group starts."), field="start")
    weeks = validation.whole_number(fields.get("weeks_per_unit"), "weeks_per_unit", *WEEKS_PER_UNIT_RANGE)
    dates = fields.get("dates") or {}
    if not isinstance(dates, dict):
        raise InvalidInput(field="dates")
    dates = {validation.positive_int(unit_id, "dates"): _pace_day(day, "dates") for unit_id, day in dates.items()}
    if None in dates.values():
        raise InvalidInput(gettext_noop("Choose units from the list, each with a date."), field="dates")
    with in_my_group(course_key, actor, coordinator=True) as mine, counting(mine.group):
        units = [unit.id for unit in course_units(course_key)]
        if not set(dates) <= set(units):
            raise InvalidInput(gettext_noop("Choose units from the list, each with a date."), field="dates")
        pace, _created = GroupPace.objects.update_or_create(
            group=mine.group, defaults={"start": start, "weeks_per_unit": weeks, "set_by": mine.learner}
        )
        PaceDate.objects.filter(pace=pace).delete()
        PaceDate.objects.bulk_create(
            PaceDate(pace=pace, unit_id=unit_id, due=dates.get(unit_id) or rhythm_day(start, weeks, place))
            for place, unit_id in enumerate(units)
        )
        publish_after_commit(publish, "edx.studygroup.pace.set", mine.group, weeks_per_unit=weeks)


@change
def clear_pace(course_key: CourseKey, actor: Actor, *, publish: Publish) -> None:
    """Take the group's pace away; the coordinators may."""
    with in_my_group(course_key, actor, coordinator=True) as mine, counting(mine.group):
        if GroupPace.objects.filter(group=mine.group).delete()[0]:
            publish_after_commit(publish, "edx.studygroup.pace.cleared", mine.group)


def date_new_unit(course_key, unit_id):
    """Give a unit the course shows for the first time its day in every pace of the course: one stretch
    after the pace's last unit. Members who owed nothing owe it now: every paced group of the course
    is counted again, once per unit, inside the view that first shows it (0.7 s for 1,500 paced
    groups on SQLite: some seconds in the largest courses, once)."""
    paces = GroupPace.objects.filter(group__course_key=course_key).annotate(last=Max("dates__due"))
    PaceDate.objects.bulk_create(
        (
            PaceDate(pace_id=pace_id, unit_id=unit_id, due=(last or start) + timedelta(weeks=weeks))
            for pace_id, start, weeks, last in paces.values_list("pk", "start", "weeks_per_unit", "last")
        ),
        batch_size=1000,
        ignore_conflicts=True,  # a pace set meanwhile dated it already
    )
    tallies.recount_paces(StudyGroup.objects.filter(course_key=course_key, pace__isnull=False))


def rhythm_day(start, weeks, place):
    """The day the unit at ``place`` (0 for the first) is due by the group's rhythm alone."""
    return start + timedelta(weeks=weeks * (place + 1), days=-SCHOOL_WEEK_END)


def group_pace(member_row, board, joined, today: date | None = None) -> PaceRecord | None:
    """The group's pace over the units of its progress ``board``, and where each member stands on
    ``today``; None if the group has set none. ``member_row`` is a row of ``state.members_of``, which
    brings the pace along as JSON; ``joined`` is the day each member (by learner id) joined."""
    paces = json_list(member_row.pace)
    if not paces:
        return None
    ((start, weeks),) = paces
    today = today or timezone.localdate()
    due = {unit_id: date.fromisoformat(day) for unit_id, day in json_list(member_row.pace_dates)}
    dates = tuple(
        UnitDate(unit_id=unit.id, title=unit.title, due=due[unit.id]) for unit in board.units if unit.id in due
    )
    last_meeting = member_row.group__last_meeting and utc_day(member_row.group__last_meeting)
    due_next = min((entry for entry in dates if entry.due >= today), key=lambda entry: entry.due, default=None)
    return PaceRecord(
        start=date.fromisoformat(start),
        weeks_per_unit=weeks,
        dates=dates,
        due_next=due_next,
        since_last_meeting=tuple(
            entry
            for entry in dates
            if (last_meeting is None or entry.due > last_meeting) and (due_next is None or entry.due <= due_next.due)
        ),
        standings=tuple(
            _standing(row.person, dates, set(row.checked_in), joined[row.person.learner_id], today)
            for row in board.rows
        ),
    )


def _standing(person, dates, checked_in, joined, today):
    return Standing(
        person=person,
        behind=sum(1 for entry in dates if joined < entry.due < today and entry.unit_id not in checked_in),
        ahead=sum(1 for entry in dates if entry.due >= today and entry.unit_id in checked_in),
    )


def on_track(owed_days, behind_from, member_count, today):
    """How many of a group's members are on track on ``today``, from its kept ``pace_owed_days`` (sorted)
    and ``pace_behind_from`` (the first of them); None if it keeps no pace."""
    if owed_days is None:
        return None
    if behind_from is None or behind_from >= today:
        return member_count
    return member_count - bisect.bisect_left(json_list(owed_days), today.isoformat())


PACE_FILTERS = ("behind", "on_pace", "none")


def on_pace_filter(kind, today):
    """The groups a dashboard's pace filter keeps: someone behind on ``today``, everyone on track, or
    no pace set; read from the group's row, as :func:`on_track` reads it."""
    someone_behind = Q(pace_behind_from__lt=today)
    if kind == "behind":
        return someone_behind
    paced = Q(pace_owed_days__isnull=False)
    return paced & ~someone_behind if kind == "on_pace" else ~paced


def _pace_day(value, field):
    day = validation.day(value, field)
    if day is not None and not YEARS[0] <= day.year <= YEARS[1]:
        raise InvalidInput(gettext_noop("Enter a date."), field=field)
    return day
