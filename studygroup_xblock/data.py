"""
Immutable records returned by ``api.py``.

They carry no ORM objects and no e-mail addresses, so they can be handed to any view
or serialised for the browser as they are.
"""

import dataclasses
from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class Actor:
    """A learner as the runtime vouches for them; never built from browser input."""

    user_id: str
    username: str
    full_name: str = ""


@dataclass(frozen=True)
class GroupSummary:
    """What anyone in the course may see of a group when looking for one."""

    id: int
    school_name: str
    city: str
    country: str
    language: str
    is_open: bool
    member_count: int
    size_limit: int

    @property
    def is_full(self):
        return self.member_count >= self.size_limit


@dataclass(frozen=True)
class Member:
    """An active member as their colleagues see them."""

    membership_id: int
    learner_id: int
    username: str
    full_name: str
    role: str
    joined: datetime
    is_you: bool


@dataclass(frozen=True)
class GroupDetail:
    """A group as its own members see it, join code included."""

    summary: GroupSummary
    description: str
    join_code: str
    created: datetime
    members: tuple[Member, ...]


@dataclass(frozen=True)
class SearchPage:
    """One page of groups matching a search."""

    results: tuple[GroupSummary, ...]
    page: int
    num_pages: int
    total: int


@dataclass(frozen=True)
class Participant:
    """A colleague as a meeting record names them (also after they left the group)."""

    learner_id: int
    username: str
    full_name: str
    is_you: bool


@dataclass(frozen=True)
class Attendee:
    """A colleague recorded as present, and when they confirmed it themselves (if they did)."""

    person: Participant
    confirmed: datetime | None


@dataclass(frozen=True)
class ActionItemRecord:
    id: int
    text: str
    owner: Participant | None
    done: datetime | None
    can_tick: bool


@dataclass(frozen=True)
class UnitRecord:
    """A course unit with a Study Group block."""

    id: int
    title: str


@dataclass(frozen=True)
class Edit:
    by: Participant
    at: datetime


@dataclass(frozen=True)
class MeetingRecord:
    """A planned or held meeting as the group's members see it."""

    id: int
    uid: str
    status: str
    start: datetime
    duration_minutes: int
    mode: str
    location: str
    link: str
    agenda: str
    guests: int
    topics: str
    notes: str
    outcomes: str
    units: tuple[UnitRecord, ...]
    attendees: tuple[Attendee, ...]
    action_items: tuple[ActionItemRecord, ...]
    created_by: Participant
    created: datetime
    last_edit: Edit | None
    edits: int
    can_edit: bool
    can_confirm: bool


@dataclass(frozen=True)
class MeetingPage:
    """One page of a group's meetings, newest first."""

    meetings: tuple[MeetingRecord, ...]
    page: int
    num_pages: int
    total: int


@dataclass(frozen=True)
class ProgressRow:
    """One member's line on the progress board: the units they have worked through."""

    person: Participant
    checked_in: tuple[int, ...]


@dataclass(frozen=True)
class ProgressBoard:
    """Members by units, so colleagues see who is where and who needs a hand."""

    units: tuple[UnitRecord, ...]
    rows: tuple[ProgressRow, ...]


@dataclass(frozen=True)
class LearnerState:
    """Everything one learner sees of the course's study groups."""

    group: GroupDetail | None
    role: str | None
    next_meeting: MeetingRecord | None = None
    meetings: MeetingPage | None = None
    open_action_items: tuple[ActionItemRecord, ...] = ()
    progress: ProgressBoard | None = None
    checked_in: tuple[int, ...] = ()


@dataclass(frozen=True)
class Hiding:
    """Why course staff hid an adaptation; shown to staff and to its author only."""

    reason: str
    at: datetime


@dataclass(frozen=True)
class AdaptationRecord:
    """A group's adaptation of a unit, as the viewer may see it."""

    id: int
    unit: UnitRecord
    school_name: str
    country: str
    title: str
    body: str
    subject: str
    isced_level: int
    language: str
    link: str
    course_wide: bool
    author: Participant
    created: datetime
    last_edit: Edit | None
    useful_count: int
    marked_useful: bool
    hidden: Hiding | None
    can_edit: bool
    can_mark: bool


@dataclass(frozen=True)
class AdaptationPage:
    adaptations: tuple[AdaptationRecord, ...]
    page: int
    num_pages: int
    total: int


@dataclass(frozen=True)
class UnitAdaptations:
    """What a unit shows of adaptations: the viewer's group's, and other schools' (if shared)."""

    group: tuple[AdaptationRecord, ...]
    gallery: AdaptationPage | None


@dataclass(frozen=True)
class CourseTotals:
    groups: int
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
    meetings_last_30_days: int
    last_meeting: datetime | None
    adaptations: int
    status: str


@dataclass(frozen=True)
class DashboardPage:
    totals: CourseTotals
    rows: tuple[GroupRow, ...]
    page: int
    num_pages: int
    total: int


@dataclass(frozen=True)
class Stay:
    """One stay of a person in a group, for the record."""

    username: str
    full_name: str
    role: str
    joined: datetime
    left: datetime | None
    removed: bool


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
    attendees: tuple[tuple[str, bool], ...]
    units: tuple[str, ...]
    topics: str
    outcomes: str
    action_items: tuple[tuple[str, str, bool], ...]
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
    hours: float
    confirmations: int


@dataclass(frozen=True)
class ParticipationRecord:
    """One learner's own record in the course: meetings attended and adaptations shared."""

    school_name: str | None
    meetings: tuple[tuple[datetime, int, str, bool], ...]
    adaptations: tuple[tuple[datetime, str, str], ...]


def to_json(record):
    """A record as JSON-ready data, with dates in ISO 8601 and derived flags included."""
    if dataclasses.is_dataclass(record):
        data = {field.name: to_json(getattr(record, field.name)) for field in dataclasses.fields(record)}
        if isinstance(record, GroupSummary):
            data["is_full"] = record.is_full
        return data
    if isinstance(record, dict):
        return {key: to_json(value) for key, value in record.items()}
    if isinstance(record, (tuple, list)):
        return [to_json(item) for item in record]
    if isinstance(record, datetime):
        return record.isoformat()

    return record
