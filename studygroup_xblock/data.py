"""
Immutable records returned by ``api``.

They carry no ORM objects and no e-mail addresses, so they can be handed to any view
or serialised for the browser as they are. What follows from their fields (a person's
name as shown, a report's totals) is worked out here, once, for every caller; the
properties listed in a record's ``derived`` go to the browser too.
"""

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime


def hours(minutes):
    """Minutes of meeting as hours to the tenth, as every total of time met is shown."""
    return round(minutes / 60, 1)


@dataclass(frozen=True, kw_only=True)
class Paging:
    """Where a page of a longer list stands: its number, how many pages there are, how many items in all.

    Long lists are counted only so far: ``more`` says there are more than ``total``.
    """

    page: int
    num_pages: int
    total: int
    more: bool = False


class Named:
    """A person's name as colleagues see it: their full name where they may see it, else the username."""

    derived = ("display_name",)

    @property
    def display_name(self):
        return self.full_name or self.username


@dataclass(frozen=True)
class Actor(Named):
    """A learner as the runtime vouches for them; never built from browser input."""

    user_id: str
    username: str
    full_name: str = ""
    language: str = ""  # what the LMS gives them; their e-mails are written in it, unless they chose another
    time_zone: str = ""  # their zone (the LMS preference, else their browser's), for times in e-mails
    # Someone else looks through their eyes (course staff viewing the course as them): shown, never changed.
    read_only: bool = False


def has_room(member_count, size_limit):
    """The size rule: a group takes a new member while it has fewer than its limit."""
    return member_count < size_limit


@dataclass(frozen=True)
class GroupSummary:
    """What anyone in the course may see of a group when looking for one."""

    derived = ("is_full",)

    id: int
    school_name: str
    city: str
    country: str
    language: str
    is_open: bool
    by_request: bool
    member_count: int
    size_limit: int

    @property
    def is_full(self):
        return not has_room(self.member_count, self.size_limit)


@dataclass(frozen=True)
class School:
    """A school by its name and place: a group's host school, or the one a member teaches at."""

    school_name: str
    city: str
    country: str


@dataclass(frozen=True)
class Member(Named):
    """An active member as their colleagues see them, with the school they teach at."""

    membership_id: int
    learner_id: int
    username: str
    full_name: str
    role: str
    joined: datetime
    is_you: bool
    school: School


@dataclass(frozen=True)
class GroupDetail:
    """A group as its own members see it, join code included."""

    summary: GroupSummary
    description: str
    join_code: str
    created: datetime
    members: tuple[Member, ...]


@dataclass(frozen=True)
class SearchPage(Paging):
    """One page of groups matching a search."""

    results: tuple[GroupSummary, ...]


@dataclass(frozen=True)
class Participant(Named):
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
class MeetingPage(Paging):
    """One page of a group's meetings, newest first."""

    meetings: tuple[MeetingRecord, ...]


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
class JoinRequestRecord:
    """A request to join a group: the learner's own (with the group it asks to join), or one waiting
    for the answer of that group's coordinators (with who asks)."""

    id: int
    state: str
    message: str
    reason: str
    created: datetime
    group: GroupSummary | None = None
    person: Participant | None = None


@dataclass(frozen=True)
class Step:
    """One of a new coordinator's first steps (invite, plan, log, share, check_in, report), and whether
    the group's records show it done."""

    name: str
    done: bool


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
    request: JoinRequestRecord | None = None
    requests: tuple[JoinRequestRecord, ...] = ()
    getting_started: tuple[Step, ...] = ()
    meeting_mail: bool = True  # the learner gets the group's meeting e-mails


@dataclass(frozen=True)
class MailSetting:
    """How the component a meeting is planned in mails it: a reminder so many hours ahead (0: none),
    and where the e-mails lead (absolute links: the unit, the page that stops meeting e-mails)."""

    remind_hours: int = 24
    unit_url: str = ""
    stop_url: str = ""


@dataclass(frozen=True)
class MailRun:
    """What one sweep of the meeting e-mails did: the meetings whose reminder fell due, and every e-mail it
    queued or tried to send, by where each stood when it was done."""

    meetings_reminded: int
    reminders_queued: int
    sent: int
    skipped: int  # no longer needed: its reader left or opted out, its meeting moved
    to_go: int  # with a worker now, or to be tried again
    failed: int  # given up


@dataclass(frozen=True)
class CalendarEvent:
    """A meeting as a calendar holds it: one event, the same UID for its life, a higher sequence for each change."""

    uid: str
    sequence: int
    start: datetime
    duration_minutes: int
    school_name: str
    location: str
    link: str
    agenda: str
    modified: datetime | None = None
    cancelled: bool = False


@dataclass(frozen=True)
class NudgeRecord:
    """A message course staff sent a group's coordinators."""

    sent_by: str  # the staff member's username
    text: str
    sent: datetime


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
class AdaptationPage(Paging):
    adaptations: tuple[AdaptationRecord, ...]


@dataclass(frozen=True)
class UnitAdaptations:
    """What a unit shows of adaptations: the viewer's group's, and other schools' (if shared)."""

    group: tuple[AdaptationRecord, ...]
    gallery: AdaptationPage | None


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


@dataclass(frozen=True)
class DashboardPage(Paging):
    totals: CourseTotals
    rows: tuple[GroupRow, ...]


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


def to_json(record):
    """A record as JSON-ready data, with dates in ISO 8601 and derived flags included."""
    if dataclasses.is_dataclass(record):
        names = [field.name for field in dataclasses.fields(record)] + list(getattr(record, "derived", ()))
        return {name: to_json(getattr(record, name)) for name in names}
    if isinstance(record, dict):
        return {key: to_json(value) for key, value in record.items()}
    if isinstance(record, (tuple, list)):
        return [to_json(item) for item in record]
    if isinstance(record, datetime):
        return record.isoformat()

    return record
