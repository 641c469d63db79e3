"""A group's pace through the course, and where each member stands against it."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from .groups import Participant


@dataclass(frozen=True)
class UnitDate:
    """A unit of the course and the day the group plans to have worked through it."""

    unit_id: int
    title: str
    due: date


@dataclass(frozen=True)
class Standing:
    """Where someone stands against the plan: ``behind`` units due since they joined and not worked
    through, ``ahead`` units worked through before they are due."""

    person: Participant
    behind: int
    ahead: int

    derived = ("on_track",)

    @property
    def on_track(self):
        return self.behind == 0


@dataclass(frozen=True)
class PaceRecord:
    """The group's plan: its rhythm, each unit's day, the unit due next (None once all are due), the
    units due since the group's last meeting up to that one (for the next agenda), and where each
    member stands (the viewer's own standing among them)."""

    start: date
    weeks_per_unit: int
    dates: tuple[UnitDate, ...]
    due_next: UnitDate | None
    since_last_meeting: tuple[UnitDate, ...]
    standings: tuple[Standing, ...]


def utc_day(moment: datetime) -> date:
    """The day (UTC) of a moment: a member owes the units due after the day they joined; the agenda
    lists those due after the day of the group's last meeting."""
    return moment.astimezone(UTC).date()


def owed_from(dates: dict[int, date], checked_in: set[int], joined: date) -> date | None:
    """The earliest day of a unit due after ``joined`` and not among ``checked_in`` (unit ids), or None:
    its owner is behind on every day after it. ``dates`` maps unit ids to their days."""
    return min((due for unit_id, due in dates.items() if due > joined and unit_id not in checked_in), default=None)
