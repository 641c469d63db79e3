"""A group's meetings as its members see them: who was there, what was agreed, the units discussed,
and the latest edit."""

from dataclasses import dataclass
from datetime import datetime

from .common import Paging
from .groups import Participant


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
