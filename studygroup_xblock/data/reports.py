"""Reports: everything on record about a group (the drill-down and the evidence report), and one learner's
own participation record."""

from dataclasses import dataclass
from datetime import UTC, date, datetime

from .common import Named, hours
from .groups import GroupSummary, School
from .staff import NudgeRecord


@dataclass(frozen=True)
class Stay(Named):
    """One stay of a person in a group, for the record."""

    username: str
    full_name: str
    role: str
    joined: datetime
    left: datetime | None
    removed: bool
    school: School


@dataclass(frozen=True)
class Presence:
    """Someone recorded as present at a meeting, on a report; ``confirmed`` if they said so themselves."""

    name: str
    confirmed: bool


@dataclass(frozen=True)
class ReportedActionItem:
    text: str
    owner: str
    done: bool


@dataclass(frozen=True)
class StaffMeeting:
    """A meeting as staff and reports see it, deleted ones included."""

    id: int
    status: str
    start: datetime
    duration_minutes: int
    mode: str
    location: str
    guests: int
    attendees: tuple[Presence, ...]
    units: tuple[str, ...]
    topics: str
    outcomes: str
    action_items: tuple[ReportedActionItem, ...]
    deleted: bool


@dataclass(frozen=True)
class StaffAdaptation:
    id: int
    unit: str
    title: str
    body: str
    subject: str
    isced_level: int
    author: str
    created: datetime
    course_wide: bool
    useful: int
    hidden_reason: str | None
    deleted: bool


@dataclass(frozen=True)
class GroupReport:
    """Everything on record about one group: the drill-down and the evidence report."""

    summary: GroupSummary
    created: datetime
    archived: datetime | None
    stays: tuple[Stay, ...]
    meetings: tuple[StaffMeeting, ...]
    adaptations: tuple[StaffAdaptation, ...]
    schools: tuple[tuple[str, School], ...] = ()  # (key, school): the host first, then the members' others
    school: School | None = None  # the one school this report is the evidence of, if not the whole group
    chosen_period: tuple[date | None, date | None] = (None, None)  # the days asked for, if any
    nudges: tuple[NudgeRecord, ...] = ()  # what course staff sent its coordinators (staff see them)

    @property
    def held(self):
        return tuple(meeting for meeting in self.meetings if not meeting.deleted)

    @property
    def hours(self):
        return hours(sum(meeting.duration_minutes for meeting in self.held))

    @property
    def confirmations(self):
        return sum(1 for meeting in self.held for present in meeting.attendees if present.confirmed)

    @property
    def shared_count(self):
        return sum(1 for adaptation in self.adaptations if not adaptation.deleted)

    @property
    def members_now(self):
        return sum(1 for stay in self.stays if stay.left is None)

    @property
    def period(self):
        """The days asked for; else from the first meeting held to the last, or from the group's start
        to now (or its end) if none."""
        starts = [meeting.start for meeting in self.held]
        first, last = self.chosen_period
        return (
            first or min(starts, default=self.created),
            last or max(starts, default=self.archived or datetime.now(UTC)),
        )


@dataclass(frozen=True)
class AttendedMeeting:
    start: datetime
    duration_minutes: int
    school_name: str
    confirmed: bool


@dataclass(frozen=True)
class SharedAdaptation:
    created: datetime
    unit: str
    title: str


@dataclass(frozen=True)
class ParticipationRecord:
    """One learner's own record in the course: meetings attended and adaptations shared."""

    school_name: str | None
    meetings: tuple[AttendedMeeting, ...]
    adaptations: tuple[SharedAdaptation, ...]

    @property
    def confirmed_count(self):
        return sum(1 for meeting in self.meetings if meeting.confirmed)

    @property
    def hours(self):
        return hours(sum(meeting.duration_minutes for meeting in self.meetings))
