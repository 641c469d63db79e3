"""What groups make of the course's units: the progress board, and adaptations as the viewer may see them."""

from dataclasses import dataclass
from datetime import datetime

from .common import Paging
from .groups import Participant
from .meetings import Edit, UnitRecord


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
