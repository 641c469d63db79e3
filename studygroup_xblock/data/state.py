"""What one learner sees of the course's study groups, all in one record."""

from dataclasses import dataclass

from .adaptations import ProgressBoard
from .groups import GroupDetail, JoinRequestRecord
from .meetings import ActionItemRecord, MeetingPage, MeetingRecord
from .pace import PaceRecord
from .proposals import ProposalRecord


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
    proposal: ProposalRecord | None = None  # times proposed for the next meeting, open for answers
    pace: PaceRecord | None = None  # the pace the group agreed through the course, and who stands where
