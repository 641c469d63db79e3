"""What course staff see: the dashboard, the messages they sent coordinators, and the exports they asked for."""

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from .common import Named, Paging


@dataclass(frozen=True)
class NudgeRecord:
    """A message course staff sent a group's coordinators."""

    sent_by: str  # the staff member's username
    text: str
    sent: datetime


@dataclass(frozen=True)
class CourseTotals:
    groups: int
    schools: int
    learners: int
    countries: int
    meetings: int
    hours: float
    adaptations: int


@dataclass(frozen=True)
class GroupRow:
    """One group on the staff dashboard."""

    id: int
    school_name: str
    city: str
    country: str
    member_count: int
    coordinators: tuple[str, ...]
    meetings: int
    recent_meetings: int  # held in the quiet period (QUIET_AFTER_DAYS) until now
    last_meeting: datetime | None
    adaptations: int
    status: str
    on_pace: int | None  # members on track with the group's pace; None if it has set none


@dataclass(frozen=True)
class DashboardPage(Paging):
    totals: CourseTotals
    rows: tuple[GroupRow, ...]


@dataclass(frozen=True)
class PreparedExport(Named):
    """A large CSV export made in the background: who asked for it (the name is theirs) and when,
    and how far it got.

    ``state`` is waiting, working, ready or failed (a task that never finished counts as failed).
    """

    id: int
    kind: str
    username: str
    full_name: str
    requested: datetime
    state: str
    rows: int | None
    finished: datetime | None


@dataclass(frozen=True)
class ExportFile:
    """A ready export as a download: its file name, and where the storage serves it (``url``) or its bytes."""

    name: str
    url: str
    chunks: Iterator[bytes]
